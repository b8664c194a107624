import type { SavedFile, WorkbenchApi } from '../../shared/port/contract';
import { atomicWriteFile } from './storage/atomic-write';
import { storageError } from './storage/file-errors';
import type { ProjectFiles } from './storage/project-files';
import type { SettingsStore } from './storage/settings-store';

/** The desktop back end: the port's methods over project files and the settings store. */
export interface DesktopDialogs {
  /** Asks where to save a file (native dialog); undefined when the user cancels. */
  chooseSavePath(suggestedName: string): Promise<string | undefined>;
}

export function createDesktopApi(
  projects: ProjectFiles,
  settings: SettingsStore,
  dialogs: DesktopDialogs,
): WorkbenchApi {
  return {
    listProjects: () => projects.list(),
    openProject: (id) => projects.open(id),
    saveProject: (project) => projects.save(project),
    getSettings: async () => settings.get(),
    updateSettings: async (patch) => settings.update(patch),
    async savePdf(pdf, fileName): Promise<SavedFile> {
      const path = await dialogs.chooseSavePath(fileName);
      if (!path) return { saved: false };
      try {
        await atomicWriteFile(path, pdf);
      } catch (error) {
        throw storageError(error, `write ${path}`);
      }
      return { saved: true, path };
    },
  };
}
