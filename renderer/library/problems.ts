import type { Translate } from '../../shared/i18n';
import { PortError } from '../../shared/port/errors';
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
