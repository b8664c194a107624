import { projectFileOf } from '../model/scenario-file';
import type { Project } from '../model/schema';
import type { FileProblem } from './contract';
import { toSafeFileName } from './file-name';
import { decodeFileText, MAX_PROJECT_FILE_BYTES } from './file-text';

/** The documented extension of a project file (docs/file-format.md). */
export const PROJECT_FILE_EXTENSION = '.ssw.json';

export type ReadOutcome =
  | { readonly ok: true; readonly project: Project; readonly migratedFrom?: number }
  | { readonly ok: false; readonly problem: FileProblem };

/**
 * The refusal of a file of `byteLength` bytes, if it is above the limit: known from the size
 * alone, so a reader can refuse a file before reading it.
 */
export function sizeProblem(byteLength: number): FileProblem | undefined {
  if (byteLength <= MAX_PROJECT_FILE_BYTES) return undefined;
  const megabytes = Math.ceil(byteLength / (1024 * 1024));
  const limit = MAX_PROJECT_FILE_BYTES / (1024 * 1024);
  return { kind: 'too-large', detail: `${megabytes} MB; the limit is ${limit} MB` };
}

export type JsonOutcome =
  | { readonly ok: true; readonly json: unknown }
  | { readonly ok: false; readonly problem: FileProblem };

/**
 * The bytes of a file as JSON: bounded in size before anything is decoded, then decoded by the
 * one encoding rule (decodeFileText), then parsed. Used for every file read, imported or stored.
 */
export function readJsonBytes(bytes: Uint8Array): JsonOutcome {
  const tooLarge = sizeProblem(bytes.byteLength);
  if (tooLarge) return { ok: false, problem: tooLarge };
  const decoded = decodeFileText(bytes);
  if (!decoded.ok) return { ok: false, problem: { kind: 'bad-encoding', detail: decoded.detail } };
  if (decoded.text.trim() === '') {
    return { ok: false, problem: { kind: 'empty', detail: 'no content' } };
  }
  try {
    return { ok: true, json: JSON.parse(decoded.text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { kind: 'not-json', detail: reason.slice(0, 300) } };
  }
}

/**
 * The text of a project file as stored and exported: stable, indented, ending in a newline; the
 * baseline on the top level, variants as their changes (projectFileOf).
 */
export function projectFileText(project: Project): string {
  return documentText(projectFileOf(project));
}

/** A document already in the file's form (projectFileOf's result, as stored) as file text. */
export function documentText(file: unknown): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for exporting a project: its name made safe, with the documented extension. */
export function projectFileName(project: Pick<Project, 'name'>): string {
  return `${toSafeFileName(project.name, 'project')}${PROJECT_FILE_EXTENSION}`;
}

/** A copy of a project under a new identity: new id, optionally a new name, fresh timestamps. */
export function copyOfProject(
  project: Project,
  init: { readonly id: string; readonly now: string; readonly name?: string },
): Project {
  return {
    ...project,
    id: init.id,
    name: init.name ?? project.name,
    createdAt: init.now,
    updatedAt: init.now,
  };
}
