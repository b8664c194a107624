import { parseProjectFile } from '../model/parse';
import type { FileError } from '../model/json-path';
import type { FileProblem } from './contract';
import { readJsonBytes, type ReadOutcome } from './project-file';

/*
 * The one validating reader of project documents (zod, loaded on demand in the browser edition:
 * a record this release sealed opens without it, see stored-document.ts).
 */

/** Validates an already-parsed document of any known version (migrating it). */
export function readProjectDocument(json: unknown): ReadOutcome {
  const parsed = parseProjectFile(json);
  if (parsed.ok) {
    return parsed.migratedFrom === undefined
      ? { ok: true, project: parsed.project }
      : { ok: true, project: parsed.project, migratedFrom: parsed.migratedFrom };
  }
  const kind = problemKindOf(parsed.errors);
  const listed = parsed.errors.slice(0, 3).map((error) => `${error.path}: ${error.message}`);
  const more = parsed.errors.length > 3 ? ` (+${parsed.errors.length - 3})` : '';
  return { ok: false, problem: { kind, detail: listed.join('; ') + more } };
}

/** The kind of refusal a list of format errors amounts to (the first one decides). */
export function problemKindOf(errors: readonly FileError[]): FileProblem['kind'] {
  const code = errors[0]?.code;
  return code === 'newer-version' || code === 'too-deep' ? code : 'invalid';
}

/**
 * Reads a project file: size, encoding, JSON, then the format (prototype keys and nesting
 * refused, migrations, validation). Never throws; a refusal says what is wrong and where.
 * Linear in the size of the file, so no file can keep a reader busy for long.
 */
export function readProjectBytes(bytes: Uint8Array): ReadOutcome {
  const read = readJsonBytes(bytes);
  return read.ok ? readProjectDocument(read.json) : read;
}
