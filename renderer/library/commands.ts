import { translator } from '../../shared/i18n';
import type { Workbench } from '../state/workbench-context';
import { PortError } from '../../shared/port/errors';
import {
  createProject,
  exportCurrent,
  openInEditor,
  showLibrary,
  type ProjectSource,
} from './actions';
import { problemOf } from './problems';

/**
 * What the library's menu commands do (File menu, keyboard, command palette). Each one reports
 * a failure on the library screen, where the user can act on it.
 */
export const libraryCommands = {
  showLibrary: (workbench: Workbench) => void showLibrary(workbench),

  /** The start screen, where the user picks a sample, a blank project or a file to import. */
  showStart: (workbench: Workbench) => workbench.navigation.getState().show('start'),

  newProject: (workbench: Workbench, source: ProjectSource = 'blank') =>
    void createProject(workbench, source).catch((error: unknown) => {
      const t = translator(workbench.store.getState().language);
      const problem = problemOf(error, t, workbench);
      workbench.navigation.getState().set({ screen: 'library', libraryNotice: problem.text });
    }),

  importProject: (workbench: Workbench) => {
    const { screen } = workbench.navigation.getState();
    workbench.navigation.getState().set({ importFrom: screen });
    void showLibrary(workbench);
  },

  exportProject: (workbench: Workbench) => void exportCurrent(workbench),

  /** Opens a project named by the main process (recent menu, a file opened from the OS). */
  openById: (workbench: Workbench, id: string) =>
    void openInEditor(workbench, id).catch((error: unknown) => {
      if (error instanceof PortError && error.code === 'damaged') {
        workbench.navigation
          .getState()
          .set({ screen: 'library', recover: { id, detail: error.message } });
        return;
      }
      const t = translator(workbench.store.getState().language);
      workbench.navigation.getState().set({
        screen: 'library',
        libraryNotice: problemOf(error, t, workbench).text,
      });
    }),
};
