import type { jsPDF } from 'jspdf';
import { PAGE } from './theme';

/** The writing position: the current page's content box and a cursor moving down it. */
export class Flow {
  y: number = PAGE.margin.top;
  /** The page each section id and anchored table row was drawn on (see PageRef). */
  readonly anchors = new Map<string, number>();
  /** Drawing that waits for every page to be known: references to pages further on. */
  readonly later: (() => void)[] = [];
  /**
   * Drawing on one page reserved earlier (the front page): no page breaks, since a new page
   * would land at the end of the document.
   */
  pinned = false;

  constructor(readonly pdf: jsPDF) {}

  get pageWidth(): number {
    return this.pdf.internal.pageSize.getWidth();
  }

  get pageHeight(): number {
    return this.pdf.internal.pageSize.getHeight();
  }

  get left(): number {
    return PAGE.margin.left;
  }

  get right(): number {
    return this.pageWidth - PAGE.margin.right;
  }

  get width(): number {
    return this.right - this.left;
  }

  get top(): number {
    return PAGE.margin.top;
  }

  get bottom(): number {
    return this.pageHeight - PAGE.margin.bottom;
  }

  get page(): number {
    return this.pdf.getCurrentPageInfo().pageNumber;
  }

  /** Space left on the current page below the cursor. */
  get room(): number {
    return this.bottom - this.y;
  }

  /** True when nothing has been written on this page yet. */
  get atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  newPage(orientation: 'portrait' | 'landscape' = 'portrait'): void {
    if (this.pinned) return;
    this.pdf.addPage('a4', orientation);
    this.y = this.top;
  }

  /** Starts a new page unless `height` still fits below the cursor (or the page is empty). */
  ensure(height: number): void {
    if (height > this.room && !this.atTop && !this.pinned) this.newPage();
  }

  /** Vertical space, dropped at the top of a page where it would only push content down. */
  gap(height: number): void {
    if (!this.atTop) this.y = Math.min(this.y + height, this.bottom);
  }

  /** Continues on page `page` (already in the document) from its top, without page breaks. */
  pinTo(page: number): void {
    this.pdf.setPage(page);
    this.y = this.top;
    this.pinned = true;
  }
}
