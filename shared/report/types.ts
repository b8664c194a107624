import type { Language } from '../i18n/language';
import type { LinkKind } from '../model';

/**
 * The report as data: every string is final (translated, formatted for the locale), so the PDF
 * renderer only lays out and draws, and tests can compare the model with the analysis directly.
 */
export interface ReportModel {
  language: Language;
  meta: ReportMeta;
  labels: ReportLabels;
  cover: Cover;
  sections: Section[];
}

export interface ReportMeta {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  /** ISO date-time of the report; also the PDF's creation date. */
  createdAt: string;
}

/** Strings the renderer needs on every page. */
export interface ReportLabels {
  contents: string;
  /** Page footer template with {page} and {pages}. */
  pageOf: string;
  /** Running header (left, right) and the footer's left part; the page number is on the right. */
  headerLeft: string;
  headerRight: string;
  footerLeft: string;
  /** A page reference: template with {page}. */
  pageRef: string;
}

export interface Cover {
  kicker: string;
  title: string;
  subtitle: string;
  fields: Fact[];
  note: string;
}

export type Tone = 'neutral' | 'good' | 'bad' | 'warning';

export interface Fact {
  label: string;
  value: string;
  tone?: Tone;
}

export interface Section {
  id: string;
  /**
   * 1: a chapter in the contents and outline; 2: an entry under the previous chapter; 3: under
   * the previous entry (a scenario's chapters are 2, their functions 3).
   */
  level: 1 | 2 | 3;
  title: string;
  /** Start on a fresh page; otherwise the section follows the previous one when there is room. */
  newPage: boolean;
  /**
   * Drawn on the page right after the cover, before the contents, once every other page is
   * known, so it can refer to them; it must fit one page.
   */
  front?: boolean;
  /**
   * The running header's left part from this section's first page on (a scenario's part names
   * the scenario); the report's own (labels.headerLeft) otherwise. Set it only on a section
   * that starts a page.
   */
  runningHead?: string;
  /** A wide diagram gets a landscape page. */
  orientation?: 'portrait' | 'landscape';
  blocks: Block[];
}

export type Block =
  | { kind: 'heading'; text: string }
  /** `lead`: the opening statement of a page, set larger. */
  | { kind: 'paragraph'; text: string; muted?: boolean; lead?: boolean }
  | { kind: 'metrics'; items: Metric[] }
  /** Label–value pairs; with `columns: 2` the first half on the left, the rest on the right. */
  | { kind: 'facts'; items: Fact[]; columns?: 1 | 2 }
  | { kind: 'list'; ordered: boolean; items: string[]; empty: string }
  | { kind: 'table'; table: Table }
  | { kind: 'callout'; tone: Tone; title: string; text: string }
  /** Lines that each refer to a page of the report (a section or a table row by its anchor). */
  | { kind: 'refs'; items: PageRef[] }
  | { kind: 'diagram'; diagram: Diagram };

export interface PageRef {
  text: string;
  /** A section id or a table row's anchor. */
  anchor: string;
  tone?: Tone;
}

export interface Metric {
  label: string;
  value: string;
  note?: string;
  tone?: Tone;
}

export interface Table {
  columns: Column[];
  rows: TableRow[];
  /** Shown in place of the table when it has no rows. */
  empty: string;
  /** A bold closing row (totals). */
  total?: string[];
  /** The cell that shows a row's tone (e.g. the severity column); the first by default. */
  toneColumn?: number;
}

export interface Column {
  title: string;
  align: 'left' | 'right';
  /** Relative share of the table width. */
  weight: number;
  /** Long cells are cut after this many lines (overview tables stay readable). */
  maxLines?: number;
}

export interface TableRow {
  cells: string[];
  tone?: Tone;
  /** A name other blocks refer to this row's page by (see PageRef). */
  anchor?: string;
}

/** The canvas, in canvas units (the renderer scales it to the page). */
export interface Diagram {
  nodes: DiagramNode[];
  links: DiagramLink[];
  groups: DiagramGroup[];
  legend: { kind: LinkKind; label: string }[];
  empty: string;
  text: DiagramText;
}

/** Words the diagram needs once it is laid out; {placeholders} are filled with page numbers. */
export interface DiagramText {
  /** Heading of a part's page: {part} and {parts}. */
  part: string;
  /** Caption under the overview of a split diagram. */
  overview: string;
  index: string;
  indexFunction: string;
  indexPlace: string;
  /** One index entry: {part} and {page}. */
  indexEntry: string;
  /** Title of the numbered list of link labels. */
  notes: string;
  /** A label whose other end is on another part: {label}, {function} and {part}. */
  noteElsewhere: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A function's box: its place and size on the canvas, and what it says on paper. */
export interface DiagramNode extends Box {
  id: string;
  title: string;
  /** Owner, staff and cost, KPIs: one entry per line, wrapped to the box. */
  lines: string[];
  /** Pays / does not pay / not enough data, in words (the tone says it in colour too). */
  status: string;
  tone: Tone;
}

export interface DiagramLink {
  from: string;
  to: string;
  kind: LinkKind;
  label: string;
}

export interface DiagramGroup {
  id: string;
  title: string;
  /** The functions in the department: its frame is drawn around their boxes. */
  members: string[];
}
