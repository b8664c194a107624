import { autoTable, type CellHookData, type Styles } from 'jspdf-autotable';
import type { Table } from '../types';
import { FONT_FAMILY } from './fonts';
import type { Flow } from './flow';
import type { Pen } from './pen';
import { COLOR, lineHeight, PAGE, SIZE, TONE_COLOR, type Rgb } from './theme';

const CELL_SIZE = 8.5;
const PADDING = { top: 1.6, bottom: 1.6, left: 1.8, right: 1.8 };

/** A table's header and first rows: kept together, and with the heading above the table. */
export const TABLE_LEAD_HEIGHT = lineHeight(CELL_SIZE) * 3 + PADDING.top * 6;

const rgb = (color: Rgb): [number, number, number] => [color[0], color[1], color[2]];

/**
 * A table in the report's style (hairlines, no vertical rules, accent header), drawn by
 * jspdf-autotable with the embedded font for head, body and totals; the header repeats on every
 * page it continues to.
 */
export function drawTable(flow: Flow, pen: Pen, table: Table): void {
  const { pdf } = flow;
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
  const columnStyles: Record<number, Partial<Styles>> = {};
  table.columns.forEach((column, i) => {
    columnStyles[i] = { cellWidth: (flow.width * column.weight) / weights, halign: column.align };
  });
  const toneColumn = table.toneColumn ?? 0;
  // Every cell is broken into lines here, as all report text is (numbers kept with their
  // units, long words hyphenated), so jspdf-autotable never cuts a word itself; a column with
  // `maxLines` ends with an ellipsis after its last line.
  const wrapCells = (cells: readonly string[], size: number, bold: (i: number) => boolean) =>
    cells.map((cell, i) => {
      const column = table.columns[i];
      if (!column) return pen.clean(cell);
      pen.style({ size, weight: bold(i) ? 'bold' : 'normal' });
      const width = (flow.width * column.weight) / weights - PADDING.left - PADDING.right - 0.5;
      return pen.wrap(cell, width, column.maxLines).join('\n');
    });
  autoTable(pdf, {
    startY: flow.y,
    margin: {
      top: PAGE.margin.top,
      bottom: PAGE.margin.bottom,
      left: flow.left,
      right: PAGE.margin.right,
    },
    theme: 'plain',
    tableWidth: flow.width,
    rowPageBreak: 'avoid',
    showHead: 'everyPage',
    head: [
      wrapCells(
        table.columns.map((column) => column.title),
        SIZE.small,
        () => true,
      ),
    ],
    // A toned row's tone cell is bold (didParseCell), so it is measured bold.
    body: table.rows.map((row) =>
      wrapCells(
        row.cells,
        CELL_SIZE,
        (i) => i === toneColumn && row.tone !== undefined && row.tone !== 'neutral',
      ),
    ),
    foot: table.total ? [wrapCells(table.total, CELL_SIZE, () => true)] : [],
    showFoot: 'lastPage',
    styles: {
      font: FONT_FAMILY,
      fontStyle: 'normal',
      fontSize: CELL_SIZE,
      textColor: rgb(COLOR.ink),
      cellPadding: PADDING,
      overflow: 'linebreak',
      valign: 'top',
      lineColor: rgb(COLOR.rule),
      lineWidth: { bottom: 0.2 },
    },
    headStyles: {
      font: FONT_FAMILY,
      fontStyle: 'bold',
      fontSize: SIZE.small,
      textColor: rgb(COLOR.accent),
      lineColor: rgb(COLOR.accent),
      lineWidth: { bottom: 0.4 },
      valign: 'bottom',
    },
    footStyles: {
      font: FONT_FAMILY,
      fontStyle: 'bold',
      textColor: rgb(COLOR.ink),
      lineColor: rgb(COLOR.ink),
      lineWidth: { top: 0.3 },
    },
    columnStyles,
    didDrawCell: (data: CellHookData) => {
      if (data.section !== 'body' || data.column.index !== 0) return;
      const anchor = table.rows[data.row.index]?.anchor;
      if (anchor !== undefined && !flow.anchors.has(anchor)) flow.anchors.set(anchor, flow.page);
    },
    didParseCell: (data: CellHookData) => {
      // The totals and head rows take the column's alignment too.
      const column = table.columns[data.column.index];
      if (column) data.cell.styles.halign = column.align;
      if (data.section !== 'body' || data.column.index !== toneColumn) return;
      const tone = table.rows[data.row.index]?.tone;
      if (tone && tone !== 'neutral') {
        data.cell.styles.textColor = rgb(TONE_COLOR[tone]);
        data.cell.styles.fontStyle = 'bold';
      }
    },
  });
  // The documented way to learn where the table ended; jsPDF's typings do not declare it.
  const last = (pdf as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable;
  flow.y = (last?.finalY ?? flow.y) + 1;
}
