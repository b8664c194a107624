import { zlibSync } from 'fflate';
import { jsPDF } from 'jspdf';

/**
 * jsPDF's per-string work, cut to what this report needs, for one document. The bytes written
 * do not change; only work whose result is already known is skipped:
 *
 * - widths: jsPDF measures a string from scratch on every call (and the report measures the
 *   same words again and again while it wraps, fits and keeps blocks together); each width is
 *   remembered per font, size and spacing;
 * - shaping: every measured and drawn string goes through jsPDF's Arabic shaping and its bidi
 *   reordering, which leave left-to-right text as it is; text made only of left-to-right
 *   scripts and common signs skips both.
 *
 * - encoding: each drawn character is looked up in the font's cmap and its glyph added to the
 *   document's records (used glyphs, widths, Unicode map) with a linear search per character;
 *   here each character's glyph code is looked up once, the records taking it at its first use.
 *
 * - colour: the text colour is set before each string drawn or measured, and jsPDF formats it
 *   into an operator each time; setting the colour already set is skipped;
 * - compression: jsPDF deflates each stream with fflate (as here) but turns the compressed bytes
 *   back into a string one character at a time, a new string per byte; here in blocks.
 *
 * Together they were about two fifths of an export (CPU profile of a 50-function report).
 */
export function tuneEngine(pdf: jsPDF): void {
  rememberWidths(pdf);
  skipShaping(pdf);
  escapeOnce(pdf);
  keepTextColor(pdf);
  deflateInBlocks();
}

type SetColor = (this: jsPDF, ch1?: unknown, ch2?: unknown, ch3?: unknown, ch4?: unknown) => jsPDF;

/**
 * setTextColor with the same arguments as the call before is left out: jsPDF keeps the colour
 * until it is set again or a graphics state restored (which the memory forgets with it).
 */
function keepTextColor(pdf: jsPDF): void {
  const doc = pdf as unknown as { setTextColor: SetColor; restoreGraphicsState(): jsPDF };
  const set = doc.setTextColor;
  const restore = doc.restoreGraphicsState;
  let known = false;
  let last: unknown[] = [];
  doc.setTextColor = function (this: jsPDF, ch1, ch2, ch3, ch4) {
    if (known && ch1 === last[0] && ch2 === last[1] && ch3 === last[2] && ch4 === last[3])
      return this;
    known = true;
    last = [ch1, ch2, ch3, ch4];
    return set.call(this, ch1, ch2, ch3, ch4);
  };
  doc.restoreGraphicsState = function (this: jsPDF) {
    known = false;
    return restore.call(this);
  };
}

/**
 * Latin, Greek, Cyrillic, Armenian, punctuation, currency and symbols: no right-to-left letter,
 * no Arabic ligature, no bidi control, no line or paragraph separator.
 */
const LEFT_TO_RIGHT = /^[\u0020-\u058f\u2010-\u2027\u2030-\u205e\u20a0-\u20cf\u2100-\u2bff]*$/u;
/**
 * Text jsPDF leaves as it is when shaping and reordering (see LEFT_TO_RIGHT; no control character,
 * so no line break either). jsPDF's Arabic parser splits at the literal text `\s+` (sic), so such
 * a string is left to it.
 */
export const plainText = (text: string): boolean =>
  LEFT_TO_RIGHT.test(text) && !text.includes('\\s+');

interface FontRecord {
  id: string;
  metadata?: { widthOfString?: unknown };
}
interface WidthOptions {
  font?: FontRecord;
  fontSize?: number;
  charSpace?: number;
}
interface Internal {
  getFont(): FontRecord;
  getFontSize(): number;
  getCharSpace(): number;
}
type UnitWidth = (this: jsPDF, text: string, options?: WidthOptions) => number;

/** getStringUnitWidth remembered: TrueType widths depend only on font, size, spacing and text. */
function rememberWidths(pdf: jsPDF): void {
  const doc = pdf as unknown as { getStringUnitWidth: UnitWidth; internal: Internal };
  const measure = doc.getStringUnitWidth;
  // Per font, size and spacing, the widths of the strings measured in it.
  const known = new Map<string, Map<string, number>>();
  let last: { font?: FontRecord; size?: number; spacing?: number; widths: Map<string, number> } = {
    widths: new Map(),
  };
  doc.getStringUnitWidth = function (this: jsPDF, text, options) {
    const font = options?.font ?? doc.internal.getFont();
    if (typeof text !== 'string' || typeof font.metadata?.widthOfString !== 'function')
      return measure.call(this, text, options);
    const size = options?.fontSize || doc.internal.getFontSize();
    const spacing = options?.charSpace || doc.internal.getCharSpace();
    // Measuring runs in the same face many times in a row: its table is kept at hand.
    if (font !== last.font || size !== last.size || spacing !== last.spacing) {
      const face = `${font.id} ${size} ${spacing}`;
      let table = known.get(face);
      if (!table) known.set(face, (table = new Map()));
      last = { font, size, spacing, widths: table };
    }
    const { widths } = last;
    let width = widths.get(text);
    if (width === undefined) {
      width = measure.call(this, text, options);
      widths.set(text, width);
    }
    return width;
  };
}

/** A text item as jsPDF's text hooks pass it: a string, or [string, x, y]. */
type Item = string | [string, ...unknown[]];
interface TextPayload {
  text: Item[] | string;
  options?: Record<string, unknown>;
}
type Hook = (this: unknown, payload: TextPayload) => unknown;
interface Topics {
  [topic: string]: Record<string, [Hook, boolean]> | undefined;
}

/** Options that make jsPDF's bidi step do more than keep left-to-right text in order. */
const BIDI_OPTIONS = ['isInputRtl', 'isOutputRtl', 'isOutputVisual', 'isSymmetricSwapping'];
const plainBidi = (options: Record<string, unknown> = {}): boolean =>
  BIDI_OPTIONS.every((option) => options[option] === undefined) &&
  (options.isInputVisual === undefined || options.isInputVisual === true);

const textOf = (item: Item): string | undefined =>
  typeof item === 'string' ? item : typeof item[0] === 'string' ? item[0] : undefined;

/**
 * The text hooks (jsPDF's own processArabic before layout, its bidi step after) pass plain text
 * through, reshaped as they would reshape it: each item into an array, [text] or [text, x, y].
 */
function skipShaping(pdf: jsPDF): void {
  const api = (jsPDF as unknown as { API: { processArabic?: unknown } }).API;
  const topics = (pdf.internal.events as unknown as { getTopics(): Topics }).getTopics();
  const wrapHook = (
    topic: string,
    isIt: (hook: Hook) => boolean,
    applies: (payload: TextPayload) => boolean,
  ) => {
    for (const subscription of Object.values(topics[topic] ?? {})) {
      const hook = subscription[0];
      if (!isIt(hook)) continue;
      subscription[0] = function (this: unknown, payload: TextPayload) {
        const items = payload.text;
        if (!Array.isArray(items) || !applies(payload) || !items.every(isPlainItem))
          return hook.call(this, payload);
        payload.text = items.map((item) =>
          typeof item === 'string' ? [item] : [item[0], item[1], item[2]],
        ) as Item[];
        return payload;
      };
    }
  };
  wrapHook(
    'preProcessText',
    (hook) => hook === api.processArabic,
    () => true,
  );
  wrapHook(
    'postProcessText',
    (hook) => hook.toString().includes('isInputVisual'),
    (payload) => plainBidi(payload.options),
  );
}

function isPlainItem(item: Item): boolean {
  const text = textOf(item);
  return text !== undefined && plainText(text);
}

interface Metadata {
  cmap?: { unicode?: { codeMap: Record<number, number | undefined> } };
  Unicode?: { widths: unknown[] };
  glyIdsUsed: number[];
  toUnicode: Record<number, number>;
  characterToGlyph(code: number): number;
  widthOfGlyph(glyph: number): number;
}
/** A font as jsPDF keeps it in a document. */
interface EmbeddedFont {
  encoding?: string;
  metadata?: Metadata;
}
interface EscapePayload extends TextPayload {
  mutex: { activeFontKey: string; fonts: Record<string, EmbeddedFont | undefined> };
}
/** A character's glyph code in hex; '' for a character left out, null for one that ends the text. */
type Code = string | null;

/**
 * jsPDF's text encoding for an embedded (Identity-H) font, with its results per character
 * remembered: what it writes and records is unchanged (a character without a glyph below U+0100
 * still ends the string, one above is left out; the last character drawn with a glyph is that
 * glyph's Unicode value).
 */
function escapeOnce(pdf: jsPDF): void {
  const topics = (pdf.internal.events as unknown as { getTopics(): Topics }).getTopics();
  for (const subscription of Object.values(topics.postProcessText ?? {})) {
    const hook = subscription[0];
    // jsPDF's two text hooks after layout: its bidi step, and its encoding (utf8 plugin).
    const source = hook.toString();
    if (source.includes('isInputVisual') || !source.includes('mutex')) continue;
    subscription[0] = function (this: unknown, payload: TextPayload) {
      const { mutex, text: items } = payload as EscapePayload;
      const encode = glyphEncoder(mutex.fonts[mutex.activeFontKey]);
      if (!encode || !Array.isArray(items) || !items.every((item) => textOf(item) !== undefined))
        return hook.call(this, payload);
      payload.text = items.map((item) =>
        typeof item === 'string'
          ? encode(item)
          : item.length === 3
            ? [encode(item[0]), item[1], item[2]]
            : encode(item[0]),
      ) as Item[];
      (mutex as { isHex?: boolean }).isHex = true;
      return undefined;
    };
  }
}

/** Each document's fonts' encoders (a document has its own view of a parsed font's metadata). */
const encoders = new WeakMap<Metadata, (text: string) => string>();

/**
 * The hex glyph codes of a text in an embedded (Identity-H) font, recording its glyphs as jsPDF's
 * encoding would; undefined for a font jsPDF encodes otherwise.
 */
export function glyphEncoder(
  font: EmbeddedFont | undefined,
): ((text: string) => string) | undefined {
  const metadata = font?.metadata;
  if (font?.encoding !== 'Identity-H' || !metadata?.Unicode || !Object.hasOwn(metadata, 'cmap'))
    return undefined;
  let encode = encoders.get(metadata);
  if (!encode) encoders.set(metadata, (encode = encoder(metadata)));
  return encode;
}

function encoder(metadata: Metadata): (text: string) => string {
  const codeMap = metadata.cmap?.unicode?.codeMap ?? {};
  const widths = metadata.Unicode?.widths ?? [];
  // By UTF-16 code unit: arrays indexed by it, looked up for every character drawn.
  const codes: (Code | undefined)[] = [];
  const glyphs: number[] = [];
  const first = (code: number): Code => {
    // Kept by jsPDF: a character with a glyph, or any below U+0100 (which, glyph 0, ends it).
    if (!codeMap[code] && code >= 256) return '';
    const glyph = metadata.characterToGlyph(code);
    glyphs[code] = glyph;
    metadata.glyIdsUsed.push(glyph);
    if (widths.indexOf(glyph) === -1)
      widths.push(glyph, [parseInt(String(metadata.widthOfGlyph(glyph)), 10)]);
    return glyph === 0 ? null : glyph.toString(16).padStart(4, '0');
  };
  return (text) => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const char = text.charCodeAt(i);
      let code = codes[char];
      if (code === undefined) codes[char] = code = first(char);
      if (code === '') continue;
      metadata.toUnicode[glyphs[char] ?? 0] = char;
      if (code === null) break;
      out += code;
    }
    return out;
  };
}

type Filters = (
  data: string,
  filters?: string | string[],
) => { data: string; reverseChain: string };
const filterApi = (jsPDF as unknown as { API: { processDataByFilters: Filters } }).API;
/** jsPDF's own stream filters, for everything but a plain FlateEncode. */
const jsPdfFilters = filterApi.processDataByFilters;

/**
 * jsPDF's stream filters with FlateEncode alone (every stream of this report) done in blocks:
 * the same zlib bytes from the same fflate call, converted to and from jsPDF's binary strings
 * without a string per byte (that conversion and the garbage it left were a tenth of an
 * export). jsPDF looks the filters up on its API for each stream, so this is set there, once.
 */
function deflateInBlocks(): void {
  if (filterApi.processDataByFilters !== jsPdfFilters) return;
  filterApi.processDataByFilters = function (this: unknown, data, filters) {
    const list = typeof filters === 'string' ? [filters] : (filters ?? []);
    if (list.length !== 1 || (list[0] !== 'FlateEncode' && list[0] !== '/FlateEncode'))
      return jsPdfFilters.call(this, data, filters);
    return { data: binaryString(zlibSync(bytesOf(data ?? ''))), reverseChain: '/FlateDecode' };
  };
}

/** The bytes of a binary string (each character one byte, as jsPDF keeps stream data). */
function bytesOf(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

const BLOCK = 8192;

/** The binary string of `bytes`, a block of characters at a time. */
function binaryString(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += BLOCK) {
    // apply, not a spread: spreading a typed array into arguments is ten times slower.
    text += String.fromCharCode.apply(null, bytes.subarray(i, i + BLOCK) as unknown as number[]);
  }
  return text;
}
