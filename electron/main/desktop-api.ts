import type { WorkbenchApi } from '../../shared/port/contract';
import type { ProjectFiles } from './storage/project-files';
import type { SettingsStore } from './storage/settings-store';

/** The desktop back end: the port's methods over project files and the settings store. */
export function createDesktopApi(projects: ProjectFiles, settings: SettingsStore): WorkbenchApi {
  return {
    listProjects: () => projects.list(),
    openProject: (id) => projects.open(id),
    saveProject: (project) => projects.save(project),
    getSettings: async () => settings.get(),
    updateSettings: async (patch) => settings.update(patch),
  };
}
