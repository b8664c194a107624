import { projectFromFile } from '../model/scenario-file';
import type { ProjectFile } from '../model/schema';
import { sealHolds } from '../model/seal';
import type { ReadOutcome } from './project-file';

/**
 * A document as a back end found it: plain JSON (a file, a record written by an older release),
 * or JSON text with the seal its writer stored beside it (shared/model/seal.ts).
 */
export type StoredDocument =
  | { readonly kind: 'document'; readonly json: unknown }
  | { readonly kind: 'sealed'; readonly seal: unknown; readonly text: string };

/** The validating reader, loaded when a document needs it (zod is large; see below). */
const loadReader = () => import('./project-read');

/** Validates `json` by the one reader (migrations, schema, references). */
export async function readDocument(json: unknown): Promise<ReadOutcome> {
  return (await loadReader()).readProjectDocument(json);
}

/**
 * Reads a stored document by one rule: what this release's writer sealed, unchanged, opens as
 * it was written, without validating it again; anything else — an older format, another
 * release's record, a record changed or damaged after it was sealed, a file — goes through the
 * full reader, with its usual refusals.
 */
export async function readStored(stored: StoredDocument): Promise<ReadOutcome> {
  if (stored.kind === 'document') return readDocument(stored.json);
  if (sealHolds(stored.seal, stored.text)) {
    // The writer wrote this text from a project it held valid: it parses, and it materialises.
    const read = projectFromFile(JSON.parse(stored.text) as ProjectFile);
    if (read.ok) return { ok: true, project: read.project };
  }
  const json = jsonOfStored(stored);
  if (json === undefined) {
    return { ok: false, problem: { kind: 'not-json', detail: 'the stored text is not JSON' } };
  }
  return readDocument(json);
}

/** The JSON of a stored document, without validating it; undefined when its text is not JSON. */
export function jsonOfStored(stored: StoredDocument): unknown {
  if (stored.kind === 'document') return stored.json;
  try {
    return JSON.parse(stored.text) as unknown;
  } catch {
    return undefined;
  }
}
