import type { Flow } from './flow';
import type { Pen } from './pen';
import { COLOR, lineHeight, SIZE } from './theme';

export interface ContentsEntry {
  level: 1 | 2 | 3;
  title: string;
  page: number;
}

const TITLE_HEIGHT = 16;
const ROW_HEIGHT: Readonly<Record<1 | 2 | 3, number>> = { 1: 8, 2: 5.6, 3: 5.6 };
const INDENT: Readonly<Record<1 | 2 | 3, number>> = { 1: 0, 2: 6, 3: 12 };

interface Placed {
  entry: ContentsEntry;
  sheet: number;
  y: number;
}

/**
 * Where each entry goes: every row is one line high (titles are shortened, never wrapped), so
 * the number of contents pages is known before the body is drawn and can be reserved.
 */
function place(entries: readonly ContentsEntry[], top: number, bottom: number): Placed[] {
  const placed: Placed[] = [];
  let sheet = 0;
  let y = top + TITLE_HEIGHT;
  for (const entry of entries) {
    const height = ROW_HEIGHT[entry.level];
    if (y + height > bottom) {
      sheet += 1;
      y = top;
    }
    placed.push({ entry, sheet, y });
    y += height;
  }
  return placed;
}

/** How many pages the contents take, and where on the last of them it ends. */
export function contentsExtent(
  entries: readonly ContentsEntry[],
  flow: Flow,
): { pages: number; end: number } {
  const last = place(entries, flow.top, flow.bottom).at(-1);
  return {
    pages: (last?.sheet ?? 0) + 1,
    end: last ? last.y + ROW_HEIGHT[last.entry.level] : flow.top + TITLE_HEIGHT,
  };
}

/** Fills the reserved pages starting at `firstPage`; each row links to its page. */
export function drawContents(
  flow: Flow,
  pen: Pen,
  title: string,
  entries: readonly ContentsEntry[],
  firstPage: number,
): void {
  const { pdf } = flow;
  pdf.setPage(firstPage);
  pen.style({ size: SIZE.sectionTitle, weight: 'bold' });
  pen.lines([pen.fit(title, flow.width)], flow.left, flow.top, SIZE.sectionTitle);
  for (const { entry, sheet, y } of place(entries, flow.top, flow.bottom)) {
    pdf.setPage(firstPage + sheet);
    const size = entry.level === 1 ? SIZE.body + 0.5 : SIZE.body;
    const weight = entry.level === 1 ? 'bold' : 'normal';
    const indent = INDENT[entry.level];
    const rowTop = y + (ROW_HEIGHT[entry.level] - lineHeight(size)) / 2;
    const number = String(entry.page);
    pen.style({ size, weight, color: COLOR.muted });
    const numberWidth = pen.width(number);
    pen.lines([number], flow.right, rowTop, size, 'right');
    pen.style({ size, weight, color: COLOR.ink });
    const text = pen.fit(entry.title, flow.width - indent - numberWidth - 12);
    pen.lines([text], flow.left + indent, rowTop, size);
    // Dotted leader between the title and the page number.
    const from = flow.left + indent + pen.width(text) + 2;
    const to = flow.right - numberWidth - 2;
    const baseline = rowTop + lineHeight(size) * 0.72;
    pdf.setDrawColor(...COLOR.faint);
    pdf.setLineWidth(0.2);
    pdf.setLineDashPattern([0.3, 1.2], 0);
    if (to > from) pdf.line(from, baseline, to, baseline);
    pdf.setLineDashPattern([], 0);
    pdf.link(flow.left, y, flow.width, ROW_HEIGHT[entry.level], { pageNumber: entry.page });
  }
}
