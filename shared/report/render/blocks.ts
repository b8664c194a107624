import type { Block, Fact, Metric, PageRef, ReportLabels } from '../types';
import { drawDiagram } from './diagram';
import type { Flow } from './flow';
import type { Pen } from './pen';
import { drawTable, TABLE_LEAD_HEIGHT } from './table';
import { COLOR, lineHeight, SIZE, TONE_COLOR } from './theme';

const BLOCK_GAP = 4;

/**
 * A section's blocks in order. A heading keeps with the next block: it moves to the next page
 * unless the start of what follows (a table's first rows, two lines of text, a tile row, a whole
 * callout) fits below it.
 */
export function drawBlocks(
  flow: Flow,
  pen: Pen,
  blocks: readonly Block[],
  labels: ReportLabels,
): void {
  blocks.forEach((block, i) => {
    if (block.kind === 'heading')
      drawHeading(flow, pen, block.text, keepHeight(flow, pen, blocks, i + 1));
    else drawBlock(flow, pen, block, labels);
  });
}

/**
 * What must follow a heading (or a section's title) on its page: the start of the next block
 * and, when that block is only a short line or a note (a verdict before the figures), the start
 * of the one after too.
 */
export function keepHeight(flow: Flow, pen: Pen, blocks: readonly Block[], index: number): number {
  const next = blocks[index];
  if (!next) return 0;
  const lead = leadHeight(flow, pen, next);
  const after = blocks[index + 1];
  const brief =
    next.kind === 'callout' ||
    (next.kind === 'paragraph' && lead <= lineHeight(paragraphStyle(next).size) * 1.01);
  return brief && after && after.kind !== 'heading'
    ? lead + BLOCK_GAP + leadHeight(flow, pen, after)
    : lead;
}

/** Height of the part of a block that must stay on the page of the heading before it. */
function leadHeight(flow: Flow, pen: Pen, block: Block): number {
  const body = lineHeight(SIZE.body);
  switch (block.kind) {
    case 'heading':
      return headingHeight(flow, pen, block.text) + 2 * body;
    case 'paragraph': {
      const style = paragraphStyle(block);
      pen.style(style);
      return Math.min(pen.wrap(block.text, flow.width).length, 2) * lineHeight(style.size);
    }
    case 'metrics':
      return METRIC_HEIGHT;
    case 'facts': {
      const layout = factsLayout(flow, pen, block.items, block.columns ?? 1);
      return layout.together ? layout.height : (layout.rows[0]?.height ?? 0);
    }
    case 'list':
    case 'refs':
      return 2 * body + 3;
    case 'table':
      return block.table.rows.length === 0 ? body + 2 : TABLE_LEAD_HEIGHT;
    case 'callout':
      return calloutHeight(flow, pen, block);
    case 'diagram':
      return 40;
  }
}

export function drawBlock(flow: Flow, pen: Pen, block: Block, labels: ReportLabels): void {
  switch (block.kind) {
    case 'heading':
      return drawHeading(flow, pen, block.text, 0);
    case 'paragraph':
      return drawParagraph(flow, pen, block.text, paragraphStyle(block));
    case 'refs':
      return drawRefs(flow, pen, block.items, labels.pageRef);
    case 'metrics':
      return drawMetrics(flow, pen, block.items);
    case 'facts':
      return drawFacts(flow, pen, block.items, block.columns ?? 1);
    case 'list':
      return drawList(flow, pen, block.items, block.ordered, block.empty);
    case 'table':
      drawTable(flow, pen, block.table);
      return flow.gap(BLOCK_GAP);
    case 'callout':
      return drawCallout(flow, pen, block);
    case 'diagram':
      return drawDiagram(flow, pen, block.diagram);
  }
}

const HEADING_STYLE = { size: SIZE.heading, weight: 'bold', color: COLOR.accent } as const;

function headingHeight(flow: Flow, pen: Pen, text: string): number {
  return pen.measure(text, flow.width, HEADING_STYLE, 2) + 3;
}

function drawHeading(flow: Flow, pen: Pen, text: string, keep: number): void {
  flow.gap(2);
  const style = HEADING_STYLE;
  // A heading never ends a page: the start of what follows goes with it.
  flow.ensure(headingHeight(flow, pen, text) + Math.max(keep, 2 * lineHeight(SIZE.body)));
  flow.y += pen.paragraph(text, flow.left, flow.y, flow.width, style, 2);
  flow.pdf.setDrawColor(...COLOR.rule);
  flow.pdf.setLineWidth(0.2);
  flow.pdf.line(flow.left, flow.y + 0.8, flow.right, flow.y + 0.8);
  flow.y += 3;
}

const paragraphStyle = (block: { muted?: boolean; lead?: boolean }) => ({
  size: block.lead ? SIZE.lead : SIZE.body,
  color: block.muted ? COLOR.muted : COLOR.ink,
});

function drawParagraph(
  flow: Flow,
  pen: Pen,
  text: string,
  style: { size: number; color: readonly [number, number, number] },
): void {
  pen.style(style);
  const step = lineHeight(style.size);
  // Line by line, so a long paragraph continues on the next page.
  for (const line of pen.wrap(text, flow.width)) {
    flow.ensure(step);
    pen.style(style);
    flow.y += pen.lines([line], flow.left, flow.y, style.size);
  }
  flow.gap(BLOCK_GAP - 1);
}

const METRIC_HEIGHT = 21;
const METRIC_GAP = 3;

/** Key figures as tiles, up to four a row: label, big value, a short note. */
function drawMetrics(flow: Flow, pen: Pen, items: readonly Metric[]): void {
  const perRow = items.length <= 4 ? Math.max(items.length, 1) : items.length <= 6 ? 3 : 4;
  const width = (flow.width - METRIC_GAP * (perRow - 1)) / perRow;
  for (let start = 0; start < items.length; start += perRow) {
    flow.ensure(METRIC_HEIGHT);
    items.slice(start, start + perRow).forEach((item, i) => {
      drawMetric(flow, pen, item, flow.left + i * (width + METRIC_GAP), flow.y, width);
    });
    flow.y += METRIC_HEIGHT + METRIC_GAP;
  }
  flow.gap(BLOCK_GAP - METRIC_GAP);
}

function drawMetric(flow: Flow, pen: Pen, item: Metric, x: number, y: number, width: number): void {
  const { pdf } = flow;
  const tone = TONE_COLOR[item.tone ?? 'neutral'];
  pdf.setFillColor(...COLOR.panel);
  pdf.rect(x, y, width, METRIC_HEIGHT, 'F');
  pdf.setFillColor(...(item.tone && item.tone !== 'neutral' ? tone : COLOR.accent));
  pdf.rect(x, y, 0.9, METRIC_HEIGHT, 'F');
  const inner = width - 6;
  pen.style({ size: SIZE.tiny, color: COLOR.muted });
  pen.lines(pen.wrap(item.label, inner, 2), x + 3.5, y + 2, SIZE.tiny);
  pen.style({ size: SIZE.metricValue, weight: 'bold', color: tone });
  pen.lines([pen.fit(item.value, inner)], x + 3.5, y + 8.6, SIZE.metricValue);
  if (item.note) {
    pen.style({ size: SIZE.tiny, color: COLOR.muted });
    pen.lines([pen.fit(item.note, inner)], x + 3.5, y + 15.6, SIZE.tiny);
  }
}

interface FactRow {
  label: readonly string[];
  value: readonly string[];
  fact: Fact;
  height: number;
}

const FACT_PAD = 1.2;
const COLUMN_GAP = 8;

/** Label–value pairs, label in grey, value aligned in a second column, hairlines between rows. */
function factsLayout(flow: Flow, pen: Pen, items: readonly Fact[], columns: 1 | 2) {
  const width = columns === 1 ? flow.width : (flow.width - COLUMN_GAP) / 2;
  const labelWidth = Math.min(62, width * (columns === 1 ? 0.38 : 0.5));
  const rows = items.map((fact) => factRow(pen, fact, labelWidth, width - labelWidth - 3));
  const half = Math.ceil(rows.length / 2);
  const sides = columns === 1 ? [rows] : [rows.slice(0, half), rows.slice(half)];
  const height = Math.max(...sides.map((side) => side.reduce((sum, row) => sum + row.height, 0)));
  // Side by side, the two columns move to the next page together.
  const together = columns === 2 && height <= flow.bottom - flow.top;
  return { width, labelWidth, rows, sides, height, together };
}

function drawFacts(flow: Flow, pen: Pen, items: readonly Fact[], columns: 1 | 2): void {
  const { width, labelWidth, rows, sides, height, together } = factsLayout(
    flow,
    pen,
    items,
    columns,
  );
  if (together) {
    flow.ensure(height);
    const top = flow.y;
    sides.forEach((side, i) => {
      flow.y = top;
      for (const row of side)
        drawFactRow(flow, pen, row, flow.left + i * (width + COLUMN_GAP), width, labelWidth);
    });
    flow.y = top + height;
  } else {
    for (const row of rows) {
      flow.ensure(row.height);
      drawFactRow(flow, pen, row, flow.left, width, labelWidth);
    }
  }
  flow.gap(BLOCK_GAP);
}

function factRow(pen: Pen, fact: Fact, labelWidth: number, valueWidth: number): FactRow {
  // A label is read whole, however long its language makes it (RU payback's takes four lines).
  const label = (pen.style({ size: SIZE.body }), pen.wrap(fact.label, labelWidth, 8));
  const value =
    (pen.style({ size: SIZE.body, weight: weightOf(fact) }), pen.wrap(fact.value, valueWidth, 12));
  const height = Math.max(label.length, value.length) * lineHeight(SIZE.body) + 2 * FACT_PAD;
  return { label, value, fact, height };
}

const weightOf = (fact: Fact): 'bold' | 'normal' =>
  fact.tone && fact.tone !== 'neutral' ? 'bold' : 'normal';

function drawFactRow(
  flow: Flow,
  pen: Pen,
  row: FactRow,
  x: number,
  width: number,
  labelWidth: number,
): void {
  pen
    .style({ size: SIZE.body, color: COLOR.muted })
    .lines(row.label, x, flow.y + FACT_PAD, SIZE.body);
  pen.style({
    size: SIZE.body,
    weight: weightOf(row.fact),
    color: TONE_COLOR[row.fact.tone ?? 'neutral'],
  });
  pen.lines(row.value, x + labelWidth + 3, flow.y + FACT_PAD, SIZE.body);
  flow.y += row.height;
  flow.pdf.setDrawColor(...COLOR.rule);
  flow.pdf.setLineWidth(0.15);
  flow.pdf.line(x, flow.y, x + width, flow.y);
}

function drawList(
  flow: Flow,
  pen: Pen,
  items: readonly string[],
  ordered: boolean,
  empty: string,
): void {
  if (items.length === 0) return drawParagraph(flow, pen, empty, paragraphStyle({ muted: true }));
  const style = { size: SIZE.body, color: COLOR.ink };
  const indent = ordered ? 7 : 5;
  items.forEach((item, i) => {
    const lines = (pen.style(style), pen.wrap(item, flow.width - indent, 8));
    flow.ensure(lines.length * lineHeight(style.size) + 1);
    pen.style({ ...style, color: COLOR.accent, weight: ordered ? 'bold' : 'normal' });
    pen.lines([ordered ? `${i + 1}.` : '•'], flow.left + 1, flow.y, style.size);
    pen.style(style);
    flow.y += pen.lines(lines, flow.left + indent, flow.y, style.size) + 1;
  });
  flow.gap(BLOCK_GAP - 1);
}

function drawCallout(
  flow: Flow,
  pen: Pen,
  block: { tone: keyof typeof TONE_COLOR; title: string; text: string },
): void {
  const color = TONE_COLOR[block.tone];
  const inner = flow.width - 8;
  const titleStyle = { size: SIZE.body, weight: 'bold', color } as const;
  const textStyle = { size: SIZE.body, color: COLOR.ink };
  const height = calloutHeight(flow, pen, block);
  flow.ensure(height);
  const { pdf } = flow;
  pdf.setFillColor(...COLOR.panel);
  pdf.rect(flow.left, flow.y, flow.width, height, 'F');
  pdf.setFillColor(...color);
  pdf.rect(flow.left, flow.y, 1.1, height, 'F');
  let y = flow.y + 3;
  y += pen.paragraph(block.title, flow.left + 5, y, inner, titleStyle, 2);
  pen.paragraph(block.text, flow.left + 5, y, inner, textStyle, 10);
  flow.y += height;
  flow.gap(BLOCK_GAP);
}

function calloutHeight(flow: Flow, pen: Pen, block: { title: string; text: string }): number {
  const inner = flow.width - 8;
  return (
    pen.measure(block.title, inner, { size: SIZE.body, weight: 'bold' }, 2) +
    pen.measure(block.text, inner, { size: SIZE.body }, 10) +
    6
  );
}

const REF_LINES = 2;
const REF_GAP = 1.4;

/**
 * Lines that point to a page: a tone mark, the text (at most two lines, so a list of them has a
 * known height), and the page number on the right, linked to that page.
 */
function drawRefs(flow: Flow, pen: Pen, items: readonly PageRef[], template: string): void {
  const style = { size: SIZE.body, color: COLOR.ink };
  const step = lineHeight(style.size);
  const numberWidth = 14;
  const indent = 4.5;
  for (const item of items) {
    pen.style(style);
    const lines = pen.wrap(item.text, flow.width - indent - numberWidth, REF_LINES);
    flow.ensure(lines.length * step + REF_GAP);
    const tone = item.tone ?? 'neutral';
    flow.pdf.setFillColor(...(tone === 'neutral' ? COLOR.faint : TONE_COLOR[tone]));
    flow.pdf.rect(flow.left + 0.4, flow.y + step * 0.32, 1.8, 1.8, 'F');
    pen.style(style);
    pen.lines(lines, flow.left + indent, flow.y, style.size);
    const y = flow.y;
    const drawPage = (page: number) => {
      pen.style({ size: style.size, weight: 'bold', color: COLOR.accent });
      pen.lines([template.replace('{page}', String(page))], flow.right, y, style.size, 'right');
      flow.pdf.link(flow.left, y, flow.width, lines.length * step, { pageNumber: page });
    };
    const page = flow.anchors.get(item.anchor);
    if (page !== undefined) drawPage(page);
    else {
      // A page further on: its number is written once every page is drawn.
      const here = flow.page;
      flow.later.push(() => {
        const target = flow.anchors.get(item.anchor);
        if (target === undefined) return;
        flow.pdf.setPage(here);
        drawPage(target);
      });
    }
    flow.y += lines.length * step + REF_GAP;
  }
  flow.gap(BLOCK_GAP - REF_GAP);
}
