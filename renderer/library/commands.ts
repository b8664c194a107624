import { translator } from '../../shared/i18n';
import type { Workbench } from '../app/workbench-context';
import { navigation } from '../state/navigation';
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
  showStart: () => navigation.getState().show('start'),

  newProject: (workbench: Workbench, source: ProjectSource = 'blank') =>
    void createProject(workbench, source).catch((error: unknown) => {
      const t = translator(workbench.store.getState().language);
      const problem = problemOf(error, t, workbench);
      navigation.getState().set({ screen: 'library', libraryNotice: problem.text });
    }),

  importProject: (workbench: Workbench) => {
    navigation.getState().set({ importRequested: true });
    void showLibrary(workbench);
  },

  exportProject: (workbench: Workbench) => void exportCurrent(workbench),

  /** Opens a project named by the main process (recent menu, a file opened from the OS). */
  openById: (workbench: Workbench, id: string) =>
    void openInEditor(workbench, id).catch((error: unknown) => {
      if (error instanceof PortError && error.code === 'damaged') {
        navigation.getState().set({ screen: 'library', recover: { id, detail: error.message } });
        return;
      }
      const t = translator(workbench.store.getState().language);
      navigation.getState().set({
        screen: 'library',
        libraryNotice: problemOf(error, t, workbench).text,
      });
    }),
};

/** The editor's project can be exported only while the editor shows one. */
export const editorHasProject = () =>
  navigation.getState().editorHasProject && navigation.getState().screen === 'editor';
