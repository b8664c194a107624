import { readFile } from 'node:fs/promises';
import { translate } from '../../shared/i18n';
import { parseProjectFile, type Project } from '../../shared/model';
import { MAX_PROJECT_FILE_BYTES } from '../../shared/port/file-text';
import type { FileProblem } from '../../shared/port/contract';
import { readJsonBytes } from '../../shared/port/project-file';
import { problemKindOf } from '../../shared/port/project-read';

export type CliRead =
  | { readonly ok: true; readonly project: Project; readonly migratedFrom?: number }
  | {
      readonly ok: false;
      readonly kind: FileProblem['kind'] | 'unreadable';
      readonly message: string;
    };

/** Technical refusals listed in full are of no use beyond this many. */
const ERRORS_SHOWN = 10;

/**
 * Reads a project file for the command-line tools by the app's own rules (size, encoding, JSON,
 * format — the same reader as an import), and words a refusal for a terminal: what is wrong,
 * then where.
 */
export async function readProjectFileForCli(path: string, shown: string): Promise<CliRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return {
      ok: false,
      kind: 'unreadable',
      message: `Cannot read the project file ${shown}: ${whyUnreadable(error)}.`,
    };
  }
  const json = readJsonBytes(bytes);
  if (!json.ok) {
    const reason = translate('en', `library.import.${json.problem.kind}`, {
      limit: MAX_PROJECT_FILE_BYTES / (1024 * 1024),
    });
    return {
      ok: false,
      kind: json.problem.kind,
      message: `The project file ${shown} cannot be used: ${reason}.\n  ${json.problem.detail}`,
    };
  }
  const parsed = parseProjectFile(json.json);
  if (parsed.ok) return parsed;
  const shownErrors = parsed.errors.slice(0, ERRORS_SHOWN).map((e) => `  ${e.path}: ${e.message}`);
  const more = parsed.errors.length - ERRORS_SHOWN;
  return {
    ok: false,
    kind: problemKindOf(parsed.errors),
    message: [
      `The project file ${shown} is not a valid project:`,
      ...shownErrors,
      ...(more > 0 ? [`  … and ${more} more`] : []),
    ].join('\n'),
  };
}

function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'the file does not exist';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
