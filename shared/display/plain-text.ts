/**
 * Invisible characters that change how the text around them is shown: bidirectional overrides,
 * embeddings, isolates and marks (U+202E makes "report‮fdp.exe" show as "reportexe.pdf"), and
 * zero-width characters (two names that look the same, a name that looks empty). None belongs
 * in a name as shown or in a file name.
 */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;

/**
 * Free text as it may be shown in a title, on a card, in a list, a report or a file name: the
 * invisible characters that could make it look like something else are removed. The stored
 * text is not changed.
 */
export function plainText(text: string): string {
  return text.replace(INVISIBLE, '');
}
