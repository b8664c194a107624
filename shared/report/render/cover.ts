import type { Cover } from '../types';
import type { Flow } from './flow';
import type { Pen } from './pen';
import { COLOR, lineHeight, SIZE } from './theme';

/** Page 1: what the report is about, for whom and when; no running header or footer. */
export function drawCover(flow: Flow, pen: Pen, cover: Cover): void {
  const { pdf } = flow;
  const x = flow.left;
  const width = flow.width;
  pdf.setFillColor(...COLOR.accent);
  pdf.rect(0, 0, flow.pageWidth, 6, 'F');
  pdf.rect(x, 52, 18, 1.4, 'F');

  let y = 58;
  pen.style({ size: SIZE.coverKicker, weight: 'bold', color: COLOR.accent });
  y += pen.lines([pen.fit(cover.kicker.toUpperCase(), width)], x, y, SIZE.coverKicker) + 4;
  y += pen.paragraph(cover.title, x, y, width, { size: SIZE.coverTitle, weight: 'bold' }, 4) + 3;
  if (cover.subtitle.trim() !== '') {
    pen.paragraph(cover.subtitle, x, y, width, { size: 14, color: COLOR.muted }, 2);
  }

  // Facts sit in the lower third, label above value, against a thin accent rule.
  const labelWidth = width;
  let fy = 190;
  pdf.setFillColor(...COLOR.accent);
  const factsHeight = cover.fields.length * (lineHeight(SIZE.small) + lineHeight(11) * 2 + 3);
  pdf.rect(x, fy, 0.6, Math.min(factsHeight, 70), 'F');
  for (const field of cover.fields) {
    pen.style({ size: SIZE.small, color: COLOR.muted });
    fy += pen.lines([pen.fit(field.label.toUpperCase(), labelWidth - 6)], x + 5, fy, SIZE.small);
    fy += pen.paragraph(field.value, x + 5, fy, labelWidth - 6, { size: 11 }, 2) + 3;
  }

  pdf.setDrawColor(...COLOR.rule);
  pdf.setLineWidth(0.2);
  pdf.line(x, flow.pageHeight - 24, flow.right, flow.pageHeight - 24);
  pen.paragraph(
    cover.note,
    x,
    flow.pageHeight - 21,
    width,
    { size: SIZE.tiny, color: COLOR.muted },
    3,
  );
}
