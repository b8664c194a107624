import { jsPDF } from 'jspdf';

/** TTF bytes of the report's font; passed in because reading files is the caller's business. */
export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export const FONT_FAMILY = 'PTSans';
export type FontWeight = 'normal' | 'bold';

/**
 * jsPDF's TrueType parser and the parts of a parsed font it changes while a document is written
 * (not in jsPDF's public typings, hence these narrow structural types).
 */
interface ParsedFont {
  toUnicode: Record<number, number>;
  Unicode?: unknown;
  glyIdsUsed?: number[];
  glyf: { encode: GlyfEncode };
  directory: {
    scalarType: number;
    encode(tables: Record<string, ArrayLike<number>>): ArrayLike<number>;
  };
  /** The font file in jsPDF's byte buffer class. */
  contents: { constructor: new () => ByteWriter };
}
/** jsPDF's big-endian byte buffer (a plain array of bytes and a write position). */
interface ByteWriter {
  data: number[];
  pos: number;
  writeInt(value: number): void;
  writeShort(value: number): void;
  writeString(value: string): void;
}
/** A glyph's bytes, rewritten for the subset's glyph numbers. */
interface Glyph {
  encode(old2new: Record<number, number>): number[];
}
type GlyfEncode = (
  glyphs: Record<number, Glyph | null | undefined>,
  mapping: readonly number[],
  old2new: Record<number, number>,
) => { table: ArrayLike<number>; offsets: number[] };
interface TtfApi {
  TTFFont: { open(file: Uint8Array): ParsedFont };
}
interface EmbeddedFont {
  fontName: string;
  metadata?: ParsedFont;
}

/** A stand-in file for jsPDF's virtual file system: a TrueType header and a font's number. */
const STUB_PREFIX = '\x00\x01\x00\x00report-font:';
const parsedFonts: ParsedFont[] = [];
const fontNumbers = new WeakMap<Uint8Array, number>();
let parserShared = false;

/**
 * Parses each font once per process (or worker) and hands every document a view of it: jsPDF
 * would otherwise turn the whole file into a string and parse it again for every export, about
 * a third of a 50-function export. The view has its own record of the glyphs a document uses.
 */
function shareParser(): void {
  if (parserShared) return;
  parserShared = true;
  const api = (jsPDF as unknown as { API: TtfApi }).API;
  const open = api.TTFFont.open.bind(api.TTFFont);
  api.TTFFont.open = (file) => {
    const stub = String.fromCharCode(...file.subarray(0, 40));
    const parsed = stub.startsWith(STUB_PREFIX)
      ? parsedFonts[Number(stub.slice(STUB_PREFIX.length))]
      : undefined;
    if (!parsed) return open(file);
    // A shallow copy: the tables are shared, the record of used glyphs is the document's own.
    // (jsPDF looks for some tables as own properties, so a prototype link would not do.)
    const view = Object.assign(Object.create(Object.getPrototypeOf(parsed) as object), parsed, {
      toUnicode: {},
    }) as ParsedFont;
    delete view.Unicode;
    delete view.glyIdsUsed;
    return view;
  };
}

function stubFor(bytes: Uint8Array): string {
  let number = fontNumbers.get(bytes);
  if (number === undefined) {
    number = parsedFonts.length;
    const api = (jsPDF as unknown as { API: TtfApi }).API;
    const parsed = api.TTFFont.open(bytes);
    parsed.glyf.encode = encodeGlyphs;
    parsed.directory.encode = directoryEncoder(parsed);
    parsedFonts.push(parsed);
    fontNumbers.set(bytes, number);
  }
  return `${STUB_PREFIX}${number}`;
}

/**
 * The subset's glyph table, as jsPDF builds it (the glyphs in `mapping` order, each glyph's start
 * in `offsets`), but appended in place: jsPDF copies the whole table for every glyph it adds,
 * which made embedding the subsets a tenth of an export.
 */
const encodeGlyphs: GlyfEncode = (glyphs, mapping, old2new) => {
  const encoded = mapping.map((id) => glyphs[id]?.encode(old2new) ?? []);
  const offsets: number[] = [0];
  for (const bytes of encoded) offsets.push((offsets[offsets.length - 1] ?? 0) + bytes.length);
  // Into one buffer of the final size: pushing byte by byte grew an array of ~50 000 numbers.
  const table = new Uint8Array(offsets[offsets.length - 1] ?? 0);
  encoded.forEach((bytes, i) => table.set(bytes, offsets[i]));
  return { table, offsets };
};

/**
 * The subset's font file: table directory, tables and checksums exactly as jsPDF writes them,
 * but into one buffer of the final size instead of copying the file once per table and once
 * more per checksum (a quarter of a 10-function export went to this).
 */
function directoryEncoder(font: ParsedFont): ParsedFont['directory']['encode'] {
  const Writer = font.contents.constructor;
  return (tables) => {
    const tags = Object.keys(tables);
    const log2 = Math.log(2);
    const searchRange = Math.floor(Math.log(tags.length) / log2) * 16;
    const directory = new Writer();
    directory.writeInt(font.directory.scalarType);
    directory.writeShort(tags.length);
    directory.writeShort(searchRange);
    directory.writeShort(Math.floor(searchRange / log2));
    directory.writeShort(tags.length * 16 - searchRange);
    const padded = (length: number) => Math.ceil(length / 4) * 4;
    let offset = directory.pos + tags.length * 16;
    const file = new Uint8Array(
      tags.reduce((sum, tag) => sum + padded(tables[tag]?.length ?? 0), offset),
    );
    let headOffset = 0;
    for (const tag of tags) {
      const table = tables[tag] ?? [];
      directory.writeString(tag);
      directory.writeInt(checksum(table));
      directory.writeInt(offset);
      directory.writeInt(table.length);
      file.set(table, offset);
      if (tag === 'head') headOffset = offset;
      offset += padded(table.length);
    }
    file.set(directory.data, 0);
    // The whole file's checksum adjustment goes into the head table, big-endian.
    const adjustment = 0xb1b0afba - checksum(file);
    file.set(
      [adjustment >>> 24, adjustment >> 16, adjustment >> 8, adjustment].map((b) => b & 0xff),
      headOffset + 8,
    );
    return file;
  };
}

/** A TrueType checksum: the sum of big-endian 32-bit words, zero-padded, as a signed int. */
function checksum(bytes: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    sum +=
      (bytes[i] ?? 0) * 0x1000000 +
      ((bytes[i + 1] ?? 0) << 16) +
      ((bytes[i + 2] ?? 0) << 8) +
      (bytes[i + 3] ?? 0);
  }
  return sum & 0xffffffff;
}

export function registerFonts(pdf: jsPDF, fonts: ReportFonts): void {
  shareParser();
  pdf.addFileToVFS('ReportSans-Regular.ttf', stubFor(fonts.regular));
  pdf.addFont('ReportSans-Regular.ttf', FONT_FAMILY, 'normal');
  pdf.addFileToVFS('ReportSans-Bold.ttf', stubFor(fonts.bold));
  pdf.addFont('ReportSans-Bold.ttf', FONT_FAMILY, 'bold');
  pdf.setFont(FONT_FAMILY, 'normal');
}

/** PostScript names of the embedded fonts: the family, and its bold face by its own name. */
const FACE_NAMES: Readonly<Record<FontWeight, string>> = {
  normal: FONT_FAMILY,
  bold: `${FONT_FAMILY}-Bold`,
};

/**
 * Names the embedded subsets as PDF readers expect: a six-letter tag from the glyphs used, then
 * the face's own name ("KQPMWE+PTSans", "ZBHRTA+PTSans-Bold"). Call once all text is drawn.
 */
export function nameSubsets(pdf: jsPDF): void {
  const internal = pdf.internal as unknown as {
    getFont(family: string, style: string): EmbeddedFont | undefined;
  };
  for (const weight of ['normal', 'bold'] as const) {
    const font = internal.getFont(FONT_FAMILY, weight);
    if (!font?.metadata) continue;
    const glyphs = [...new Set(font.metadata.glyIdsUsed ?? [])].sort((a, b) => a - b);
    font.fontName = `${subsetTag(`${weight}:${glyphs.join(',')}`)}+${FACE_NAMES[weight]}`;
  }
}

/** Six capital letters from an FNV-1a hash of `text`. */
function subsetTag(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  let tag = '';
  let rest = hash >>> 0;
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (rest % 26));
    rest = Math.floor(rest / 26);
  }
  return tag;
}

/** Stand-ins for characters Intl or users produce that a text font may lack. */
const SUBSTITUTES: Readonly<Record<string, string>> = {
  '\u202f': '\u00a0', // narrow no-break space (some locales' digit grouping)
  '\u2009': ' ',
  '\u200b': '',
  '\u2192': '->',
  '\t': ' ',
};

/**
 * Replaces characters the embedded font has no glyph for, so nothing renders as an empty box and
 * text extraction gives back what the reader sees. jsPDF keeps the parsed cmap on the font's
 * metadata; it is not in the public typings, hence the narrow structural read.
 */
export function glyphFilter(pdf: jsPDF): (text: string) => string {
  const metadata = (pdf.getFont() as { metadata?: { cmap?: { unicode?: { codeMap?: unknown } } } })
    .metadata;
  const codeMap = metadata?.cmap?.unicode?.codeMap as Record<number, number> | undefined;
  const has = (ch: string): boolean => {
    const code = ch.codePointAt(0) ?? 0;
    return code === 0x20 || codeMap === undefined || (codeMap[code] ?? 0) > 0;
  };
  return (text) => {
    let out = '';
    for (const ch of text.replace(/\r\n?/g, '\n')) {
      if (ch === '\n' || has(ch)) out += ch;
      else out += SUBSTITUTES[ch] ?? (/\s/.test(ch) ? ' ' : '?');
    }
    return out;
  };
}
