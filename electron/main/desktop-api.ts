import type {
  ExportedFile,
  SavedFile,
  StartupNotice,
  WorkbenchApi,
} from '../../shared/port/contract';
import type { LibraryApi } from '../../shared/port/library';
import { atomicWriteFile } from './storage/atomic-write';
import { storageError } from './storage/file-errors';
import type { SettingsStore } from './storage/settings-store';

/** The native dialogs the desktop back end needs; a fake in the unit tests. */
export interface DesktopDialogs {
  /** Asks where to save a file (native dialog); undefined when the user cancels. */
  chooseSavePath(suggestedName: string, kind: 'pdf' | 'project'): Promise<string | undefined>;
}

/** The port's methods about data; the menu state is the window's business (see index.ts). */
export type DesktopApi = Omit<WorkbenchApi, 'updateMenuState'>;

/** The desktop back end: the port's methods over the project library and the settings store. */
export function createDesktopApi(
  library: LibraryApi,
  settings: SettingsStore,
  dialogs: DesktopDialogs,
  /** What storage found at start (a damaged library index), told once with the settings'. */
  storageNotices: () => Promise<readonly StartupNotice[]> = async () => [],
): DesktopApi {
  async function saveChosen(
    suggestedName: string,
    kind: 'pdf' | 'project',
    data: string | Uint8Array,
  ): Promise<SavedFile> {
    const path = await dialogs.chooseSavePath(suggestedName, kind);
    if (!path) return { saved: false };
    try {
      await atomicWriteFile(path, data);
    } catch (error) {
      throw storageError(error, `write ${path}`);
    }
    return { saved: true, path };
  }

  const { exportText, ...projects } = library;
  return {
    ...projects,
    async exportProject(id): Promise<ExportedFile> {
      const { fileName, text } = await exportText(id);
      return { ...(await saveChosen(fileName, 'project', text)), fileName };
    },
    getSettings: async () => settings.get(),
    updateSettings: async (patch) => settings.update(patch),
    savePdf: (pdf, fileName) => saveChosen(fileName, 'pdf', pdf),
    takeStartupNotices: async () => [...settings.takeNotices(), ...(await storageNotices())],
  };
}

/** Port methods after which the recent list (names, order, membership) may have changed. */
const LIBRARY_CHANGES = [
  'saveProject',
  'renameProject',
  'trashProject',
  'restoreProject',
  'purgeProject',
  'recoverProject',
  'importProject',
  'markRecent',
] as const;

/** The API with `onChange` called after each successful call that may change the recent list. */
export function notifyingLibraryChanges(api: DesktopApi, onChange: () => void): DesktopApi {
  const wrapped: Partial<DesktopApi> = {};
  for (const method of LIBRARY_CHANGES) {
    const call = api[method] as (...args: unknown[]) => Promise<unknown>;
    Object.assign(wrapped, {
      [method]: async (...args: unknown[]) => {
        const result = await call(...args);
        onChange();
        return result;
      },
    });
  }
  return { ...api, ...wrapped };
}
