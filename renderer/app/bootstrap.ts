import { createBlankProject, type Project } from '../../shared/model';
import { loadCatalog, translate } from '../../shared/i18n';
import type { WorkbenchPort } from '../../shared/port/contract';
import { PortError } from '../../shared/port/errors';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/port/settings';
import { createNavigation, type NavigationStore } from '../state/navigation';
import { createWorkbenchStore, type WorkbenchStore } from '../state/store';
import { createUnsavedJournal, type UnsavedJournal } from '../state/unsaved-journal';

export interface Startup {
  readonly store: WorkbenchStore;
  /** The screen to start on: the library when the last project could not be opened. */
  readonly navigation: NavigationStore;
}

/**
 * Reads the settings and reopens the last project in the editor; on a first start, the start
 * screen. When the last project cannot be opened, nothing is put in its place: the app starts
 * on the library, which says why — and, for a damaged file, offers the newest good backup. The
 * unreadable file stays in storage untouched.
 */
export async function bootstrap(
  port: WorkbenchPort,
  newId: () => string,
  now: () => Date,
  journal: UnsavedJournal = createUnsavedJournal(),
): Promise<Startup> {
  const navigation = createNavigation();
  let settings: Settings = DEFAULT_SETTINGS;
  let notice: string | undefined;
  let failure: { readonly error: unknown } | undefined;
  try {
    settings = await port.getSettings();
  } catch (error) {
    failure = { error };
  }
  // Read while the catalog and the notices load: the open needs neither, and it is most of
  // the wait before the first paint. Its outcome is taken below, where it was always used.
  const opening = settings.lastProjectId ? port.openProject(settings.lastProjectId) : undefined;
  opening?.catch(() => undefined);
  try {
    await loadCatalog(settings.language);
  } catch (error) {
    failure ??= { error };
    await loadCatalog(settings.language);
  }
  if (failure) {
    notice = translate(settings.language, 'error.openFailed', {
      reason: reasonOf(settings, failure.error),
    });
  }
  const told = await port.takeStartupNotices().catch((error: unknown) => {
    console.error('startup notices', error);
    return [];
  });
  const startupNotice = told.map((code) => translate(settings.language, `library.startup.${code}`));
  const blank = () =>
    createBlankProject({
      id: newId(),
      name: translate(settings.language, 'app.untitled'),
      now: now().toISOString(),
      language: settings.language,
    });

  if (startupNotice.length > 0 && !settings.lastProjectId) {
    // Storage was rebuilt (settings set aside): the library shows what is there, and says why.
    navigation.getState().set({
      screen: 'library',
      editorHasProject: false,
      libraryNotice: startupNotice.join(' '),
    });
    return {
      store: createWorkbenchStore({ project: blank(), stored: true, settings }),
      navigation,
    };
  }

  if (!settings.lastProjectId && notice === undefined) {
    // A first run: the start screen offers the samples, a new project and import. Nothing is
    // stored until the user picks one; the editor's document is a placeholder until then.
    navigation.getState().set({ screen: 'start', editorHasProject: false });
    return {
      store: createWorkbenchStore({ project: blank(), stored: true, settings }),
      navigation,
    };
  }

  let project: Project | undefined;
  let revision: string | undefined;
  // An edit the last session could not store before it went (reload, closed tab): it comes
  // back unsaved, and is stored at once.
  let unsaved: Project | undefined;
  if (settings.lastProjectId && opening) {
    try {
      const opened = await opening;
      project = opened.project;
      revision = opened.revision;
      unsaved = await journal.take(opened.project);
      if (opened.migratedFrom !== undefined) {
        notice = translate(settings.language, 'library.notice.migrated', {
          version: opened.migratedFrom,
        });
      }
    } catch (error) {
      const damaged = error instanceof PortError && error.code === 'damaged';
      navigation.getState().set({
        screen: 'library',
        editorHasProject: false,
        // A damaged project is explained by the recovery dialog, which knows its name.
        recover: damaged ? { id: settings.lastProjectId, detail: error.message } : undefined,
        libraryNotice: damaged
          ? undefined
          : error instanceof PortError && error.code === 'not-found'
            ? translate(settings.language, 'library.lastMissing')
            : translate(settings.language, 'library.openFailed', {
                name: settings.lastProjectId,
                reason: reasonOf(settings, error),
              }),
      });
      // The editor needs some document; this one is never shown nor saved (it counts as stored)
      // until the user picks a project in the library.
      const placeholder = blank();
      return {
        store: createWorkbenchStore({ project: placeholder, stored: true, settings }),
        navigation,
      };
    }
  }
  const store = createWorkbenchStore({
    project: project ?? blank(),
    stored: !!project,
    revision,
    settings,
  });
  // On top of the stored version, so the edit shows as unsaved and can be undone.
  if (unsaved) store.setState({ project: unsaved });
  // Told once: what storage found at start (a rebuilt library index), with any other notice.
  store.getState().setNotice([notice, ...startupNotice].filter(Boolean).join(' ') || undefined);
  return { store, navigation };
}

function reasonOf(settings: Settings, error: unknown): string {
  const code = error instanceof PortError ? error.code : 'internal';
  return translate(settings.language, `error.${code}`);
}
