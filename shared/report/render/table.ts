import type { Table } from '../types';
import type { Flow } from './flow';
import { FONT_FAMILY } from './fonts';
import type { Pen } from './pen';
import { COLOR, lineHeight, SIZE, TONE_COLOR, type Rgb } from './theme';

const CELL_SIZE = 8.5;
const PADDING = { top: 1.6, bottom: 1.6, left: 1.8, right: 1.8 };
const V_PADDING = PADDING.top + PADDING.bottom;
/** Line spacing in a cell, as a multiple of the type size (jsPDF's default). */
const CELL_LEADING = 1.15;
/** Where the first baseline sits below the top of the text box, in type sizes. */
const BASELINE = 2 - CELL_LEADING;

/** A table's header and first rows: kept together, and with the heading above the table. */
export const TABLE_LEAD_HEIGHT = lineHeight(CELL_SIZE) * 3 + PADDING.top * 6;

interface Cell {
  lines: readonly string[];
  bold: boolean;
  color: Rgb;
}

interface Row {
  cells: Cell[];
  /** Type size in points. */
  size: number;
  height: number;
  /** The hairline under the row (over it for the totals). */
  rule: { color: Rgb; width: number; over?: boolean };
  valign: 'top' | 'bottom';
  anchor?: string | undefined;
}

interface Grid {
  flow: Flow;
  pen: Pen;
  table: Table;
  widths: number[];
  head: Row;
}

/** Points per mm, as jsPDF converts them. */
const PT_PER_MM = 72 / 25.4;
/** Line spacing in a cell of `size` pt, in mm. */
const cellLine = (size: number) => (size / PT_PER_MM) * CELL_LEADING;
const heightOf = (cells: readonly Cell[], size: number) =>
  Math.max(...cells.map((cell) => cell.lines.length)) * cellLine(size) + V_PADDING;

/**
 * A table in the report's style (hairlines, no vertical rules, accent header, bold totals), the
 * header repeated on every page the table continues to and a row moved whole to the next page
 * (only a row taller than a page is split). Every cell is broken into lines here, as all report
 * text is (numbers kept with their units, long words hyphenated); a column with `maxLines` ends
 * with an ellipsis after its last line. The geometry is that of jspdf-autotable, which drew
 * these tables before: most of the report's tables have a row or two, and setting one up there
 * cost more than drawing it (a quarter of an export).
 */
export function drawTable(flow: Flow, pen: Pen, table: Table): void {
  if (table.rows.length === 0) {
    if (table.empty.trim() === '') return;
    flow.ensure(lineHeight(SIZE.body) + 2);
    flow.y += pen.paragraph(table.empty, flow.left, flow.y, flow.width, {
      size: SIZE.body,
      color: COLOR.muted,
    });
    return;
  }
  // Keep the header with at least its first rows.
  flow.ensure(TABLE_LEAD_HEIGHT);
  const weights = table.columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = table.columns.map((column) => (flow.width * column.weight) / weights);
  const cells = (
    texts: readonly string[],
    size: number,
    style: (i: number) => { bold: boolean; color: Rgb },
  ): Cell[] =>
    table.columns.map((column, i) => {
      const { bold, color } = style(i);
      pen.style({ size, weight: bold ? 'bold' : 'normal' });
      const room = (widths[i] ?? 0) - PADDING.left - PADDING.right - 0.5;
      return { lines: pen.wrap(texts[i] ?? '', room, column.maxLines), bold, color };
    });
  const row = (cellList: Cell[], size: number, rest: Omit<Row, 'cells' | 'size' | 'height'>) => ({
    cells: cellList,
    size,
    height: heightOf(cellList, size),
    ...rest,
  });
  const accent = () => ({ bold: true, color: COLOR.accent });
  const head = row(
    cells(
      table.columns.map((column) => column.title),
      SIZE.small,
      accent,
    ),
    SIZE.small,
    { rule: { color: COLOR.accent, width: 0.4 }, valign: 'bottom' },
  );
  const toneColumn = table.toneColumn ?? 0;
  const body = table.rows.map((tableRow) => {
    // A toned row's tone cell is bold, in the tone's colour.
    const tone = tableRow.tone && tableRow.tone !== 'neutral' ? tableRow.tone : undefined;
    const style = (i: number) =>
      tone && i === toneColumn
        ? { bold: true, color: TONE_COLOR[tone] }
        : { bold: false, color: COLOR.ink };
    return row(cells(tableRow.cells, CELL_SIZE, style), CELL_SIZE, {
      rule: { color: COLOR.rule, width: 0.2 },
      valign: 'top',
      anchor: tableRow.anchor,
    });
  });
  const ink = () => ({ bold: true, color: COLOR.ink });
  const foot = table.total
    ? row(cells(table.total, CELL_SIZE, ink), CELL_SIZE, {
        rule: { color: COLOR.ink, width: 0.3, over: true },
        valign: 'top',
      })
    : undefined;

  const grid: Grid = { flow, pen, table, widths, head };
  const footHeight = foot?.height ?? 0;
  if (head.height + footHeight > flow.room) nextPage(grid, false);
  drawRow(grid, head);
  body.forEach((bodyRow, i) => {
    drawBodyRow(grid, bodyRow, i === body.length - 1 ? footHeight : 0, footHeight);
  });
  if (foot) drawRow(grid, foot);
  flow.y += 1;
}

/**
 * A body row where it fits, else on the next page under the repeated header; a row taller than
 * a page takes the lines that fit here and continues on the next.
 */
function drawBodyRow(grid: Grid, row: Row, below: number, footHeight: number): void {
  const { flow } = grid;
  const room = flow.room - below;
  if (row.height <= room) return drawRow(grid, row);
  const page = flow.bottom - flow.top - grid.head.height - footHeight;
  const line = cellLine(row.size);
  if (line + V_PADDING < room && row.height > page) {
    const fit = Math.max(0, Math.floor((room - V_PADDING) / line));
    const part = row.cells.map((cell) => ({ ...cell, lines: cell.lines.slice(0, fit) }));
    const rest = row.cells.map((cell) => ({ ...cell, lines: cell.lines.slice(fit) }));
    drawRow(grid, { ...row, cells: part, height: Math.min(heightOf(part, row.size), room) });
    row = { ...row, cells: rest, height: heightOf(rest, row.size), anchor: undefined };
  }
  nextPage(grid, true);
  drawBodyRow(grid, row, below, footHeight);
}

/** Continues on the next page (the one already there, or a new one), under the header. */
function nextPage(grid: Grid, withHead: boolean): void {
  const { flow } = grid;
  const { pdf } = flow;
  const current = flow.page;
  if (current < pdf.getNumberOfPages()) pdf.setPage(current + 1);
  else pdf.addPage();
  flow.y = flow.top;
  if (withHead) drawRow(grid, grid.head);
}

function drawRow(grid: Grid, row: Row): void {
  const { flow, pen, table, widths } = grid;
  const { pdf } = flow;
  const size = row.size / PT_PER_MM;
  const step = size * CELL_LEADING;
  if (row.anchor !== undefined && !flow.anchors.has(row.anchor))
    flow.anchors.set(row.anchor, flow.page);
  let x = flow.left;
  row.cells.forEach((cell, i) => {
    const width = widths[i] ?? 0;
    const lines = cell.lines.filter((line) => line !== '');
    if (lines.length > 0) {
      pdf.setFont(FONT_FAMILY, cell.bold ? 'bold' : 'normal');
      pdf.setFontSize(row.size);
      pdf.setTextColor(cell.color[0], cell.color[1], cell.color[2]);
      let y =
        row.valign === 'top'
          ? flow.y + PADDING.top + size * BASELINE
          : flow.y + row.height - PADDING.bottom + size * BASELINE - cell.lines.length * step;
      if (table.columns[i]?.align === 'right') {
        for (const line of cell.lines) {
          const right = x + width - PADDING.right;
          if (line !== '') pen.writer.text(line, right - pdf.getStringUnitWidth(line) * size, y);
          y += step;
        }
      } else {
        pen.writer.text(cell.lines, x + PADDING.left, y);
      }
    }
    x += width;
  });
  const ruleY = row.rule.over ? flow.y : flow.y + row.height;
  pdf.setDrawColor(...row.rule.color);
  pdf.setLineWidth(row.rule.width);
  pdf.line(flow.left, ruleY, x, ruleY);
  flow.y += row.height;
}
