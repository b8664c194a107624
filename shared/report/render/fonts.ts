import type { jsPDF } from 'jspdf';

/** TTF bytes of the report's font; passed in because reading files is the caller's business. */
export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export const FONT_FAMILY = 'PTSans';
export type FontWeight = 'normal' | 'bold';

/** jsPDF's virtual file system takes a "binary string": one char per byte. */
function binaryString(bytes: Uint8Array): string {
  const chunk = 0x8000;
  let out = '';
  for (let i = 0; i < bytes.length; i += chunk) {
    out += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return out;
}

export function registerFonts(pdf: jsPDF, fonts: ReportFonts): void {
  pdf.addFileToVFS('ReportSans-Regular.ttf', binaryString(fonts.regular));
  pdf.addFont('ReportSans-Regular.ttf', FONT_FAMILY, 'normal');
  pdf.addFileToVFS('ReportSans-Bold.ttf', binaryString(fonts.bold));
  pdf.addFont('ReportSans-Bold.ttf', FONT_FAMILY, 'bold');
  pdf.setFont(FONT_FAMILY, 'normal');
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
