import { CURRENT_SCHEMA_VERSION } from './version';

/**
 * The fingerprint of what this release's reader accepts: a digest of the source of every module
 * that decides whether a project file is valid (the schema, its primitives and refinements, the
 * migrations, the reader). test/unit/model/seal.test.ts recomputes it from those sources and
 * fails, naming the new value, when they changed and this did not — so a record sealed by a
 * release with another schema is never taken for one this release wrote.
 */
export const SCHEMA_FINGERPRINT = '53a7dde6b385d940';

/**
 * What a writer stores beside the text of a document it wrote: the format version, the schema
 * fingerprint and a digest of the exact text. A record whose seal still holds is what this
 * release's writer wrote, unchanged: it opens without being validated again (docs/file-format.md,
 * "Stored records").
 */
export interface Seal {
  readonly format: number;
  readonly schema: string;
  readonly digest: string;
}

/** A document stored as its JSON text with the seal of that text. */
export interface SealedText {
  readonly seal: Seal;
  readonly text: string;
}

/**
 * A 64-bit digest of `text` (two 32-bit multiplicative lanes, mixed at the end): fast enough to
 * run over a 3 MB document on every save and open (about 2 ms), synchronous so that the unsaved
 * journal can seal while the page is being hidden. It detects accidental change — damage, an
 * edit by hand, another program's write — not a deliberate forgery, which would need write
 * access to the page's own storage anyway.
 */
export function digestOf(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(h2) + hex(h1);
}

/** A document (already in the file's form, see projectFileOf) as sealed text. */
export function sealedTextOf(file: unknown): SealedText {
  const text = JSON.stringify(file);
  return {
    seal: { format: CURRENT_SCHEMA_VERSION, schema: SCHEMA_FINGERPRINT, digest: digestOf(text) },
    text,
  };
}

/** Whether `value` has the shape of sealed text (its seal not yet checked). */
export function isSealedText(
  value: unknown,
): value is { readonly seal: unknown; readonly text: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { text?: unknown }).text === 'string' &&
    typeof (value as { seal?: unknown }).seal === 'object'
  );
}

/** Whether `text` is unchanged since it was sealed with `seal` (by any release). */
export function textIntact(seal: unknown, text: string): boolean {
  return (
    typeof seal === 'object' && seal !== null && (seal as Partial<Seal>).digest === digestOf(text)
  );
}

/**
 * Whether `text` is provably what this release's writer wrote: sealed in this format, against
 * this schema, and unchanged since.
 */
export function sealHolds(seal: unknown, text: string): boolean {
  if (typeof seal !== 'object' || seal === null) return false;
  const { format, schema } = seal as Partial<Seal>;
  return (
    format === CURRENT_SCHEMA_VERSION && schema === SCHEMA_FINGERPRINT && textIntact(seal, text)
  );
}
