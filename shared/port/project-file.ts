import { parseProjectFile, type Project } from '../model';
import type { FileProblem } from './contract';
import { toSafeFileName } from './file-name';

/** The documented extension of a project file (docs/file-format.md). */
export const PROJECT_FILE_EXTENSION = '.ssw.json';

/**
 * Largest project file read, in characters (about bytes for this mostly-ASCII JSON). A
 * 1,000-function project is about 3 MB; anything above this is refused before it is parsed.
 */
export const MAX_PROJECT_FILE_CHARS = 60 * 1024 * 1024;

export type ReadOutcome =
  | { readonly ok: true; readonly project: Project; readonly migratedFrom?: number }
  | { readonly ok: false; readonly problem: FileProblem };

/** Validates an already-parsed document of any known version (migrating it). */
export function readProjectDocument(json: unknown): ReadOutcome {
  const parsed = parseProjectFile(json);
  if (parsed.ok) {
    return parsed.migratedFrom === undefined
      ? { ok: true, project: parsed.project }
      : { ok: true, project: parsed.project, migratedFrom: parsed.migratedFrom };
  }
  const first = parsed.errors[0];
  const newer = first?.path === '$.schemaVersion' && first.message.includes('newer release');
  const listed = parsed.errors.slice(0, 3).map((error) => `${error.path}: ${error.message}`);
  const more = parsed.errors.length > 3 ? ` (+${parsed.errors.length - 3})` : '';
  return {
    ok: false,
    problem: { kind: newer ? 'newer-version' : 'invalid', detail: listed.join('; ') + more },
  };
}

/**
 * Reads the text of a project file: bounded in size before anything is parsed, then JSON, then
 * the format. Never throws; a refusal says what is wrong and where.
 */
export function readProjectText(text: string): ReadOutcome {
  if (text.length > MAX_PROJECT_FILE_CHARS) {
    const megabytes = Math.ceil(text.length / (1024 * 1024));
    return {
      ok: false,
      problem: {
        kind: 'too-large',
        detail: `${megabytes} MB; the limit is ${MAX_PROJECT_FILE_CHARS / (1024 * 1024)} MB`,
      },
    };
  }
  if (text.trim() === '') return { ok: false, problem: { kind: 'empty', detail: 'no content' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { kind: 'not-json', detail: reason.slice(0, 300) } };
  }
  return readProjectDocument(json);
}

/** The text of a project file as stored and exported: stable, indented, ending in a newline. */
export function projectFileText(project: Project): string {
  return `${JSON.stringify(project, null, 2)}\n`;
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
