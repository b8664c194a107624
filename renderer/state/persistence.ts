import type { MessageKey, MessageParams } from '../../shared/i18n';
import type { Project } from '../../shared/model';
import type { WorkbenchPort } from '../../shared/port/contract';
import { PortError } from '../../shared/port/errors';
import { plainText } from '../../shared/display';
import { EMPTY_SELECTION, isDirty, type WorkbenchState, type WorkbenchStore } from './store';
import { createUnsavedJournal, type UnsavedJournal } from './unsaved-journal';

/**
 * Saves the current document. Calls are serialised: a save asked for while one is running
 * starts after it, with the newest document, so an older version can never land last.
 */
export function createSaver(store: WorkbenchStore, port: WorkbenchPort) {
  let queue: Promise<boolean> = Promise.resolve(true);
  // The project last recorded as "recently opened"; a new project is recorded on its first save.
  let remembered: string | undefined;

  async function saveOnce(): Promise<boolean> {
    const { project, revision, markSaving, markSaved, markSaveFailed } = store.getState();
    markSaving();
    try {
      // Against the revision the edits started from: a project changed elsewhere since (another
      // tab, another program) is not overwritten; the conflict dialog asks the user.
      const receipt = await port.saveProject(project, revision);
      markSaved(project, receipt.savedAt, receipt.revision);
    } catch (error) {
      // The document stays in memory untouched; the status bar says what happened.
      markSaveFailed(error instanceof PortError ? error.code : 'internal');
      console.error('Save failed', error);
      return false;
    }
    if (remembered !== project.id) {
      remembered = project.id;
      await rememberOpened(port, project.id).catch((error: unknown) => console.error(error));
    }
    return true;
  }

  return {
    save(): Promise<boolean> {
      // Read-only while another tab edits the project: its saves must not be overwritten. After
      // a conflict, nothing is saved until the user has chosen whose version to keep.
      const { openElsewhere, saveError } = store.getState();
      if (openElsewhere || saveError === 'conflict') return Promise.resolve(false);
      queue = queue.then(saveOnce, saveOnce);
      return queue;
    },
    /** Saves only if there is something to save; true when the document is safely stored. */
    async flush(): Promise<boolean> {
      await queue;
      return isDirty(store.getState()) ? this.save() : true;
    },
    /** Notes a project opened from the library as already recorded. */
    opened(id: string): void {
      remembered = id;
    },
  };
}

export type Saver = ReturnType<typeof createSaver>;

/** Records a project as the one to reopen at start and at the top of the recent list. */
export async function rememberOpened(port: WorkbenchPort, id: string): Promise<void> {
  await Promise.all([port.markRecent(id), port.updateSettings({ lastProjectId: id })]);
}

/**
 * Puts a project into the editor in place of the current one: history cleared, selection
 * cleared. `revision` is the stored revision when it is what storage holds (else it is dirty
 * until saved).
 */
export function loadIntoStore(
  store: WorkbenchStore,
  project: Project,
  revision: string | undefined,
): void {
  const stored = revision !== undefined;
  store.setState({
    project,
    revision,
    savedProject: stored ? project : undefined,
    lastSavedAt: stored ? project.updatedAt : undefined,
    saveStatus: 'idle',
    saveError: undefined,
    selection: EMPTY_SELECTION,
    notice: undefined,
  });
  store.temporal.getState().clear();
}

/** Milliseconds of quiet after an edit before the autosave runs. */
export const AUTOSAVE_DELAY_MS = 1500;
/** How long the autosave waits, after that, for the main thread to be idle. */
const AUTOSAVE_IDLE_TIMEOUT_MS = 1000;

/**
 * Runs `work` when the main thread is idle: after the frames that show an edit and between
 * the user's keystrokes, never in their way. Returns the function that cancels it.
 */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: AUTOSAVE_IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}

/**
 * Saves shortly after each edit (once the edits pause and the main thread is idle, so that
 * serialising the project never delays a frame), and at once when the page is hidden or
 * closed. Returns the function that stops it.
 */
export function startAutosave(
  store: WorkbenchStore,
  saver: Saver,
  journal: UnsavedJournal = createUnsavedJournal(),
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle = () => {};
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    cancelIdle();
  };
  const flush = () => {
    cancel();
    if (isDirty(store.getState())) void saver.save();
  };
  // The save may not finish before the page goes: the journal keeps the edit until it has.
  const hide = () => {
    const { project, lastSavedAt, openElsewhere } = store.getState();
    // lastSavedAt is the stored version's updatedAt: the version these edits started from. A
    // read-only tab keeps nothing: its edits are never to be stored.
    if (isDirty(store.getState()) && lastSavedAt && !openElsewhere) {
      journal.keep(project, lastSavedAt);
    }
    flush();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (isDirty(previous) && !isDirty(state)) journal.forget(state.project.id);
    if (state.project === previous.project || !isDirty(state)) return;
    cancel();
    timer = setTimeout(() => {
      cancelIdle = whenIdle(flush);
    }, AUTOSAVE_DELAY_MS);
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden') hide();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', hide);
  return () => {
    cancel();
    unsubscribe();
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', hide);
  };
}

/**
 * Closing never loses work and never traps the user. On the desktop the main process asks
 * before the window closes; the answer is whether the pending save went through, and after a
 * failure main offers Retry / Close without saving / Cancel in a native dialog. (`beforeunload`
 * cannot do this there: Chromium blocks dialogs in it and Electron cancels the close silently.)
 * In a browser, `beforeunload` starts the save and lets the browser ask "Leave site?" while
 * work is not stored. Returns the function that stops it.
 */
export function guardClose(store: WorkbenchStore, saver: Saver, port: WorkbenchPort): () => void {
  if (port.edition === 'desktop') return port.onCloseRequest(() => saver.flush());
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    const state = store.getState();
    // A read-only tab (another tab edits the project) has nothing it could store.
    if (state.openElsewhere || (!isDirty(state) && state.saveStatus !== 'saving')) return;
    void saver.flush();
    event.preventDefault();
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}

/**
 * The window title: the project's name, marked while the work is not stored, so the task bar
 * tells the truth as well as the status bar.
 */
export function windowTitleOf(
  state: WorkbenchState,
  t: (key: MessageKey, params?: MessageParams) => string,
): string {
  const params = { name: plainText(state.project.name), app: t('app.title') };
  if (state.saveStatus === 'failed') return t('library.window.failed', params);
  if (isDirty(state) || state.saveStatus === 'saving') return t('library.window.unsaved', params);
  return t('library.window.saved', params);
}
