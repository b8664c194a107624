import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  ExportedFile,
  PrintedFile,
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
  /** Shows the system print dialog for a PDF file; false when the user cancels it. */
  printFile(path: string): Promise<boolean>;
}

/**
 * The port's methods about data; the menu state and files opened from the OS are the window's
 * business (see index.ts).
 */
export type DesktopApi = Omit<WorkbenchApi, 'updateMenuState' | 'cancelOpening'>;

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

  // importRead stays main's own: IPC serves only the port's methods (WORKBENCH_METHODS).
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
    async printPdf(pdf, fileName): Promise<PrintedFile> {
      // The print window reads a file; it lives only as long as the print dialog.
      const folder = await mkdtemp(join(tmpdir(), 'ssw-print-'));
      try {
        const path = join(folder, fileName);
        await writeFile(path, pdf).catch((error: unknown) => {
          throw storageError(error, `write ${path}`);
        });
        return { printed: await dialogs.printFile(path) };
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
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
