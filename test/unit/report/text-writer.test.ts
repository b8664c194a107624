import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportFonts } from '../../../shared/report';
import { tuneEngine } from '../../../shared/report/render/engine';
import { FONT_FAMILY, registerFonts } from '../../../shared/report/render/fonts';
import { TextWriter, threeDecimals, type Align } from '../../../shared/report/render/text-writer';
import { colourRow, testFonts } from './fixtures';

let fonts: ReportFonts;
beforeAll(async () => {
  fonts = await testFonts();
});

/** Lines that exercise the writer and its hand-overs to jsPDF (right-to-left, a line break). */
const LINES: readonly (string | readonly string[])[] = [
  'Ключевые клиенты 1 — 413 500 ₽, ≥ 30 %',
  ['Key accounts: 9,5 FTE', '№ 5 «quotes»', '', 'Ünïcödé'],
  ['Одна строка'],
  [''],
  '',
  [],
  'مرحبا بالعالم',
  'two\nlines',
  ['a \\s+ b', 'plain'],
];

type Text = (
  text: string | readonly string[],
  x: number,
  y: number,
  align: Align,
  factor?: number,
) => void;

function draw(pdf: jsPDF, text: Text): Uint8Array {
  for (const weight of ['normal', 'bold'] as const) {
    pdf.setFont(FONT_FAMILY, weight);
    pdf.setFontSize(weight === 'bold' ? 11 : 7.3);
    LINES.forEach((lines, i) => {
      colourRow(pdf, i, () => text(lines, 60.123, 20 + i * 6, 'left'));
      text(lines, 20, 20.3 + i * 6.7, 'left');
      text(lines, 190.05, 20 + i * 6, 'right', 1.35);
      text(lines, 105, 20 + i * 6, 'center');
    });
    pdf.addPage('a4', 'landscape');
    text(LINES[1] ?? '', 10, 10, 'center', 1.2);
    pdf.setPage(1);
    text(LINES[0] ?? '', 10, 280, 'right');
    pdf.setPage(2);
  }
  pdf.setCharSpace(0.5);
  text(LINES[1] ?? '', 10, 50, 'left');
  pdf.setCreationDate(new Date('2027-02-15T09:30:00.000Z'));
  pdf.setFileId('0123456789ABCDEF0123456789ABCDEF');
  return new Uint8Array(pdf.output('arraybuffer'));
}

function newDocument(): jsPDF {
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true, floatPrecision: 3 });
  tuneEngine(pdf);
  registerFonts(pdf, fonts);
  return pdf;
}

describe('the report’s text writer', () => {
  it('writes the same bytes as jsPDF’s text()', () => {
    const reference = newDocument();
    const expected = draw(reference, (text, x, y, align, lineHeightFactor) => {
      reference.text(typeof text === 'string' ? text : [...text], x, y, {
        align,
        lineHeightFactor,
      });
    });
    const tuned = newDocument();
    const writer = new TextWriter(tuned);
    const written = draw(tuned, (text, x, y, align, factor) => {
      writer.text(text, x, y, align, factor);
    });
    expect(Buffer.from(written).equals(Buffer.from(expected))).toBe(true);
  });

  it('writes numbers as jsPDF does at a precision of three', () => {
    const pdf = new jsPDF({ floatPrecision: 3 });
    const hpf = (pdf as unknown as { __private__: { hpf(n: number): string } }).__private__.hpf;
    for (const value of [0, 1, -1, 12.5, 3, 0.0004, -0.0004, 841.89, 1e-9, 123456.7891, -20.1005]) {
      expect(threeDecimals(value)).toBe(hpf(value));
    }
  });
});
