import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportFonts } from '../../../shared/report';
import { tuneEngine } from '../../../shared/report/render/engine';
import { FONT_FAMILY, registerFonts } from '../../../shared/report/render/fonts';
import { Pen } from '../../../shared/report/render/pen';
import { testFonts } from './fixtures';

let fonts: ReportFonts;
beforeAll(async () => {
  fonts = await testFonts();
});

const TEXT = 'Ключевые клиенты — 413 500 ₽ и ещё несколько слов для переноса';

describe('the pen’s remembered widths and wraps', () => {
  it('follow the font and size however they are set', () => {
    const pdf = new jsPDF({ unit: 'mm', format: 'a4' });
    tuneEngine(pdf);
    registerFonts(pdf, fonts);
    const pen = new Pen(pdf);
    const same = () => {
      expect(pen.width(TEXT)).toBe(pdf.getTextWidth(TEXT));
      return pen.wrap(TEXT, 40);
    };
    pen.style({ size: 10 });
    const regular = same();
    pdf.setFont(FONT_FAMILY, 'bold');
    const bold = same();
    expect(bold).not.toEqual(regular);
    pdf.setFontSize(14);
    const large = same();
    expect(large.length).toBeGreaterThan(bold.length);
    pdf.saveGraphicsState();
    pen.style({ size: 8 });
    same();
    pdf.restoreGraphicsState();
    // Back to bold 14 pt, as jsPDF restores it.
    expect(same()).toEqual(large);
    pen.style({ size: 10 });
    expect(same()).toEqual(regular);
    // The style set again after the font was changed behind the pen's back is set again.
    pdf.setFont(FONT_FAMILY, 'bold');
    pen.style({ size: 10 });
    expect(same()).toEqual(regular);
    expect(pdf.getFont().fontStyle).toBe('normal');
  });
});
