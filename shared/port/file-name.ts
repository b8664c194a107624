/** Characters no file name may hold on Windows, macOS or Linux, besides control characters. */
const FORBIDDEN = '\\/:*?"<>|';

/**
 * Invisible characters that change how the text around them is shown: bidirectional overrides,
 * embeddings, isolates and marks (U+202E makes "report‮fdp.exe" show as "reportexe.pdf"), and
 * zero-width characters (two names that look the same, a name that looks empty). None belongs
 * in a project's name as shown or in a file name.
 */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;

const isUnsafe = (ch: string) => ch < ' ' || FORBIDDEN.includes(ch);

export function isSafeFileName(name: string): boolean {
  return ![...name].some(isUnsafe) && plainText(name) === name;
}

/**
 * Free text as it may be shown in a title, a list or a file name: the invisible characters
 * that could make it look like something else are removed. The stored text is not changed.
 */
export function plainText(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** A file name from free text (a project name): unsafe characters become spaces. */
export function toSafeFileName(text: string, fallback: string, maxLength = 120): string {
  const safe = [...plainText(text)]
    .map((ch) => (isUnsafe(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength)
    .trim();
  return safe || fallback;
}
