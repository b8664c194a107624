import { translate, type Translate } from '../../shared/i18n';
import type { Project } from '../../shared/model';
import { PortError } from '../../shared/port/errors';
import type { Workbench } from '../state/workbench-context';

/** A message for the library's alert line: what happened, what to do, and the technical detail. */
export interface Problem {
  readonly text: string;
  readonly advice?: string;
  readonly detail?: string;
}

export function problemOf(error: unknown, t: Translate, workbench: Workbench): Problem {
  if (error instanceof UnsavedWorkError) return { text: unsavedNotice(workbench, error) };
  const code = portCode(error);
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

/** Thrown when the open design's changes could not be saved: nothing is replaced then. */
export class UnsavedWorkError extends Error {
  constructor(readonly project: Project) {
    super('the open design has unsaved changes that could not be saved');
  }
}

export function unsavedNotice(workbench: Workbench, error: unknown): string {
  const state = workbench.store.getState();
  return translate(state.language, 'library.unsavedEditor', {
    name: state.project.name,
    reason: translate(state.language, `error.${state.saveError ?? portCode(error)}`),
  });
}

export function portCode(error: unknown) {
  return error instanceof PortError ? error.code : 'internal';
}
