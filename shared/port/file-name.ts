import { plainText } from '../display/plain-text';

/** Characters no file name may hold on Windows, macOS or Linux, besides control characters. */
const FORBIDDEN = '\\/:*?"<>|';

const isUnsafe = (ch: string) => ch < ' ' || FORBIDDEN.includes(ch);

export function isSafeFileName(name: string): boolean {
  return ![...name].some(isUnsafe) && plainText(name) === name;
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
