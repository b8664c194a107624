import { createBlankProject, type Project } from '../../shared/model';
import { translate } from '../../shared/i18n';
import type { WorkbenchPort } from '../../shared/port/contract';
import { PortError } from '../../shared/port/errors';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/port/settings';
import { createWorkbenchStore, type WorkbenchStore } from '../state/store';

export interface Startup {
  readonly store: WorkbenchStore;
}

/**
 * Reads the settings and reopens the last project. When that project cannot be read, a new
 * one is started under a new id — the unreadable one stays in storage untouched — and the user
 * is told why.
 */
export async function bootstrap(
  port: WorkbenchPort,
  newId: () => string,
  now: () => Date,
): Promise<Startup> {
  let settings: Settings = DEFAULT_SETTINGS;
  let notice: string | undefined;
  try {
    settings = await port.getSettings();
  } catch (error) {
    notice = failureNotice(settings, error);
  }

  let project: Project | undefined;
  if (settings.lastProjectId) {
    try {
      project = await port.openProject(settings.lastProjectId);
    } catch (error) {
      notice = failureNotice(settings, error);
    }
  }
  const store = createWorkbenchStore({
    project:
      project ??
      createBlankProject({
        id: newId(),
        name: translate(settings.language, 'app.untitled'),
        now: now().toISOString(),
        language: settings.language,
      }),
    stored: project !== undefined,
    settings,
  });
  store.getState().setNotice(notice);
  return { store };
}

function failureNotice(settings: Settings, error: unknown): string {
  const code = error instanceof PortError ? error.code : 'internal';
  return translate(settings.language, 'error.openFailed', {
    reason: translate(settings.language, `error.${code}`),
  });
}
