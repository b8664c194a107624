import type { LinkKind } from '../../model';
import type { Box, Diagram, DiagramLink, DiagramNode } from '../types';
import {
  bounds,
  fitScale,
  linkSegment,
  MIN_READABLE_SCALE,
  NODE_TYPE,
  splitIntoParts,
  contains,
  type DiagramPart,
  type Point,
} from '../layout/diagram';
import type { Flow } from './flow';
import type { Pen } from './pen';
import { COLOR, lineHeight, PT_TO_MM, SIZE, TONE_COLOR, type Rgb } from './theme';

const LEGEND_HEIGHT = 9;
const CAPTION_HEIGHT = 7;
/** Below this a node's text is left out (the overview of a split diagram). */
const MIN_TEXT_PT = 3.8;

interface LinkStyle {
  color: Rgb;
  width: number;
  dash: number[];
}

const LINK_STYLE: Readonly<Record<LinkKind, LinkStyle>> = {
  handoff: { color: COLOR.accent, width: 0.35, dash: [] },
  escalation: { color: COLOR.bad, width: 0.35, dash: [1.6, 1] },
  support: { color: COLOR.good, width: 0.35, dash: [0.5, 0.8] },
  reporting: { color: COLOR.muted, width: 0.25, dash: [2.4, 1.2] },
};

/** Canvas → page: the part's region drawn at `scale` with its corner at `origin`. */
interface View {
  region: Box;
  scale: number;
  origin: Point;
}

const toPage = (view: View, p: Point): Point => ({
  x: view.origin.x + (p.x - view.region.x) * view.scale,
  y: view.origin.y + (p.y - view.region.y) * view.scale,
});

/**
 * The design as vectors: groups, links with arrows and labels, function boxes. Fitted to the
 * rest of the page; a design too large to read that way gets an overview page with the parts
 * marked, then one page per part at a readable scale.
 */
export function drawDiagram(
  flow: Flow,
  pen: Pen,
  diagram: Diagram,
  labels: { part: (part: number, parts: number) => string; overview: string },
): void {
  const content = bounds([...diagram.nodes, ...diagram.groups]);
  if (!content) {
    flow.y += pen.paragraph(diagram.empty, flow.left, flow.y, flow.width, {
      size: SIZE.body,
      color: COLOR.muted,
    });
    return;
  }
  const area = (): Box => ({
    x: flow.left,
    y: flow.y,
    width: flow.width,
    height: flow.bottom - flow.y - LEGEND_HEIGHT,
  });
  const first = area();
  // Parts overlap by the largest node, so each node is whole on some page.
  const overlap = {
    width: Math.max(...diagram.nodes.map((node) => node.width)) + 20,
    height: Math.max(...diagram.nodes.map((node) => node.height)) + 20,
  };
  const single = fitScale(content, first) >= MIN_READABLE_SCALE;
  if (single) {
    const [part] = splitIntoParts(content, first, overlap);
    if (part) drawView(flow, pen, diagram, { ...part, origin: first }, first);
    drawLegend(flow, pen, diagram);
    return;
  }

  // The overview leaves a line under it for its caption.
  const overviewArea = { ...first, height: first.height - CAPTION_HEIGHT };
  const overviewScale = fitScale(content, overviewArea);
  const overview: View = {
    region: centred(content, overviewArea, overviewScale),
    scale: overviewScale,
    origin: overviewArea,
  };
  const partArea = {
    width: flow.width,
    height: flow.bottom - flow.top - LEGEND_HEIGHT - CAPTION_HEIGHT,
  };
  // A part with no whole node on it only repeats fragments shown whole elsewhere: left out.
  const parts = splitIntoParts(content, partArea, overlap).filter((part) =>
    diagram.nodes.some((node) => contains(part.region, node)),
  );
  drawView(flow, pen, diagram, overview, overviewArea);
  drawPartGrid(flow, pen, overview, parts);
  pen.style({ size: SIZE.small, color: COLOR.muted });
  pen.lines(
    [pen.fit(labels.overview, flow.width)],
    flow.left,
    overviewArea.y + overviewArea.height + 1.5,
    SIZE.small,
  );
  drawLegend(flow, pen, diagram);

  const orientation = flow.pageWidth > flow.pageHeight ? 'landscape' : 'portrait';
  parts.forEach((part, i) => {
    flow.newPage(orientation);
    pen.style({ size: SIZE.heading, weight: 'bold', color: COLOR.accent });
    pen.lines(
      [pen.fit(labels.part(i + 1, parts.length), flow.width)],
      flow.left,
      flow.y,
      SIZE.heading,
    );
    flow.y += CAPTION_HEIGHT;
    const box = area();
    drawView(flow, pen, diagram, { region: part.region, scale: part.scale, origin: box }, box);
    drawLegend(flow, pen, diagram);
  });
}

/** The canvas region that puts `content` in the middle of `area` at `scale`. */
function centred(content: Box, area: { width: number; height: number }, scale: number): Box {
  const width = area.width / scale;
  const height = area.height / scale;
  return {
    x: content.x - (width - content.width) / 2,
    y: content.y - (height - content.height) / 2,
    width,
    height,
  };
}

function drawView(flow: Flow, pen: Pen, diagram: Diagram, view: View, clip: Box): void {
  const { pdf } = flow;
  pdf.saveGraphicsState();
  // Clip to the area so a part shows only its own sheet of the canvas.
  pdf.rect(clip.x, clip.y, clip.width, clip.height, null);
  pdf.clip();
  pdf.discardPath();
  const visible = (box: Box): boolean =>
    box.x < view.region.x + view.region.width &&
    box.x + box.width > view.region.x &&
    box.y < view.region.y + view.region.height &&
    box.y + box.height > view.region.y;
  for (const group of diagram.groups) if (visible(group)) drawGroup(flow, pen, view, group);
  const byId = new Map(diagram.nodes.map((node) => [node.id, node]));
  const pairs = new Set(diagram.links.map((link) => `${link.from}→${link.to}`));
  const labels: PendingLabel[] = [];
  for (const link of diagram.links) {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (!from || !to || from === to) continue;
    const twoWay = pairs.has(`${link.to}→${link.from}`);
    const label = drawLink(flow, view, link, from, to, twoWay ? 9 : 0);
    if (label) labels.push(label);
  }
  // Labels go over the lines but never over a box or another label.
  const taken = diagram.nodes.filter(visible).map((node) => pageBox(view, node));
  for (const label of labels) placeLabel(flow, pen, clip, label, taken);
  // A node cut by the edge of a part is drawn without text: it is whole on a neighbouring part.
  for (const node of diagram.nodes) {
    if (visible(node)) drawNode(flow, pen, view, node, contains(view.region, node));
  }
  pdf.restoreGraphicsState();
}

const pt = (units: number, scale: number): number => (units * scale) / PT_TO_MM;

function drawGroup(flow: Flow, pen: Pen, view: View, group: Box & { title: string }): void {
  const { pdf } = flow;
  const p = toPage(view, group);
  const width = group.width * view.scale;
  const height = group.height * view.scale;
  pdf.setFillColor(...COLOR.accentSoft);
  pdf.setDrawColor(...COLOR.faint);
  pdf.setLineWidth(0.25);
  pdf.setLineDashPattern([1.2, 0.8], 0);
  pdf.roundedRect(p.x, p.y, width, height, 1.5, 1.5, 'FD');
  pdf.setLineDashPattern([], 0);
  const size = Math.min(pt(NODE_TYPE.line, view.scale), 9);
  const { region } = view;
  // The name is drawn only where the frame's top-left corner is on this part, within the part.
  const cornerInView =
    group.x >= region.x &&
    group.y >= region.y &&
    group.y + NODE_TYPE.padding * 3 <= region.y + region.height;
  if (size < MIN_TEXT_PT || !cornerInView) return;
  const pad = NODE_TYPE.padding * view.scale;
  const room = (Math.min(group.x + group.width, region.x + region.width) - group.x) * view.scale;
  pen.style({ size, weight: 'bold', color: COLOR.accent });
  pen.lines([pen.fit(group.title.toUpperCase(), room - 2 * pad)], p.x + pad, p.y + pad * 0.6, size);
}

function drawNode(flow: Flow, pen: Pen, view: View, node: DiagramNode, withText: boolean): void {
  const { pdf } = flow;
  const p = toPage(view, node);
  const width = node.width * view.scale;
  const height = node.height * view.scale;
  const radius = Math.min(1.6, width / 12);
  pdf.setFillColor(...COLOR.white);
  pdf.setDrawColor(...COLOR.faint);
  pdf.setLineWidth(0.25);
  pdf.roundedRect(p.x, p.y, width, height, radius, radius, 'FD');
  // Status stripe on the left edge, in the function's tone.
  pdf.setFillColor(...(node.tone === 'neutral' ? COLOR.accent : TONE_COLOR[node.tone]));
  pdf.rect(p.x, p.y + radius, Math.max(0.8, 4 * view.scale), height - 2 * radius, 'F');

  const titleSize = pt(NODE_TYPE.title, view.scale);
  if (!withText || titleSize < MIN_TEXT_PT) return;
  const pad = NODE_TYPE.padding * view.scale;
  const inner = width - 2 * pad - 2 * view.scale;
  const x = p.x + pad + 2 * view.scale;
  let y = p.y + pad * 0.8;
  pen.style({ size: titleSize, weight: 'bold', color: COLOR.ink });
  y += pen.lines(pen.wrap(node.title, inner, 2), x, y, titleSize) + 1.5 * view.scale;
  const lineSize = pt(NODE_TYPE.line, view.scale);
  pen.style({ size: lineSize, color: COLOR.muted });
  const room = Math.floor((p.y + height - pad * 0.6 - y) / lineHeight(lineSize));
  const lines = node.lines.slice(0, Math.max(room, 0)).map((line) => pen.fit(line, inner));
  pen.lines(lines, x, y, lineSize);
}

const pageBox = (view: View, box: Box): Box => ({
  ...toPage(view, box),
  width: box.width * view.scale,
  height: box.height * view.scale,
});

/** A link's label, placed once every line is drawn. */
interface PendingLabel {
  text: string;
  color: Rgb;
  size: number;
  start: Point;
  end: Point;
}

/** Draws the line and its arrowhead; returns the label still to place, if it has one. */
function drawLink(
  flow: Flow,
  view: View,
  link: DiagramLink,
  from: Box,
  to: Box,
  offset: number,
): PendingLabel | undefined {
  const { pdf } = flow;
  const segment = linkSegment(from, to, offset);
  const start = toPage(view, segment.start);
  const end = toPage(view, segment.end);
  const length = Math.hypot(end.x - start.x, end.y - start.y);
  if (length < 1) return undefined; // overlapping boxes: nothing sensible to draw
  const style = LINK_STYLE[link.kind];
  const ux = (end.x - start.x) / length;
  const uy = (end.y - start.y) / length;
  const head = Math.min(Math.max(12 * view.scale, 1.4), 2.6);
  pdf.setDrawColor(...style.color);
  pdf.setFillColor(...style.color);
  pdf.setLineWidth(style.width);
  pdf.setLineDashPattern(style.dash, 0);
  pdf.line(start.x, start.y, end.x - ux * head * 0.8, end.y - uy * head * 0.8);
  pdf.setLineDashPattern([], 0);
  const bx = end.x - ux * head;
  const by = end.y - uy * head;
  const half = head * 0.42;
  pdf.triangle(end.x, end.y, bx - uy * half, by + ux * half, bx + uy * half, by - ux * half, 'F');

  // No labels where node text is left out too (the overview of a split diagram).
  if (link.label.trim() === '' || pt(NODE_TYPE.title, view.scale) < MIN_TEXT_PT) return undefined;
  const size = Math.min(Math.max(pt(10, view.scale), 5.5), 7.5);
  return { text: link.label, color: style.color, size, start, end };
}

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Along the line, from its middle outwards, the first free spot; none, no label. */
function placeLabel(flow: Flow, pen: Pen, clip: Box, label: PendingLabel, taken: Box[]): void {
  const length = Math.hypot(label.end.x - label.start.x, label.end.y - label.start.y);
  pen.style({ size: label.size, color: label.color });
  const text = pen.fit(label.text, Math.max(Math.min(length * 0.8, 45), 12));
  const width = pen.width(text) + 1.6;
  const height = lineHeight(label.size);
  for (const t of [0.5, 0.38, 0.62, 0.27, 0.73]) {
    const x = label.start.x + (label.end.x - label.start.x) * t;
    const y = label.start.y + (label.end.y - label.start.y) * t;
    const box = { x: x - width / 2, y: y - height / 2, width, height };
    if (!contains(clip, box) || taken.some((other) => overlaps(box, other))) continue;
    taken.push(box);
    flow.pdf.setFillColor(...COLOR.white);
    flow.pdf.rect(box.x, box.y, box.width, box.height, 'F');
    pen.style({ size: label.size, color: label.color });
    pen.lines([text], x, box.y, label.size, 'center');
    return;
  }
}

function drawPartGrid(flow: Flow, pen: Pen, view: View, parts: readonly DiagramPart[]): void {
  const { pdf } = flow;
  pdf.setDrawColor(...COLOR.accent);
  pdf.setLineWidth(0.3);
  pdf.setLineDashPattern([2, 1.2], 0);
  parts.forEach((part, i) => {
    const p = toPage(view, part.region);
    pdf.rect(p.x, p.y, part.region.width * view.scale, part.region.height * view.scale, 'S');
    pen.style({ size: SIZE.heading, weight: 'bold', color: COLOR.accent });
    pen.lines([String(i + 1)], p.x + 1.5, p.y + 1, SIZE.heading);
  });
  pdf.setLineDashPattern([], 0);
}

function drawLegend(flow: Flow, pen: Pen, diagram: Diagram): void {
  const { pdf } = flow;
  const y = flow.bottom - LEGEND_HEIGHT + 4;
  let x = flow.left;
  pen.style({ size: SIZE.small, color: COLOR.muted });
  for (const item of diagram.legend) {
    const style = LINK_STYLE[item.kind];
    pdf.setDrawColor(...style.color);
    pdf.setLineWidth(style.width);
    pdf.setLineDashPattern(style.dash, 0);
    pdf.line(x, y, x + 8, y);
    pdf.setLineDashPattern([], 0);
    pen.style({ size: SIZE.small, color: COLOR.muted });
    const label = pen.fit(item.label, 40);
    pen.lines([label], x + 10, y - lineHeight(SIZE.small) / 2, SIZE.small);
    x += 10 + pen.width(label) + 7;
  }
  flow.y = flow.bottom;
}
