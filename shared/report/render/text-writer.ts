import type { jsPDF } from 'jspdf';
import { glyphEncoder, plainText } from './engine';

export type Align = 'left' | 'right' | 'center';

/** jsPDF's record of the current page, as much of it as the writer reads. */
interface PageInfo {
  pageContext: {
    mediaBox: { topRightY: number; bottomLeftY: number };
    usedRenderingMode?: number;
  };
}
interface Internal {
  scaleFactor: number;
  getCurrentPageInfo(): PageInfo;
  write(text: string): void;
}
type SetColor = (this: jsPDF, ch1?: unknown, ch2?: unknown, ch3?: unknown, ch4?: unknown) => jsPDF;
interface Document {
  internal: Internal;
  __private__: { encodeColorString(options: Record<string, unknown>): string };
  setTextColor: SetColor;
  saveGraphicsState(): jsPDF;
  restoreGraphicsState(): jsPDF;
}

/**
 * A number as jsPDF writes coordinates with `floatPrecision: 3`: fixed to three decimals, the
 * trailing zeros dropped (its regular expression, done by hand: "12.500" → "12.5", "3.000" → "3.").
 */
export function threeDecimals(value: number): string {
  const fixed = value.toFixed(3);
  let end = fixed.length;
  while (end > 0 && fixed.charCodeAt(end - 1) === 48) end -= 1;
  return end === fixed.length ? fixed : fixed.slice(0, end);
}

/**
 * Writes text objects into the page's content stream: the same operators, byte for byte, that
 * jsPDF's text() writes for this report's text (left, right or centred lines in an embedded
 * font, left-to-right, filled), without its work per call: option parsing, two rounds of text
 * hooks, copies of the line array per step, and a regular expression per number written.
 * That was the largest part of jsPDF in the profile of a 50-function export.
 *
 * Anything else, and each font's first text in the document (which jsPDF records as used, so
 * only used fonts are embedded), goes through jsPDF's own text().
 */
export class TextWriter {
  private readonly doc: Document;
  /** Font keys jsPDF has written text in (and so will embed). */
  private readonly used = new Set<ReturnType<jsPDF['getFont']>['id']>();
  /** The text colour operator as jsPDF has it: kept in step with its setter and its state stack. */
  private color = '0 g';
  private readonly saved: string[] = [];
  /** Character spacing was set (jsPDF then writes a Tc operator with each text). */
  private spaced = false;

  constructor(private readonly pdf: jsPDF) {
    const doc = pdf as unknown as Document;
    this.doc = doc;
    const set = doc.setTextColor;
    const save = doc.saveGraphicsState;
    const restore = doc.restoreGraphicsState;
    const encode = doc.__private__.encodeColorString;
    // Encoded colours by their arguments; the last arguments, set again and again, at hand.
    const known = new Map<string, string>();
    let last: unknown[] | undefined;
    const writer = this as unknown as { color: string; saved: string[]; spaced: boolean };
    const setCharSpace = pdf.setCharSpace.bind(pdf);
    pdf.setCharSpace = (spacing) => {
      writer.spaced = true;
      return setCharSpace(spacing);
    };
    doc.setTextColor = function (this: jsPDF, ch1, ch2, ch3, ch4) {
      if (last && ch1 === last[0] && ch2 === last[1] && ch3 === last[2] && ch4 === last[3])
        return set.call(this, ch1, ch2, ch3, ch4);
      last = [ch1, ch2, ch3, ch4];
      const key = `${String(ch1)} ${String(ch2)} ${String(ch3)} ${String(ch4)}`;
      let color = known.get(key);
      if (color === undefined) {
        color = encode({ ch1, ch2, ch3, ch4, pdfColorType: 'text', precision: 3 });
        known.set(key, color);
      }
      writer.color = color;
      return set.call(this, ch1, ch2, ch3, ch4);
    };
    doc.saveGraphicsState = function (this: jsPDF) {
      writer.saved.push(writer.color);
      return save.call(this);
    };
    doc.restoreGraphicsState = function (this: jsPDF) {
      writer.color = writer.saved.pop() ?? writer.color;
      last = undefined;
      return restore.call(this);
    };
  }

  /**
   * `text` (a line, or lines a leading of `lineHeightFactor` × size apart) at `x` and the first
   * baseline `y`, in the current font, size and colour: what pdf.text(text, x, y, { align,
   * lineHeightFactor }) draws.
   */
  text(
    text: string | readonly string[],
    x: number,
    y: number,
    align: Align = 'left',
    lineHeightFactor?: number,
  ): void {
    // Nothing to draw, as jsPDF sees it: an empty string or no lines (but [''] is drawn).
    if (text.length === 0) return;
    const { pdf } = this;
    const font = pdf.getFont();
    const lines = typeof text === 'string' ? [text] : text;
    const encode = glyphEncoder(font as Parameters<typeof glyphEncoder>[0]);
    const page = this.doc.internal.getCurrentPageInfo().pageContext;
    if (
      !this.used.has(font.id) ||
      !encode ||
      this.spaced ||
      page.usedRenderingMode !== undefined ||
      // Plain text has no line break either (see plainText).
      !lines.every(plainText)
    ) {
      pdf.text(typeof text === 'string' ? text : [...text], x, y, { align, lineHeightFactor });
      this.used.add(font.id);
      return;
    }
    const k = this.doc.internal.scaleFactor;
    const size = pdf.getFontSize();
    const factor = lineHeightFactor ?? pdf.getLineHeightFactor();
    const pageHeight = page.mediaBox.topRightY - page.mediaBox.bottomLeftY;
    // The arithmetic below is jsPDF's, step for step, so every coordinate rounds as it does.
    const widthOf = (line: string) => (pdf.getStringUnitWidth(line) * size) / k;
    const first = lines[0] ?? '';
    let previous = align === 'left' ? 0 : widthOf(first);
    const left = align === 'left' ? x : align === 'center' ? x - previous / 2 : x - previous;
    let body = `${threeDecimals(left * k)} ${threeDecimals(pageHeight - y * k)} Td\n<${encode(first)}>`;
    if (align === 'left') {
      // Each next line a leading (TL) down: T*.
      for (let i = 1; i < lines.length; i++) body += ` Tj\nT* <${encode(lines[i] ?? '')}>`;
    } else {
      // Each next line placed from the start of the line before: its width difference, a leading down.
      const down = threeDecimals(-(size * factor));
      for (let i = 1; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const width = widthOf(line);
        const shift = align === 'center' ? ((previous - width) / 2) * k : (previous - width) * k;
        body += ` Tj\n${threeDecimals(shift)} ${down} Td\n<${encode(line)}>`;
        previous = width;
      }
    }
    this.doc.internal.write(
      `BT\n/${font.id} ${size} Tf\n${threeDecimals(size * factor)} TL\n${this.color}\n${body} Tj\nET`,
    );
  }
}
