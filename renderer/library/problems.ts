import type { Translate } from '../../shared/i18n';
import type { FileProblem } from '../../shared/port/contract';
import { PortError } from '../../shared/port/errors';
import { MAX_PROJECT_FILE_BYTES } from '../../shared/port/file-text';
import type { Workbench } from '../state/workbench-context';
import { UnsavedWorkError, unsavedNotice } from './actions';

/** A message for the library's alert line: what happened, what to do, and the technical detail. */
export interface Problem {
  readonly text: string;
  readonly advice?: string;
  readonly detail?: string;
}

export function problemOf(error: unknown, t: Translate, workbench: Workbench): Problem {
  if (error instanceof UnsavedWorkError) return { text: unsavedNotice(workbench, error) };
  const code = error instanceof PortError ? error.code : 'internal';
  const advice =
    code === 'storage-full' || code === 'storage-unavailable'
      ? t(`library.advice.${code}`)
      : undefined;
  return {
    text: t('library.failed', { reason: t(`error.${code}`) }),
    advice,
    detail: error instanceof Error ? error.message : String(error),
  };
}

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
