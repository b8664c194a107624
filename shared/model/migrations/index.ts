import type { FileError } from '../json-path';
import { CURRENT_SCHEMA_VERSION } from '../version';
import type { JsonObject, Migration } from './types';
import { v1ToV2 } from './v1-to-v2';
import { v2ToV3 } from './v2-to-v3';

/**
 * The chain: one step per version, in order. A new format version appends its step here and
 * raises CURRENT_SCHEMA_VERSION; files of every older version keep opening.
 */
export const MIGRATIONS: readonly Migration[] = [v1ToV2, v2ToV3];

export type MigrateOutcome =
  | { readonly ok: true; readonly doc: JsonObject; readonly from: number }
  | { readonly ok: false; readonly errors: FileError[] };

/** Brings a document of any known version up to the current one. */
export function migrateToCurrent(doc: JsonObject): MigrateOutcome {
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      errors: [
        {
          path: '$.schemaVersion',
          message: 'a format version (a whole number from 1) is required',
        },
      ],
    };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [
        {
          code: 'newer-version',
          path: '$.schemaVersion',
          message: `the file has format version ${version}, made by a newer release; this release reads up to version ${CURRENT_SCHEMA_VERSION}`,
        },
      ],
    };
  }
  let current = doc;
  for (const step of MIGRATIONS) {
    if (step.from < version) continue;
    const result = step.migrate(current);
    if (!result.ok) {
      const prefix = `while upgrading from version ${step.from}: `;
      return {
        ok: false,
        errors: result.errors.map((e) => ({ ...e, message: prefix + e.message })),
      };
    }
    current = result.doc;
  }
  return { ok: true, doc: current, from: version };
}
