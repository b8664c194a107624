import type { LinkKind, Position } from '../../model';
import { clearRoute, routeCrosses } from '../../layout/clear-route';
import { FRAME_PADDING, frameBounds } from '../../layout/group-frame';
import { labelBox, layoutLinks, type LinkRequest } from '../../layout/link-layout';
import { linkRoute, offsetRoute, pointAlong } from '../../layout/link-route';
import { contains, rectsOverlap, unionOf, type Rect } from '../../layout/rect';
import { lineHeight, PT_TO_MM } from '../render/theme';
import type { Box, Diagram, DiagramNode, Tone } from '../types';

/**
 * Geometry of the diagram on paper, kept apart from drawing so it can be tested. Canvas
 * positions are in canvas units; everything this module hands out is in millimetres on the
 * page. Text has fixed point sizes (never below MIN_TEXT_PT): the scale follows from them. A
 * diagram that cannot be drawn at a scale where every box holds its text is cut into parts.
 */

/** No text on a diagram page is smaller than this, in points. */
export const MIN_TEXT_PT = 7;
/** Type sizes in points; a box's type grows a little with the scale, up to `max`. */
export const TYPE = {
  title: { min: 8, max: 10, units: 15 },
  line: { min: 7.2, max: 8.5, units: 11.5 },
  note: 7.5,
  badge: 7,
  group: 7.5,
  heading: 11,
} as const;
/** A small design is not blown up beyond this scale (mm per canvas unit). */
const MAX_SCALE = 0.3;
/** Padding inside a box and the width of its status edge, in mm. */
const PAD = { x: 1.8, top: 1.5, bottom: 1.4, stripe: 1.2, gap: 0.7 } as const;
/** Room for the legend of link kinds under each diagram, and a part page's heading, in mm. */
export const LEGEND_HEIGHT = 7;
const CAPTION_HEIGHT = 8;
/** How far a link going around boxes keeps from them, in canvas units. */
const ROUTE_GAP = 14;
/** Width of the number column in the list of link labels, and the space between its columns. */
const NOTE_NUMBER = 6;
const COLUMN_GAP = 6;
const NOTE_COLUMN = 80;

export interface Measure {
  /** `text` broken into lines no wider than `width` mm at `size` pt; never cut short. */
  wrap(text: string, width: number, size: number, bold: boolean): readonly string[];
}

/** A content area on a page, in mm. */
interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramPages {
  /** What is left of the page the diagram starts on. */
  first: Area;
  /** The content area of a fresh page (same orientation). */
  page: Area;
  /** Number of the page the diagram starts on. */
  firstPage: number;
}

export interface PlacedNode {
  id: string;
  box: Box;
  tone: Tone;
  /** Without text where the box is cut by the page's edge or too small (the overview). */
  text?: {
    title: readonly string[];
    lines: readonly string[];
    status: readonly string[];
    titlePt: number;
    linePt: number;
  };
}

export interface PlacedLink {
  from: string;
  to: string;
  kind: LinkKind;
  points: Position[];
  /** The number of its label in the list under the diagram, on a badge on the line. */
  badge?: { number: number; box: Box };
}

interface PlacedGroup {
  box: Box;
  title?: readonly string[];
}

interface Note {
  number: number;
  lines: readonly string[];
}

export interface Sheet {
  kind: 'whole' | 'overview' | 'part';
  /** 1-based, on parts. */
  part?: number;
  page: number;
  /** The area the drawing is clipped to. */
  clip: Box;
  scale: number;
  groups: PlacedGroup[];
  links: PlacedLink[];
  nodes: PlacedNode[];
  /** Link labels by number, in columns: where the list starts and each column's entries. */
  notes: { top: number; columns: { x: number; width: number; notes: Note[] }[] } | undefined;
  /** The numbered frames of the parts (overview only). */
  regions: { part: number; box: Box }[];
  caption?: { lines: readonly string[]; top: number };
}

/** Room above the index's rows for its heading and column titles, in mm. */
export const INDEX_TOP = lineHeight(TYPE.heading) + 3 + lineHeight(TYPE.note) + 1.5;

export interface IndexPage {
  page: number;
  columns: { x: number; width: number; rows: IndexRow[] }[];
}

interface IndexRow {
  id: string;
  /** Top of the row on the page, in mm. */
  y: number;
  title: readonly string[];
  part: number;
  page: number;
  place: string;
}

export interface DiagramLayout {
  sheets: Sheet[];
  index: IndexPage[];
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

function typeAt(scale: number) {
  const size = (t: { min: number; max: number; units: number }) =>
    Math.round(clamp((t.units * scale) / PT_TO_MM, t.min, t.max) * 10) / 10;
  return { titlePt: size(TYPE.title), linePt: size(TYPE.line) };
}

/** Side of the status icon, in mm, for a line of `size` pt. */
export const iconSize = (size: number) => lineHeight(size) * 0.72;

/** A node's text at `scale`, wrapped to its box, and the height it takes in mm. */
function nodeText(node: DiagramNode, width: number, scale: number, measure: Measure) {
  const { titlePt, linePt } = typeAt(scale);
  const inner = width * scale - 2 * PAD.x - PAD.stripe;
  const title = measure.wrap(node.title, inner, titlePt, true);
  const lines = node.lines.flatMap((line) => measure.wrap(line, inner, linePt, false));
  const status = measure.wrap(node.status, inner - iconSize(linePt) - 1, linePt, true);
  const height =
    PAD.top +
    title.length * lineHeight(titlePt) +
    PAD.gap +
    (lines.length + status.length) * lineHeight(linePt) +
    PAD.gap +
    PAD.bottom;
  return { text: { title, lines, status, titlePt, linePt }, height };
}

/**
 * Space kept between a box and a neighbour, in canvas units: room for a link in one department,
 * and for both departments' frames besides between two.
 */
const NEIGHBOUR_GAP = 32;
const FRAMES_GAP = NEIGHBOUR_GAP + FRAME_PADDING.side + FRAME_PADDING.top;
/** A box may grow this much wider than its card, where the canvas leaves room. */
const MAX_WIDEN = 1.6;

const spansMeet = (a: number, aSize: number, b: number, bSize: number) =>
  a < b + bSize && b < a + aSize;

/**
 * How large each box may grow, in canvas units, before it comes too close to a neighbour: to
 * the right up to MAX_WIDEN cards, down up to three cards.
 */
function roomFor(
  nodes: readonly DiagramNode[],
  groupOf: ReadonlyMap<string, string>,
): Map<string, { width: number; height: number }> {
  const room = new Map<string, { width: number; height: number }>();
  const gap = (a: DiagramNode, b: DiagramNode) =>
    groupOf.get(a.id) === groupOf.get(b.id) ? NEIGHBOUR_GAP : FRAMES_GAP;
  // A box that grows grows its department's frame: boxes of two departments keep apart
  // wherever their frames face each other, not only where the boxes do.
  const members = new Map<string, DiagramNode[]>();
  for (const node of nodes) {
    const group = groupOf.get(node.id);
    if (group !== undefined) members.set(group, [...(members.get(group) ?? []), node]);
  }
  const frames = new Map([...members].map(([id, list]) => [id, frameBounds(list)]));
  const span = (node: DiagramNode): Rect => {
    const group = groupOf.get(node.id);
    return (group === undefined ? undefined : frames.get(group)) ?? node;
  };
  for (const node of nodes) {
    let width = MAX_WIDEN * node.width;
    let height = 3 * node.height;
    const own = span(node);
    for (const other of nodes) {
      if (other === node || other.x <= node.x) continue;
      const same = groupOf.get(node.id) === groupOf.get(other.id);
      const facing = same
        ? spansMeet(node.y, 1.5 * node.height, other.y, other.height)
        : spansMeet(own.y, own.height + 2 * node.height, span(other).y, span(other).height);
      if (facing) width = Math.min(width, other.x - node.x - gap(node, other));
    }
    width = Math.max(width, node.width);
    for (const other of nodes) {
      if (other === node || other.y <= node.y) continue;
      const same = groupOf.get(node.id) === groupOf.get(other.id);
      const grown = Math.max(own.width, node.x + width - own.x);
      const facing = same
        ? spansMeet(node.x, width, other.x, other.width)
        : spansMeet(own.x, grown, span(other).x, span(other).width);
      if (facing) height = Math.min(height, other.y - node.y - gap(node, other));
    }
    room.set(node.id, {
      width: Math.max(width, node.width),
      height: Math.max(height, node.height),
    });
  }
  return room;
}

/**
 * A box for the node's text at `scale`: as narrow as its card, wider where that keeps it within
 * its card's height, taller up to the room below it only when even that does not; `fits` says
 * whether it stays within its room at all.
 */
function sizedNode(
  node: DiagramNode,
  room: { width: number; height: number },
  scale: number,
  measure: Measure,
) {
  const widths = [1, 1.15, 1.3, 1.45, MAX_WIDEN].map((k) => Math.min(k * node.width, room.width));
  let widest = { width: node.width, ...nodeText(node, node.width, scale, measure) };
  for (const width of widths) {
    if (width !== widest.width) widest = { width, ...nodeText(node, width, scale, measure) };
    if (widest.height <= Math.min(node.height, room.height) * scale) {
      return { ...widest, fits: true };
    }
  }
  // Taller than its card: as wide as the room allows, so it grows down as little as it can.
  return { ...widest, fits: widest.height <= room.height * scale };
}

/**
 * The smallest scale at which every box holds its text without reaching its neighbours (so
 * boxes that do not overlap on screen do not overlap on paper).
 */
function minimumScale(
  nodes: readonly DiagramNode[],
  room: ReadonlyMap<string, { width: number; height: number }>,
  measure: Measure,
): number {
  const nodeFits = (node: DiagramNode, scale: number) => {
    const r = room.get(node.id);
    return r === undefined || sizedNode(node, r, scale, measure).fits;
  };
  // The box that did not fit at the last scale tried is the likeliest not to fit at the next:
  // it is tried first, so a scale that is too small is ruled out after one box, not dozens.
  let hardest: DiagramNode | undefined;
  const fits = (scale: number) => {
    if (hardest && !nodeFits(hardest, scale)) return false;
    const failing = nodes.find((node) => node !== hardest && !nodeFits(node, scale));
    if (failing) hardest = failing;
    return failing === undefined;
  };
  let low = 0.06;
  let high = 0.6;
  if (!fits(high)) return high;
  while (high - low > 0.004) {
    const mid = (low + high) / 2;
    if (fits(mid)) high = mid;
    else low = mid;
  }
  return high;
}

/** The same text is wrapped to the same width again and again: on every part that shows it. */
function remembered(measure: Measure): Measure {
  // By face, then width, then text: looked up without building a key string for each call
  // (the search for the readable scale asks thousands of times).
  const known = new Map<number, Map<number, Map<string, readonly string[]>>>();
  return {
    wrap: (text, width, size, bold) => {
      const face = bold ? -size : size;
      let widths = known.get(face);
      if (!widths) known.set(face, (widths = new Map()));
      const rounded = Math.round(width * 1000) / 1000;
      let texts = widths.get(rounded);
      if (!texts) widths.set(rounded, (texts = new Map()));
      let lines = texts.get(text);
      if (!lines) texts.set(text, (lines = measure.wrap(text, width, size, bold)));
      return lines;
    },
  };
}

/** The canvas region a set of boxes needs: the boxes and their departments' frame padding. */
function regionOf(nodes: readonly Rect[]): Rect {
  const around = unionOf(nodes) ?? { x: 0, y: 0, width: 1, height: 1 };
  return {
    x: around.x - FRAME_PADDING.side,
    y: around.y - FRAME_PADDING.top,
    width: around.width + 2 * FRAME_PADDING.side,
    height: around.height + FRAME_PADDING.top + FRAME_PADDING.bottom,
  };
}

const fitScale = (region: Rect, area: Area) =>
  Math.min(area.width / region.width, area.height / region.height);

export function orientationFor(content: Rect | undefined): 'portrait' | 'landscape' {
  return content !== undefined && content.width > content.height * 1.15 ? 'landscape' : 'portrait';
}

interface Context {
  diagram: Diagram;
  measure: Measure;
  byId: Map<string, DiagramNode>;
  /** Number of each labelled link (index in diagram.links → number). */
  numbers: Map<number, number>;
  room: Map<string, { width: number; height: number }>;
  /** Part of each node, once the diagram is split. */
  partOf: Map<string, number>;
}

/** The notes a sheet lists: labels of links with an end among `members`. */
function notesFor(ctx: Context, members: ReadonlySet<string>): Note[] {
  const { diagram } = ctx;
  return diagram.links.flatMap((link, i) => {
    const number = ctx.numbers.get(i);
    if (number === undefined || !(members.has(link.from) || members.has(link.to))) return [];
    const other = members.has(link.from) ? link.to : link.from;
    const elsewhere = !members.has(other) ? ctx.partOf.get(other) : undefined;
    const text =
      elsewhere === undefined
        ? link.label
        : diagram.text.noteElsewhere
            .replace('{label}', link.label)
            .replace('{function}', ctx.byId.get(other)?.title ?? '')
            .replace('{part}', String(elsewhere));
    return [
      {
        number,
        lines: ctx.measure.wrap(text, NOTE_COLUMN - NOTE_NUMBER, TYPE.note, false),
      },
    ];
  });
}

/** The notes in columns across `width`, each column about as tall as the others. */
function noteColumns(notes: readonly Note[], width: number) {
  const count = Math.max(1, Math.floor((width + COLUMN_GAP) / (NOTE_COLUMN + COLUMN_GAP)));
  const total = notes.reduce((sum, note) => sum + note.lines.length, 0);
  const perColumn = Math.ceil(total / count);
  const columns: Note[][] = [[]];
  let used = 0;
  for (const note of notes) {
    const current = columns[columns.length - 1] ?? [];
    if (used > 0 && used + note.lines.length > perColumn && columns.length < count) {
      columns.push([note]);
      used = note.lines.length;
    } else {
      current.push(note);
      used += note.lines.length;
    }
  }
  const lines = Math.max(
    ...columns.map((column) => column.reduce((sum, note) => sum + note.lines.length, 0)),
  );
  const height =
    notes.length === 0 ? 0 : lineHeight(TYPE.heading - 2) + lines * lineHeight(TYPE.note) + 2;
  return { columns, height };
}

function placeNotes(notes: readonly Note[], area: Area): Sheet['notes'] {
  if (notes.length === 0) return undefined;
  const { columns, height } = noteColumns(notes, area.width);
  return {
    top: area.y + area.height - LEGEND_HEIGHT - height,
    columns: columns.map((column, i) => ({
      x: area.x + i * (NOTE_COLUMN + COLUMN_GAP),
      width: NOTE_COLUMN,
      notes: column,
    })),
  };
}

/**
 * One page of the diagram: `region` of the canvas drawn at `scale` into `area` (centred across,
 * from the top), boxes of `members` with their text, links routed around every box, badges on
 * the links whose labels the sheet lists.
 */
function buildSheet(
  ctx: Context,
  kind: Sheet['kind'],
  members: ReadonlySet<string>,
  region: Rect,
  area: Area,
  scale: number,
): Omit<Sheet, 'page' | 'regions'> {
  const { diagram, measure } = ctx;
  const withText = kind !== 'overview';
  const left = area.x + (area.width - region.width * scale) / 2;
  const toPage = (p: Position): Position => ({
    x: left + (p.x - region.x) * scale,
    y: area.y + (p.y - region.y) * scale,
  });
  const pageBox = (r: Rect): Box => ({
    ...toPage(r),
    width: r.width * scale,
    height: r.height * scale,
  });
  const view: Rect = {
    x: region.x - (left - area.x) / scale,
    y: region.y,
    width: area.width / scale,
    height: area.height / scale,
  };

  // Boxes as tall as their text (in canvas units), the others as on the canvas.
  const cards = new Map<string, Rect>();
  const texts = new Map<string, NonNullable<PlacedNode['text']>>();
  for (const node of diagram.nodes) {
    if (withText && rectsOverlap(node, view)) {
      const { text, height, width } = sizedNode(
        node,
        ctx.room.get(node.id) ?? node,
        scale,
        measure,
      );
      cards.set(node.id, { x: node.x, y: node.y, width, height: height / scale });
      texts.set(node.id, text);
    } else cards.set(node.id, node);
  }
  const nodes: PlacedNode[] = diagram.nodes.flatMap((node) => {
    const card = cards.get(node.id);
    if (!card || !rectsOverlap(card, view)) return [];
    const text = texts.get(node.id);
    const whole = contains(view, card);
    return [
      { id: node.id, box: pageBox(card), tone: node.tone, ...(text && whole ? { text } : {}) },
    ];
  });

  const groups: PlacedGroup[] = diagram.groups.flatMap((group) => {
    const frame = frameBounds(group.members.flatMap((id) => cards.get(id) ?? []));
    if (!frame || !rectsOverlap(frame, view)) return [];
    const box = pageBox(frame);
    // The name goes in the frame's top-left corner, when that is on this page and it fits whole.
    const corner = { x: frame.x, y: frame.y, width: 1, height: FRAME_PADDING.top };
    const room = box.width - 2 * FRAME_PADDING.side * scale;
    const title = measure.wrap(group.title.toUpperCase(), Math.max(room, 1), TYPE.group, true);
    const fits = title.length === 1 && lineHeight(TYPE.group) <= FRAME_PADDING.top * scale * 0.9;
    return [{ box, ...(fits && contains(view, corner) ? { title } : {}) }];
  });

  // Routes: around a box in the way (the canvas's rule), else along clear channels.
  const badgeSize = (number: number) => ({
    width: (String(number).length * 0.55 * TYPE.badge * PT_TO_MM + 1.6) / scale,
    height: (lineHeight(TYPE.badge) + 0.2) / scale,
  });
  // Links far from this page cannot reach it: they are left out of the work.
  const reach = {
    x: view.x - 1500,
    y: view.y - 1500,
    width: view.width + 3000,
    height: view.height + 3000,
  };
  const near = (id: string) => {
    const card = cards.get(id);
    return card !== undefined && rectsOverlap(card, reach);
  };
  const requests: LinkRequest[] = diagram.links.flatMap((link, i) =>
    link.from !== link.to && near(link.from) && near(link.to)
      ? [
          {
            id: String(i),
            from: link.from,
            to: link.to,
            labelSize: badgeSize(ctx.numbers.get(i) ?? 0),
          },
        ]
      : [],
  );
  const laidOut = layoutLinks(cards, requests);
  const allCards = [...cards.values()].filter((card) => rectsOverlap(card, reach));
  const badges: Box[] = [];
  const links: PlacedLink[] = requests.flatMap((request) => {
    const i = Number(request.id);
    const link = diagram.links[i];
    const from = cards.get(request.from);
    const to = cards.get(request.to);
    if (!link || !from || !to) return [];
    const layout = laidOut.get(request.id);
    const around = unionOf([from, to]) ?? from;
    const others = allCards.filter(
      (card) => card !== from && card !== to && rectsOverlap(card, around, 3 * card.width),
    );
    const lane = layout?.lane ?? 0;
    let points: readonly Position[] = linkRoute(from, to, layout?.around, lane).points;
    if (routeCrosses(points, others)) {
      const clear = clearRoute(from, to, others, ROUTE_GAP);
      // A link and its reverse keep apart on a way round too.
      if (clear) points = lane === 0 ? clear : offsetRoute(clear, lane);
    }
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const extent = {
      x: Math.min(...xs),
      y: Math.min(...ys),
      width: Math.max(...xs) - Math.min(...xs),
      height: Math.max(...ys) - Math.min(...ys),
    };
    if (!rectsOverlap(extent, view, 1)) return [];
    const number = ctx.numbers.get(i);
    const listed =
      withText && number !== undefined && (members.has(link.from) || members.has(link.to));
    const placed: PlacedLink = {
      from: link.from,
      to: link.to,
      kind: link.kind,
      points: points.map(toPage),
    };
    if (!listed || number === undefined) return [placed];
    // The badge: first spot along the line, from the canvas's choice outwards, that lies on the
    // page and covers no box and no other badge; failing that, the first on the page.
    const size = badgeSize(number);
    const fractions = [
      ...[layout?.labelAt ?? 0.5, 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88],
      // A link to another part: somewhere near its end on this page.
      ...Array.from({ length: 24 }, (_, k) => [0.08 - k * 0.003, 0.92 + k * 0.003]).flat(),
    ];
    // Spots are tried in turn and the first clear one taken: most links take their first.
    let box: Box | undefined;
    let firstOnPage: Box | undefined;
    for (const fraction of fractions) {
      const candidate = pageBox(labelBox(pointAlong(points, fraction), size));
      if (!contains(area, candidate)) continue;
      firstOnPage ??= candidate;
      if (
        !nodes.some((node) => rectsOverlap(node.box, candidate)) &&
        !badges.some((other) => rectsOverlap(other, candidate, 0.4))
      ) {
        box = candidate;
        break;
      }
    }
    box ??= firstOnPage;
    if (!box) return [placed];
    badges.push(box);
    return [{ ...placed, badge: { number, box } }];
  });
  return { kind, clip: area, scale, nodes, groups, links, notes: undefined };
}

/**
 * Cuts boxes sorted along one axis into strips no longer than `limit` canvas units (frames
 * included), each as long as it can be: the sheets of a poster, fitted to the content.
 */
function strips(nodes: readonly DiagramNode[], acrossX: boolean, limit: number): DiagramNode[][] {
  const start = (node: DiagramNode) => (acrossX ? node.x : node.y);
  const size = (node: DiagramNode) => (acrossX ? node.width : node.height);
  const frame = acrossX ? 2 * FRAME_PADDING.side : FRAME_PADDING.top + FRAME_PADDING.bottom;
  const out: DiagramNode[][] = [];
  let from = Number.NEGATIVE_INFINITY;
  for (const node of [...nodes].sort((a, b) => start(a) - start(b))) {
    const current = out[out.length - 1];
    if (current && start(node) + size(node) - from + frame <= limit) current.push(node);
    else {
      out.push([node]);
      from = start(node);
    }
  }
  return out;
}

/**
 * Splits the boxes into parts each of which can be drawn on a page at a readable scale: rows
 * of a page's height first, then each row into pieces of a page's width, in reading order;
 * halves where that still does not fit (boxes spread wider than their slots).
 */
function splitParts(
  nodes: readonly DiagramNode[],
  fits: (members: readonly DiagramNode[]) => boolean,
  limit: { width: number; height: number },
  depth = 0,
): DiagramNode[][] {
  if (nodes.length <= 1 || fits(nodes)) return [[...nodes]];
  if (depth < 2) {
    const acrossX = depth === 1;
    const cut = strips(nodes, acrossX, acrossX ? limit.width : limit.height);
    if (cut.length > 1 || depth === 0) {
      return cut.flatMap((strip) => splitParts(strip, fits, limit, depth + 1));
    }
  }
  const region = regionOf(nodes);
  const acrossX = region.width / limit.width >= region.height / limit.height;
  const centre = (node: DiagramNode) =>
    acrossX ? node.x + node.width / 2 : node.y + node.height / 2;
  const sorted = [...nodes].sort((a, b) => centre(a) - centre(b));
  const half = Math.ceil(sorted.length / 2);
  return [
    ...splitParts(sorted.slice(0, half), fits, limit, 2),
    ...splitParts(sorted.slice(half), fits, limit, 2),
  ];
}

/**
 * Lays the diagram out on pages: whole on the first page when every box can hold its text
 * there; otherwise an overview with numbered frames on the first page, an index of functions →
 * part and page, and one page per part, drawn as large as the page allows.
 */
export function layoutDiagram(
  diagram: Diagram,
  measureText: Measure,
  pages: DiagramPages,
): DiagramLayout | undefined {
  if (diagram.nodes.length === 0) return undefined;
  const measure = remembered(measureText);
  const numbers = new Map<number, number>();
  diagram.links.forEach((link, i) => {
    if (link.label !== '' && link.from !== link.to) numbers.set(i, numbers.size + 1);
  });
  const ctx: Context = {
    diagram,
    measure,
    byId: new Map(diagram.nodes.map((node) => [node.id, node])),
    numbers,
    room: roomFor(
      diagram.nodes,
      new Map(diagram.groups.flatMap((group) => group.members.map((id) => [id, group.id]))),
    ),
    partOf: new Map(),
  };
  const readable = minimumScale(diagram.nodes, ctx.room, measure);
  const maxScale = Math.max(MAX_SCALE, readable);
  const below = (area: Area, height: number): Area => ({ ...area, height: area.height - height });

  const allIds = new Set(diagram.nodes.map((node) => node.id));
  const allNotes = notesFor(ctx, allIds);
  const sizedAt = (node: DiagramNode, scale: number): Rect => {
    const sized = sizedNode(node, ctx.room.get(node.id) ?? node, scale, measure);
    return { x: node.x, y: node.y, width: sized.width, height: sized.height / scale };
  };
  /**
   * The region and scale at which `members` fill `area`, their boxes sized at that scale lying
   * inside it; none when that takes a scale below the readable one.
   */
  const fitting = (members: readonly DiagramNode[], area: Area) => {
    let scale = Math.min(fitScale(regionOf(members), area), maxScale);
    for (let round = 0; round < 8 && scale >= readable; round++) {
      const region = regionOf(members.map((node) => sizedAt(node, scale)));
      const next = Math.min(fitScale(region, area), maxScale);
      if (next >= scale - 1e-9) return { region, scale };
      // A little below the fit: boxes grow as the scale falls, and this settles in a few rounds.
      scale = next * 0.99;
    }
    return undefined;
  };
  const whole = regionOf(diagram.nodes);
  // Whole below the section's heading if it is readable there, else whole on the next page.
  const places = [
    { page: pages.firstPage, area: pages.first },
    { page: pages.firstPage + 1, area: pages.page },
  ];
  for (const { page, area } of places) {
    const drawing = below(area, LEGEND_HEIGHT + noteColumns(allNotes, area.width).height);
    const fit = fitting(diagram.nodes, drawing);
    if (!fit) continue;
    const sheet = buildSheet(ctx, 'whole', allIds, fit.region, drawing, fit.scale);
    return {
      sheets: [{ ...sheet, page, regions: [], notes: placeNotes(allNotes, area) }],
      index: [],
    };
  }

  // Parts: the area of a part's page depends on how many labels it lists.
  const partArea = (members: readonly DiagramNode[]) => {
    const notes = notesFor(ctx, new Set(members.map((node) => node.id)));
    const height = CAPTION_HEIGHT + LEGEND_HEIGHT + noteColumns(notes, pages.page.width).height;
    return { ...below(pages.page, height), y: pages.page.y + CAPTION_HEIGHT };
  };
  const parts = splitParts(
    diagram.nodes,
    (members) => fitting(members, partArea(members)) !== undefined,
    {
      width: pages.page.width / readable,
      // A part's page also holds its heading, the legend and a few link labels.
      height: (pages.page.height - CAPTION_HEIGHT - LEGEND_HEIGHT - 20) / readable,
    },
  );
  parts.forEach((members, i) => {
    for (const node of members) ctx.partOf.set(node.id, i + 1);
  });
  // Split until each fits: a single box always does.
  const fits = parts.map((members) => {
    const area = partArea(members);
    const fit = fitting(members, area) ?? {
      region: regionOf(members.map((node) => sizedAt(node, readable))),
      scale: readable,
    };
    return { ...fit, area };
  });

  const index = layoutIndex(diagram, measure, pages, ctx.partOf);
  const firstPartPage = pages.firstPage + 1 + index.pageCount;

  const caption = measure.wrap(diagram.text.overview, pages.first.width, TYPE.note, false);
  const captionHeight = caption.length * lineHeight(TYPE.note) + 2;
  const overviewArea = below(pages.first, LEGEND_HEIGHT + captionHeight);
  const overviewScale = Math.min(fitScale(whole, overviewArea), maxScale);
  const overview = buildSheet(ctx, 'overview', allIds, whole, overviewArea, overviewScale);
  const left = overviewArea.x + (overviewArea.width - whole.width * overviewScale) / 2;
  const regions = fits.map(({ region: r }, i) => {
    return {
      part: i + 1,
      box: {
        x: left + (r.x - whole.x) * overviewScale,
        y: overviewArea.y + (r.y - whole.y) * overviewScale,
        width: r.width * overviewScale,
        height: r.height * overviewScale,
      },
    };
  });
  const sheets: Sheet[] = [
    {
      ...overview,
      page: pages.firstPage,
      regions,
      caption: { lines: caption, top: overviewArea.y + overviewArea.height + 1 },
    },
  ];
  fits.forEach(({ area, region, scale }, i) => {
    const ids = new Set((parts[i] ?? []).map((node) => node.id));
    const notes = notesFor(ctx, ids);
    sheets.push({
      ...buildSheet(ctx, 'part', ids, region, area, scale),
      part: i + 1,
      page: firstPartPage + i,
      regions: [],
      notes: placeNotes(notes, { ...pages.page, y: pages.page.y }),
    });
  });
  return { sheets, index: index.pages(firstPartPage) };
}

/** The index of functions → part and page, in columns over as many pages as it needs. */
function layoutIndex(
  diagram: Diagram,
  measure: Measure,
  pages: DiagramPages,
  partOf: ReadonlyMap<string, number>,
) {
  const { page } = pages;
  const columnCount = Math.max(
    1,
    Math.floor((page.width + COLUMN_GAP) / (NOTE_COLUMN + COLUMN_GAP)),
  );
  const columnWidth = (page.width - (columnCount - 1) * COLUMN_GAP) / columnCount;
  const placeWidth = 26;
  const rows = diagram.nodes.map((node) => ({
    id: node.id,
    title: measure.wrap(node.title, columnWidth - placeWidth - 2, TYPE.note, false),
    part: partOf.get(node.id) ?? 1,
  }));
  const step = lineHeight(TYPE.note);
  const top = INDEX_TOP;
  const perColumn = page.height - top;
  const laid: { page: number; column: number; y: number; row: (typeof rows)[number] }[] = [];
  let pageIndex = 0;
  let column = 0;
  let used = 0;
  for (const row of rows) {
    const height = row.title.length * step + 0.8;
    if (used > 0 && used + height > perColumn) {
      column += 1;
      used = 0;
      if (column >= columnCount) {
        column = 0;
        pageIndex += 1;
      }
    }
    laid.push({ page: pageIndex, column, y: page.y + top + used, row });
    used += height;
  }
  const pageCount = pageIndex + 1;
  return {
    pageCount,
    pages: (firstPartPage: number): IndexPage[] =>
      Array.from({ length: pageCount }, (_, p) => ({
        page: pages.firstPage + 1 + p,
        columns: Array.from({ length: columnCount }, (_, c) => ({
          x: page.x + c * (columnWidth + COLUMN_GAP),
          width: columnWidth,
          rows: laid
            .filter((entry) => entry.page === p && entry.column === c)
            .map(({ row, y }) => {
              const partPage = firstPartPage + row.part - 1;
              return {
                ...row,
                y,
                page: partPage,
                place: diagram.text.indexEntry
                  .replace('{part}', String(row.part))
                  .replace('{page}', String(partPage)),
              };
            }),
        })),
      })).map((indexPage) => ({
        ...indexPage,
        columns: indexPage.columns.filter((c) => c.rows.length > 0),
      })),
  };
}
