import type { Block, Fact, Metric, ReportLabels } from '../types';
import { drawDiagram } from './diagram';
import type { Flow } from './flow';
import type { Pen } from './pen';
import { drawTable } from './table';
import { COLOR, lineHeight, SIZE, TONE_COLOR } from './theme';

const BLOCK_GAP = 4;

export function drawBlock(flow: Flow, pen: Pen, block: Block, labels: ReportLabels): void {
  switch (block.kind) {
    case 'heading':
      return drawHeading(flow, pen, block.text);
    case 'paragraph':
      return drawParagraph(flow, pen, block.text, block.muted === true);
    case 'metrics':
      return drawMetrics(flow, pen, block.items);
    case 'facts':
      return drawFacts(flow, pen, block.items);
    case 'list':
      return drawList(flow, pen, block.items, block.ordered, block.empty);
    case 'table':
      drawTable(flow, pen, block.table);
      return flow.gap(BLOCK_GAP);
    case 'callout':
      return drawCallout(flow, pen, block);
    case 'diagram':
      return drawDiagram(flow, pen, block.diagram, {
        part: (part, parts) =>
          labels.diagramPart.replace('{part}', String(part)).replace('{parts}', String(parts)),
        overview: labels.diagramOverview,
      });
  }
}

function drawHeading(flow: Flow, pen: Pen, text: string): void {
  flow.gap(2);
  const style = { size: SIZE.heading, weight: 'bold', color: COLOR.accent } as const;
  const height = pen.measure(text, flow.width, style, 2);
  // A heading never ends a page: keep room for a few lines after it.
  flow.ensure(height + 18);
  flow.y += pen.paragraph(text, flow.left, flow.y, flow.width, style, 2);
  flow.pdf.setDrawColor(...COLOR.rule);
  flow.pdf.setLineWidth(0.2);
  flow.pdf.line(flow.left, flow.y + 0.8, flow.right, flow.y + 0.8);
  flow.y += 3;
}

function drawParagraph(flow: Flow, pen: Pen, text: string, muted: boolean): void {
  const style = { size: SIZE.body, color: muted ? COLOR.muted : COLOR.ink };
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

/** Label–value pairs in two aligned columns, hairlines between rows. */
function drawFacts(flow: Flow, pen: Pen, items: readonly Fact[]): void {
  const labelWidth = Math.min(62, flow.width * 0.38);
  const valueX = flow.left + labelWidth + 3;
  const valueWidth = flow.right - valueX;
  const labelStyle = { size: SIZE.body, color: COLOR.muted };
  for (const item of items) {
    const valueStyle = { size: SIZE.body, color: TONE_COLOR[item.tone ?? 'neutral'] };
    const labelLines = (pen.style(labelStyle), pen.wrap(item.label, labelWidth, 3));
    const valueLines = (pen.style(valueStyle), pen.wrap(item.value, valueWidth, 12));
    const height = Math.max(labelLines.length, valueLines.length) * lineHeight(SIZE.body) + 2.4;
    flow.ensure(height);
    pen.style(labelStyle).lines(labelLines, flow.left, flow.y + 1.2, SIZE.body);
    pen.style({ ...valueStyle, weight: item.tone && item.tone !== 'neutral' ? 'bold' : 'normal' });
    pen.lines(valueLines, valueX, flow.y + 1.2, SIZE.body);
    flow.y += height;
    flow.pdf.setDrawColor(...COLOR.rule);
    flow.pdf.setLineWidth(0.15);
    flow.pdf.line(flow.left, flow.y, flow.right, flow.y);
  }
  flow.gap(BLOCK_GAP);
}

function drawList(
  flow: Flow,
  pen: Pen,
  items: readonly string[],
  ordered: boolean,
  empty: string,
): void {
  if (items.length === 0) return drawParagraph(flow, pen, empty, true);
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
  const height =
    pen.measure(block.title, inner, titleStyle, 2) +
    pen.measure(block.text, inner, textStyle, 10) +
    6;
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
