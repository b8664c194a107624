import type { Translate } from '../../shared/i18n';
import type { FileProblem } from '../../shared/port/contract';
import { MAX_PROJECT_FILE_BYTES } from '../../shared/port/file-text';
import type { Problem } from './problems';

/*
 * Why an import was refused, in words: the library screen's alone (on demand, with its texts),
 * apart from problems.ts, which the first screen's commands use.
 */

export const IMPORT_LIMIT_MB = MAX_PROJECT_FILE_BYTES / (1024 * 1024);

/** Why an import was refused: the back end's verdict, or the file could not even be read. */
export interface ImportRefusal {
  readonly kind: FileProblem['kind'] | 'unreadable';
  readonly detail: string;
}

export function importProblem(fileName: string, problem: ImportRefusal, t: Translate): Problem {
  return {
    text: t('library.import.refused', {
      file: fileName,
      reason: t(`library.import.${problem.kind}`, { limit: IMPORT_LIMIT_MB }),
    }),
    detail: problem.detail,
  };
}
