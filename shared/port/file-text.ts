/**
 * Largest project file read, in bytes. A 1,000-function project is about 3 MB; anything above
 * this is refused before its content is looked at.
 */
export const MAX_PROJECT_FILE_BYTES = 60 * 1024 * 1024;

export type DecodedText =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly detail: string };

/** The WHATWG TextDecoder, as far as it is used here. */
interface Decoder {
  decode(input: Uint8Array): string;
}
type DecoderClass = new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => Decoder;

/**
 * TextDecoder exists in every runtime shared/ runs in (Node, browsers, workers), but not in the
 * ECMAScript library this layer is compiled against, which keeps DOM and Node types out.
 */
const TextDecoderClass = (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder;

const decoder = (encoding: string, fatal: boolean) =>
  new TextDecoderClass(encoding, { fatal, ignoreBOM: true });

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16_LE_BOM = [0xff, 0xfe];
const UTF16_BE_BOM = [0xfe, 0xff];

const startsWith = (bytes: Uint8Array, mark: readonly number[]) =>
  mark.every((byte, i) => bytes[i] === byte);

/**
 * The one rule for the text encoding of every file the app reads (import, a file opened from
 * the OS, stored projects and backups, the command-line tools): UTF-8, with or without a
 * byte-order mark, or UTF-16 (either byte order) when it starts with its byte-order mark, as
 * Windows Notepad writes it. Anything else is refused rather than decoded with replacement
 * characters: a file in Windows-1251 or Latin-1 would otherwise open as "�����" and the next
 * save would store the damage for good.
 */
export function decodeFileText(bytes: Uint8Array): DecodedText {
  const [encoding, skip] = startsWith(bytes, UTF8_BOM)
    ? (['utf-8', 3] as const)
    : startsWith(bytes, UTF16_LE_BOM)
      ? (['utf-16le', 2] as const)
      : startsWith(bytes, UTF16_BE_BOM)
        ? (['utf-16be', 2] as const)
        : (['utf-8', 0] as const);
  const body = bytes.subarray(skip);
  try {
    // ignoreBOM: the mark was recognised (and skipped) above; a second one is content.
    return { ok: true, text: decoder(encoding, true).decode(body) };
  } catch {
    return {
      ok: false,
      detail: `not ${encoding.toUpperCase()} text: ${whereUndecodable(body, encoding)}`,
    };
  }
}

/**
 * Where the first undecodable byte is, as a line and column a user can find in an editor.
 * Located by decoding again with replacement characters; a replacement character the file
 * itself held earlier would be reported instead, which still points at a place worth a look.
 */
function whereUndecodable(body: Uint8Array, encoding: string): string {
  const lossy = decoder(encoding, false).decode(body);
  const at = Math.max(0, lossy.indexOf('\uFFFD'));
  const before = lossy.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `the first character that cannot be read is on line ${line}, column ${column} (perhaps Windows-1251 or another legacy encoding)`;
}
