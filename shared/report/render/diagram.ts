import type { LinkKind, Position } from '../../model';
import {
  iconSize,
  INDEX_TOP,
  LEGEND_HEIGHT,
  layoutDiagram,
  TYPE,
  type IndexPage,
  type Measure,
  type PlacedLink,
  type PlacedNode,
  type Sheet,
} from '../layout/diagram';
import type { Diagram, Tone } from '../types';
import type { Flow } from './flow';
import type { Pen } from './pen';
import { COLOR, lineHeight, PAGE, TONE_COLOR, type Rgb } from './theme';

/** A4 in millimetres. */
const LONG_SIDE = 297;
const SHORT_SIDE = 210;

interface LinkStyle {
  color: Rgb;
  width: number;
  dash: number[];
}

const LINK_STYLE: Readonly<Record<LinkKind, LinkStyle>> = {
  handoff: { color: COLOR.accent, width: 0.35, dash: [] },
  escalation: { color: COLOR.bad, width: 0.35, dash: [1.6, 1] },
  support: { color: COLOR.good, width: 0.35, dash: [0.5, 0.8] },
  reporting: { color: COLOR.muted, width: 0.3, dash: [2.4, 1.2] },
};

/** The status edge and icon of a box: accent where the payback is not known. */
const statusColor = (tone: Tone): Rgb => (tone === 'neutral' ? COLOR.accent : TONE_COLOR[tone]);

/** Text measured with the report's own font, for the layout. */
function measureWith(pen: Pen): Measure {
  return {
    wrap: (text, width, size, bold) => {
      pen.style({ size, weight: bold ? 'bold' : 'normal' });
      return pen.wrap(text, width);
    },
  };
}

/**
 * The design as vectors (see layout/diagram for where everything goes): on the rest of this
 * page when it fits there; otherwise an overview with the parts marked, an index of functions,
 * then one page per part.
 */
export function drawDiagram(flow: Flow, pen: Pen, diagram: Diagram): void {
  const layout = layoutDiagram(diagram, measureWith(pen), {
    first: { x: flow.left, y: flow.y, width: flow.width, height: flow.bottom - flow.y },
    // Pages after the first are landscape, the shape of a canvas: a part holds more that way.
    page: {
      x: PAGE.margin.left,
      y: PAGE.margin.top,
      width: LONG_SIDE - PAGE.margin.left - PAGE.margin.right,
      height: SHORT_SIDE - PAGE.margin.top - PAGE.margin.bottom,
    },
    firstPage: flow.page,
  });
  if (!layout) {
    flow.y += pen.paragraph(diagram.empty, flow.left, flow.y, flow.width, {
      size: 9.5,
      color: COLOR.muted,
    });
    return;
  }
  const [first, ...parts] = layout.sheets;
  if (first && first.page > flow.page) flow.newPage('landscape');
  if (first) drawSheet(flow, pen, diagram, first);
  for (const page of layout.index) {
    flow.newPage('landscape');
    drawIndexPage(flow, pen, diagram, page);
  }
  for (const sheet of parts) {
    flow.newPage('landscape');
    const title = diagram.text.part
      .replace('{part}', String(sheet.part ?? 0))
      .replace('{parts}', String(parts.length));
    pen.style({ size: TYPE.heading, weight: 'bold', color: COLOR.accent });
    pen.lines(pen.wrap(title, flow.width, 1), flow.left, flow.top, TYPE.heading);
    drawSheet(flow, pen, diagram, sheet);
  }
  flow.y = flow.bottom;
}

function drawSheet(flow: Flow, pen: Pen, diagram: Diagram, sheet: Sheet): void {
  const { pdf } = flow;
  pdf.saveGraphicsState();
  // Clip to the sheet so a part shows only its own region of the canvas.
  pdf.rect(sheet.clip.x, sheet.clip.y, sheet.clip.width, sheet.clip.height, null);
  pdf.clip();
  pdf.discardPath();
  for (const group of sheet.groups) {
    pdf.setFillColor(...COLOR.accentSoft);
    pdf.setDrawColor(...COLOR.faint);
    pdf.setLineWidth(0.25);
    pdf.setLineDashPattern([1.2, 0.8], 0);
    const { box } = group;
    pdf.roundedRect(box.x, box.y, box.width, box.height, 1.5, 1.5, 'FD');
    pdf.setLineDashPattern([], 0);
  }
  // Names after every frame, so a neighbouring frame never covers one.
  for (const group of sheet.groups) {
    if (!group.title) continue;
    pen.style({ size: TYPE.group, weight: 'bold', color: COLOR.accent });
    pen.lines(group.title, group.box.x + 2, group.box.y + 1, TYPE.group);
  }
  const thin = sheet.kind === 'overview';
  for (const link of sheet.links) drawLink(flow, link, thin);
  for (const node of sheet.nodes) drawNode(flow, pen, node);
  for (const link of sheet.links) if (link.badge) drawBadge(flow, pen, link);
  pdf.restoreGraphicsState();

  for (const region of sheet.regions) {
    pdf.setDrawColor(...COLOR.accent);
    pdf.setLineWidth(0.35);
    pdf.setLineDashPattern([2, 1.2], 0);
    const { box } = region;
    pdf.rect(box.x, box.y, box.width, box.height, 'S');
    pdf.setLineDashPattern([], 0);
    const label = String(region.part);
    pen.style({ size: TYPE.heading, weight: 'bold', color: COLOR.white });
    const width = pen.width(label) + 2.4;
    const height = lineHeight(TYPE.heading);
    pdf.setFillColor(...COLOR.accent);
    pdf.rect(box.x, box.y, width, height, 'F');
    pen.lines([label], box.x + width / 2, box.y, TYPE.heading, 'center');
  }
  if (sheet.caption) {
    pen.style({ size: TYPE.note, color: COLOR.muted });
    pen.lines(sheet.caption.lines, flow.left, sheet.caption.top, TYPE.note);
  }
  if (sheet.notes) {
    const titleSize = TYPE.heading - 2;
    pen.style({ size: titleSize, weight: 'bold', color: COLOR.ink });
    pen.lines([pen.clean(diagram.text.notes)], flow.left, sheet.notes.top, titleSize);
    const top = sheet.notes.top + lineHeight(titleSize);
    for (const column of sheet.notes.columns) {
      let y = top;
      for (const note of column.notes) {
        pen.style({ size: TYPE.note, weight: 'bold', color: COLOR.ink });
        pen.lines([String(note.number)], column.x + 4, y, TYPE.note, 'right');
        pen.style({ size: TYPE.note, color: COLOR.ink });
        y += pen.lines(note.lines, column.x + 6, y, TYPE.note);
      }
    }
  }
  drawLegend(flow, pen, diagram);
}

function drawLink(flow: Flow, link: PlacedLink, thin: boolean): void {
  const { pdf } = flow;
  const style = LINK_STYLE[link.kind];
  const points = link.points;
  const end = points[points.length - 1];
  const before = points[points.length - 2];
  if (!end || !before) return;
  const length = Math.hypot(end.x - before.x, end.y - before.y);
  if (length < 0.5) return;
  const ux = (end.x - before.x) / length;
  const uy = (end.y - before.y) / length;
  const head = thin ? 1 : 2;
  pdf.setDrawColor(...style.color);
  pdf.setFillColor(...style.color);
  pdf.setLineWidth(thin ? style.width * 0.6 : style.width);
  pdf.setLineDashPattern(style.dash, 0);
  // The last leg stops at the arrowhead's base, so a dash does not poke through its tip.
  const trimmed: Position[] = [
    ...points.slice(0, -1),
    { x: end.x - ux * head * 0.8, y: end.y - uy * head * 0.8 },
  ];
  const [start, ...rest] = trimmed;
  if (start) {
    const deltas: [number, number][] = rest.map((p, i) => {
      const prev = trimmed[i] ?? p;
      return [p.x - prev.x, p.y - prev.y];
    });
    pdf.lines(deltas, start.x, start.y, [1, 1], 'S', false);
  }
  pdf.setLineDashPattern([], 0);
  const bx = end.x - ux * head;
  const by = end.y - uy * head;
  const half = head * 0.42;
  pdf.triangle(end.x, end.y, bx - uy * half, by + ux * half, bx + uy * half, by - ux * half, 'F');
}

function drawBadge(flow: Flow, pen: Pen, link: PlacedLink): void {
  if (!link.badge) return;
  const { box, number } = link.badge;
  const { pdf } = flow;
  const style = LINK_STYLE[link.kind];
  pdf.setFillColor(...COLOR.white);
  pdf.setDrawColor(...style.color);
  pdf.setLineWidth(0.25);
  pdf.roundedRect(box.x, box.y, box.width, box.height, 0.8, 0.8, 'FD');
  pen.style({ size: TYPE.badge, weight: 'bold', color: COLOR.ink });
  const top = box.y + (box.height - lineHeight(TYPE.badge)) / 2;
  pen.lines([String(number)], box.x + box.width / 2, top, TYPE.badge, 'center');
}

function drawNode(flow: Flow, pen: Pen, node: PlacedNode): void {
  const { pdf } = flow;
  const { box } = node;
  const radius = Math.min(1.4, box.width / 12);
  pdf.setFillColor(...COLOR.white);
  pdf.setDrawColor(...COLOR.faint);
  pdf.setLineWidth(0.25);
  pdf.roundedRect(box.x, box.y, box.width, box.height, radius, radius, 'FD');
  // Status edge on the left, in the function's tone; the status line below says it in words.
  pdf.setFillColor(...statusColor(node.tone));
  pdf.rect(box.x, box.y + radius, 1.2, Math.max(box.height - 2 * radius, 0), 'F');
  const text = node.text;
  if (!text) return;
  const x = box.x + 1.2 + 1.8;
  let y = box.y + 1.5;
  pen.style({ size: text.titlePt, weight: 'bold', color: COLOR.ink });
  y += pen.lines(text.title, x, y, text.titlePt) + 0.7;
  pen.style({ size: text.linePt, color: COLOR.muted });
  y += pen.lines(text.lines, x, y, text.linePt);
  const icon = iconSize(text.linePt);
  const lead = lineHeight(text.linePt);
  drawStatusIcon(flow, node.tone, x, y + (lead - icon) / 2, icon);
  pen.style({ size: text.linePt, weight: 'bold', color: statusColor(node.tone) });
  pen.lines(text.status, x + icon + 1, y, text.linePt);
}

/** A tick, a cross or a question mark in a circle: the status reads without colour too. */
function drawStatusIcon(flow: Flow, tone: Tone, x: number, y: number, size: number): void {
  const { pdf } = flow;
  const r = size / 2;
  const cx = x + r;
  const cy = y + r;
  const color = statusColor(tone);
  pdf.setFillColor(...color);
  pdf.setDrawColor(...color);
  pdf.setLineWidth(0.3);
  if (tone === 'good' || tone === 'bad') {
    pdf.circle(cx, cy, r, 'F');
    pdf.setDrawColor(...COLOR.white);
    if (tone === 'good') {
      pdf.lines(
        [
          [r * 0.35, r * 0.4],
          [r * 0.65, -r * 0.85],
        ],
        cx - r * 0.5,
        cy,
        [1, 1],
        'S',
        false,
      );
    } else {
      const d = r * 0.42;
      pdf.line(cx - d, cy - d, cx + d, cy + d);
      pdf.line(cx - d, cy + d, cx + d, cy - d);
    }
    return;
  }
  pdf.setFillColor(...COLOR.white);
  pdf.circle(cx, cy, r, 'FD');
  // A question mark drawn as text would need the font at a tiny size: three dots say "unknown".
  pdf.setFillColor(...color);
  for (const dx of [-0.45, 0, 0.45]) pdf.circle(cx + dx * r, cy, r * 0.13, 'F');
}

function drawIndexPage(flow: Flow, pen: Pen, diagram: Diagram, page: IndexPage): void {
  pen.style({ size: TYPE.heading, weight: 'bold', color: COLOR.accent });
  pen.lines(pen.wrap(diagram.text.index, flow.width, 1), flow.left, flow.top, TYPE.heading);
  const headTop = flow.top + INDEX_TOP - lineHeight(TYPE.note) - 1.5;
  for (const column of page.columns) {
    pen.style({ size: TYPE.note, weight: 'bold', color: COLOR.muted });
    pen.lines([pen.clean(diagram.text.indexFunction)], column.x, headTop, TYPE.note);
    pen.lines(
      [pen.clean(diagram.text.indexPlace)],
      column.x + column.width,
      headTop,
      TYPE.note,
      'right',
    );
    flow.pdf.setDrawColor(...COLOR.rule);
    flow.pdf.setLineWidth(0.2);
    const rule = headTop + lineHeight(TYPE.note) + 0.6;
    flow.pdf.line(column.x, rule, column.x + column.width, rule);
    for (const row of column.rows) {
      pen.style({ size: TYPE.note, color: COLOR.ink });
      pen.lines(row.title, column.x, row.y, TYPE.note);
      pen.lines([pen.clean(row.place)], column.x + column.width, row.y, TYPE.note, 'right');
    }
  }
}

function drawLegend(flow: Flow, pen: Pen, diagram: Diagram): void {
  const { pdf } = flow;
  const y = flow.bottom - LEGEND_HEIGHT + 4;
  let x = flow.left;
  for (const item of diagram.legend) {
    const style = LINK_STYLE[item.kind];
    pdf.setDrawColor(...style.color);
    pdf.setLineWidth(style.width);
    pdf.setLineDashPattern(style.dash, 0);
    pdf.line(x, y, x + 8, y);
    pdf.setLineDashPattern([], 0);
    pen.style({ size: TYPE.note, color: COLOR.muted });
    const label = pen.clean(item.label);
    pen.lines([label], x + 10, y - lineHeight(TYPE.note) / 2, TYPE.note);
    x += 10 + pen.width(label) + 7;
  }
}
