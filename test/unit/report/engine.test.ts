import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportFonts } from '../../../shared/report';
import { tuneEngine } from '../../../shared/report/render/engine';
import { FONT_FAMILY, registerFonts } from '../../../shared/report/render/fonts';
import { colourRow, testFonts } from './fixtures';

let fonts: ReportFonts;
beforeAll(async () => {
  fonts = await testFonts();
});

/** Text that exercises every path: plain, signs, no glyph, right-to-left, jsPDF's `\s+` quirk. */
const TEXTS = [
  'Ключевые клиенты 1 — 413 500 ₽, ≥ 30 %',
  'Key accounts: 9,5 FTE № 5 «quotes»',
  'Ünïcödé ſ ﬁ',
  'مرحبا بالعالم',
  'שלום עולם',
  '中文 😀 text',
  'a \\s+ b',
  '',
];

function draw(pdf: jsPDF): Uint8Array {
  for (const weight of ['normal', 'bold'] as const) {
    pdf.setFont(FONT_FAMILY, weight);
    pdf.setFontSize(weight === 'bold' ? 11 : 9.5);
    TEXTS.forEach((text, i) => {
      // The same colour again (skipped by the tuned document), another, and one set inside a
      // saved graphics state that the restore takes back.
      colourRow(pdf, i, () => pdf.text(text, 60, 20 + i * 6));
      // jsPDF's colour is the one before the save again: this one must not be skipped.
      if (i === 4) pdf.setTextColor(0, 0, 255);
      pdf.text(text, 20, 20 + i * 6);
      pdf.text(text, 190, 20 + i * 6, { align: 'right' });
      pdf.text(`${pdf.getTextWidth(text)}`, 120, 20 + i * 6);
    });
    pdf.text(TEXTS, 20, 120, { lineHeightFactor: 1.35 });
    pdf.text(TEXTS, 190, 120, { align: 'center' });
    pdf.addPage();
  }
  pdf.setCreationDate(new Date('2027-02-15T09:30:00.000Z'));
  pdf.setFileId('0123456789ABCDEF0123456789ABCDEF');
  return new Uint8Array(pdf.output('arraybuffer'));
}

type Filters = (
  data: string,
  filters?: string | string[],
) => { data: string; reverseChain: string };
/** jsPDF's own stream filters, taken before any document is tuned. */
const api = (jsPDF as unknown as { API: { processDataByFilters: Filters } }).API;
const jsPdfsFilters = api.processDataByFilters;

const newDocument = () => new jsPDF({ unit: 'mm', format: 'a4', compress: true });

/** The font as jsPDF takes it on its own: the file as a binary string, parsed for this document. */
function jsPdfsOwnFonts(pdf: jsPDF): void {
  const file = (bytes: Uint8Array) => {
    let text = '';
    for (let i = 0; i < bytes.length; i += 8192)
      text += String.fromCharCode(...bytes.subarray(i, i + 8192));
    return text;
  };
  pdf.addFileToVFS('ReportSans-Regular.ttf', file(fonts.regular));
  pdf.addFont('ReportSans-Regular.ttf', FONT_FAMILY, 'normal');
  pdf.addFileToVFS('ReportSans-Bold.ttf', file(fonts.bold));
  pdf.addFont('ReportSans-Bold.ttf', FONT_FAMILY, 'bold');
}

describe('the report’s shortcuts through jsPDF', () => {
  it('write the same bytes as jsPDF’s own text pipeline and font subsetting', () => {
    // Twice: the second tuned document reuses the fonts parsed for the first.
    for (let run = 0; run < 2; run++) {
      const reference = newDocument();
      jsPdfsOwnFonts(reference);
      const tuned = newDocument();
      tuneEngine(tuned);
      registerFonts(tuned, fonts);
      expect(Buffer.from(draw(tuned)).equals(Buffer.from(draw(reference)))).toBe(true);
    }
  });

  it('compress streams to the same bytes as jsPDF’s own FlateEncode', () => {
    tuneEngine(newDocument());
    const tuned = api.processDataByFilters;
    expect(tuned).not.toBe(jsPdfsFilters);
    // Every byte value, over more than one block of the conversion, and nothing at all.
    const bytes = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 256));
    for (const data of [bytes.join(''), 'BT /F1 9.5 Tf ET', '']) {
      for (const filters of [['FlateEncode'], '/FlateEncode', ['ASCIIHexEncode', 'FlateEncode']]) {
        expect(tuned(data, filters)).toEqual(jsPdfsFilters(data, filters));
      }
    }
  });
});
