import type { ReportLabels } from '../types';
import type { Flow } from './flow';
import type { Pen } from './pen';
import { COLOR, PAGE, SIZE } from './theme';

/** Running header (its left part per page) and footer with "page n of m" on every page but the cover, drawn last. */
export function drawChrome(
  flow: Flow,
  pen: Pen,
  labels: ReportLabels,
  headerLeft: (page: number) => string,
): void {
  const { pdf } = flow;
  const pages = pdf.getNumberOfPages();
  for (let page = 2; page <= pages; page++) {
    pdf.setPage(page);
    const half = flow.width / 2 - 4;
    const header = PAGE.headerBaseline;
    const footer = flow.pageHeight - PAGE.footerBaseline;
    pen.style({ size: SIZE.tiny, color: COLOR.muted });
    pen.writer.text(pen.fit(headerLeft(page), half), flow.left, header);
    pen.writer.text(pen.fit(labels.headerRight, half), flow.right, header, 'right');
    pdf.setDrawColor(...COLOR.rule);
    pdf.setLineWidth(0.2);
    pdf.line(flow.left, header + 2, flow.right, header + 2);
    pen.writer.text(pen.fit(labels.footerLeft, half), flow.left, footer);
    const number = labels.pageOf.replace('{page}', String(page)).replace('{pages}', String(pages));
    pen.style({ size: SIZE.tiny, weight: 'bold', color: COLOR.ink });
    pen.writer.text(pen.clean(number), flow.right, footer, 'right');
  }
}
