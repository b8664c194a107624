import type { jsPDF } from 'jspdf';
import { FONT_FAMILY, glyphFilter, type FontWeight } from './fonts';
import { TextWriter, type Align } from './text-writer';
import { COLOR, LEADING, lineHeight, type Rgb } from './theme';
import { breakWords, wordsOf } from './typeset';

export interface TextStyle {
  size: number;
  weight?: FontWeight;
  color?: Rgb;
}

const ELLIPSIS = '…';

/** The map under `key` in a map of maps, made empty the first time. */
function child<K, V extends Map<unknown, unknown>>(map: Map<K, V>, key: K): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = new Map() as V));
  return value;
}

/**
 * Text on the page: every string goes through the font's glyph filter, and widths are measured
 * with the embedded font, so wrapping and truncation match what is drawn.
 */
/** What the pen remembers of one font at one size. */
interface Face {
  /** Widths in mm, by text. */
  widths: Map<string, number>;
  /** Lines by width, line limit, then text (no key string built for each call). */
  wraps: Map<number, Map<number, Map<string, readonly string[]>>>;
}

export class Pen {
  readonly clean: (text: string) => string;
  /** By font, then size. */
  private readonly faces = new Map<ReturnType<jsPDF['getFont']>['id'], Map<number, Face>>();
  /**
   * The current font's face, until the font or size changes (jsPDF is asked for them once per
   * change, not on each of the thousands of measurements in between).
   */
  private face: Face | undefined;
  /** The weight and size style() set last, while nothing else has set the font since. */
  private styled: { weight: FontWeight; size: number } | undefined;
  /** Each text's paragraphs cut into words, in whatever width and face it is wrapped to. */
  private readonly words = new Map<string, readonly (readonly string[])[]>();

  /** Draws text into the page (what pdf.text would write, with less work per call). */
  readonly writer: TextWriter;

  constructor(readonly pdf: jsPDF) {
    this.clean = glyphFilter(pdf);
    this.writer = new TextWriter(pdf);
    // Whatever sets the font or its size (here, in tables, or a graphics state restored)
    // leaves the current face to be looked up again.
    const doc = pdf as unknown as Record<
      'setFont' | 'setFontSize' | 'restoreGraphicsState',
      (...args: unknown[]) => jsPDF
    >;
    for (const method of ['setFont', 'setFontSize', 'restoreGraphicsState'] as const) {
      const call = doc[method].bind(pdf);
      doc[method] = (...args) => {
        this.face = undefined;
        this.styled = undefined;
        return call(...args);
      };
    }
  }

  style({ size, weight = 'normal', color = COLOR.ink }: TextStyle): this {
    // The layout styles the pen before each of thousands of measurements, mostly in the face
    // already set: setting it again would only make jsPDF look the font up and the face be
    // found again.
    if (this.styled?.weight !== weight || this.styled.size !== size) {
      this.pdf.setFont(FONT_FAMILY, weight);
      this.pdf.setFontSize(size);
      this.styled = { weight, size };
    }
    this.pdf.setTextColor(color[0], color[1], color[2]);
    return this;
  }

  private currentFace(): Face {
    if (this.face) return this.face;
    const sizes = child(this.faces, this.pdf.getFont().id);
    const size = this.pdf.getFontSize();
    let face = sizes.get(size);
    if (!face) sizes.set(size, (face = { widths: new Map(), wraps: new Map() }));
    this.face = face;
    return face;
  }

  /** Width of `text` in mm in the current font and size (as pdf.getTextWidth, remembered). */
  width(text: string): number {
    const { widths } = this.currentFace();
    let width = widths.get(text);
    if (width === undefined) {
      width = this.pdf.getTextWidth(text);
      widths.set(text, width);
    }
    return width;
  }

  /** `width` as a function to hand on, made once (a new closure per wrap showed in profiles). */
  private readonly measureWidth = (text: string): number => this.width(text);

  /**
   * Lines of `text` no wider than `width`, broken at spaces, numbers kept with their units, and
   * words too long for the room hyphenated (see typeset); at most `maxLines`.
   */
  wrap(text: string, width: number, maxLines = Number.POSITIVE_INFINITY): readonly string[] {
    // The same text is wrapped to the same width more than once (measured to keep it with a
    // heading, then drawn; the diagram tries box sizes): the lines are remembered per font.
    // They are shared, hence read-only.
    const wrapped = child(child(this.currentFace().wraps, width), maxLines);
    let lines = wrapped.get(text);
    if (!lines) wrapped.set(text, (lines = this.breakText(text, width, maxLines)));
    return lines;
  }

  private breakText(text: string, width: number, maxLines: number): string[] {
    const lines: string[] = [];
    let paragraphs = this.words.get(text);
    if (!paragraphs) {
      paragraphs = this.clean(text).split('\n').map(wordsOf);
      this.words.set(text, paragraphs);
    }
    for (const words of paragraphs) lines.push(...breakWords(words, width, this.measureWidth));
    if (lines.length <= maxLines) return lines;
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = this.fit(`${kept[maxLines - 1] ?? ''}${ELLIPSIS}`, width);
    return kept;
  }

  /** `text` on one line, cut with an ellipsis when wider than `width`. */
  fit(text: string, width: number): string {
    const clean = this.clean(text).replace(/\s*\n\s*/g, ' ');
    if (this.width(clean) <= width) return clean;
    let lo = 0;
    let hi = clean.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.width(clean.slice(0, mid).trimEnd() + ELLIPSIS) <= width) lo = mid;
      else hi = mid - 1;
    }
    return clean.slice(0, lo).trimEnd() + ELLIPSIS;
  }

  /** Draws already-fitted lines from the top of the first line's box; returns the height used. */
  lines(
    lines: readonly string[],
    x: number,
    top: number,
    size: number,
    align: Align = 'left',
  ): number {
    const step = lineHeight(size);
    // jsPDF places text by baseline; the cap height sits ~0.8 of the leading box below the top.
    const baseline = top + step * 0.72;
    if (lines.some((line) => /[\r\n]/.test(line))) {
      lines.forEach((line, i) => {
        this.writer.text(line, x, baseline + step * i, align);
      });
    } else if (lines.length > 0) {
      // One text object, moving down a leading (the size × LEADING) per line: a paragraph is
      // written once, not one text object per line with its font, colour and position.
      this.writer.text(lines, x, baseline, align, LEADING);
    }
    return step * lines.length;
  }

  /** Wraps and draws a paragraph; returns the height used. */
  paragraph(
    text: string,
    x: number,
    top: number,
    width: number,
    style: TextStyle,
    maxLines?: number,
  ): number {
    this.style(style);
    return this.lines(this.wrap(text, width, maxLines), x, top, style.size);
  }

  /** Height a paragraph would take, without drawing it. */
  measure(text: string, width: number, style: TextStyle, maxLines?: number): number {
    this.style(style);
    return this.wrap(text, width, maxLines).length * lineHeight(style.size);
  }
}
