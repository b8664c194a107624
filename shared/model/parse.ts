import { issuesToErrors } from './issues';
import type { FileError } from './json-path';
import { migrateToCurrent } from './migrations';
import { findUnsafeJson } from './safe-json';
import { projectFromFile } from './scenario-file';
import { projectFileSchema, type Project } from './schema';
import { CURRENT_SCHEMA_VERSION } from './version';

export type ParseProjectResult =
  | { readonly ok: true; readonly project: Project; readonly migratedFrom?: number }
  | { readonly ok: false; readonly errors: FileError[] };

/**
 * Reads a project document (already JSON-parsed) of any known format version: refuses
 * prototype keys and runaway nesting, runs the migrations, validates against the current schema,
 * then materialises the scenarios (shared/model/scenario-file.ts) and checks each. Never throws;
 * every refusal names what is wrong and where. `migratedFrom` is set when the file was older.
 */
export function parseProjectFile(json: unknown): ParseProjectResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, errors: [{ path: '$', message: 'a project file holds one JSON object' }] };
  }
  const unsafe = findUnsafeJson(json);
  if (unsafe) return { ok: false, errors: [unsafe] };

  const migrated = migrateToCurrent(json as Record<string, unknown>);
  if (!migrated.ok) return migrated;

  const parsed = projectFileSchema.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues) };
  const read = projectFromFile(parsed.data);
  if (!read.ok) return read;
  return migrated.from === CURRENT_SCHEMA_VERSION
    ? { ok: true, project: read.project }
    : { ok: true, project: read.project, migratedFrom: migrated.from };
}
