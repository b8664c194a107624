import { translator } from '../../shared/i18n';
import type { Workbench } from '../state/workbench-context';
import { PortError } from '../../shared/port/errors';
import { onDemand } from '../ui-kit/lazy';
import type * as Actions from './actions';
import type { ProjectSource } from './actions';
import { problemOf } from './problems';

/** The workflows themselves: loaded with the first of them, or in idle time before. */
const actions = onDemand(() => import('./actions'));

/** A workflow that reports its own failures; only its code failing to load is left to log. */
const run = (workflow: (loaded: typeof Actions) => Promise<void>) =>
  void actions()
    .then(workflow)
    .catch((error: unknown) => console.error('the library could not be loaded', error));

/**
 * What the library's menu commands do (File menu, keyboard, command palette). Each one reports
 * a failure on the library screen, where the user can act on it.
 */
export const libraryCommands = {
  showLibrary: (workbench: Workbench) => run((a) => a.showLibrary(workbench)),

  /** The start screen, where the user picks a sample, a blank project or a file to import. */
  showStart: (workbench: Workbench) => workbench.navigation.getState().show('start'),

  newProject: (workbench: Workbench, source: ProjectSource = 'blank') =>
    void actions()
      .then((a) => a.createProject(workbench, source))
      .catch((error: unknown) => {
        const t = translator(workbench.store.getState().language);
        const problem = problemOf(error, t, workbench);
        workbench.navigation.getState().set({ screen: 'library', libraryNotice: problem.text });
      }),

  importProject: (workbench: Workbench) => {
    const { screen } = workbench.navigation.getState();
    workbench.navigation.getState().set({ importFrom: screen });
    run((a) => a.showLibrary(workbench));
  },

  exportProject: (workbench: Workbench) => run((a) => a.exportCurrent(workbench)),

  /** Opens a project named by the main process (recent menu, a file opened from the OS). */
  openById: (workbench: Workbench, id: string) =>
    void actions()
      .then((a) => a.openInEditor(workbench, id))
      .catch((error: unknown) => {
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
