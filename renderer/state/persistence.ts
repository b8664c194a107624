import type { WorkbenchPort } from '../../shared/port/contract';
import { PortError } from '../../shared/port/errors';
import { isDirty, type WorkbenchStore } from './store';

/**
 * Saves the current document. Calls are serialised: a save asked for while one is running
 * starts after it, with the newest document, so an older version can never land last.
 */
export function createSaver(store: WorkbenchStore, port: WorkbenchPort) {
  let queue: Promise<boolean> = Promise.resolve(true);

  async function saveOnce(): Promise<boolean> {
    const { project, markSaving, markSaved, markSaveFailed } = store.getState();
    markSaving();
    try {
      const receipt = await port.saveProject(project);
      markSaved(project, receipt.savedAt);
      await port.updateSettings({ lastProjectId: project.id });
      return true;
    } catch (error) {
      // The document stays in memory untouched; the status bar says what happened.
      markSaveFailed(error instanceof PortError ? error.code : 'internal');
      console.error('Save failed', error);
      return false;
    }
  }

  return {
    save(): Promise<boolean> {
      queue = queue.then(saveOnce, saveOnce);
      return queue;
    },
  };
}

export type Saver = ReturnType<typeof createSaver>;

/** Milliseconds of quiet after an edit before the autosave runs. */
export const AUTOSAVE_DELAY_MS = 1500;

/**
 * Saves shortly after each edit, and at once when the page is hidden or closed. Returns the
 * function that stops it.
 */
export function startAutosave(store: WorkbenchStore, saver: Saver): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (isDirty(store.getState())) void saver.save();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.project === previous.project || !isDirty(state)) return;
    clearTimeout(timer);
    timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', flush);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', flush);
  };
}
