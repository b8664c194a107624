import type { WorkbenchPort } from '../../shared/port/contract';
import { loadIntoStore } from './persistence';
import { isDirty, type WorkbenchStore } from './store';

const lockName = (id: string) => `ssw.project.${id}`;

export interface TabLock {
  /** Settles once the first project's lock is decided, before anything may be saved. */
  readonly claimed: Promise<void>;
  /**
   * Makes this tab the one that edits, taking the lock from the other tab (which turns
   * read-only). Unsaved edits of this tab are kept and saved (a revision conflict is then
   * the user's to settle); otherwise the project is reloaded as stored. Resolves once done.
   */
  readonly takeOver: () => Promise<void>;
  readonly stop: () => void;
}

/**
 * One tab edits a project at a time: tabs of the browser edition share one storage, and two
 * tabs saving the same project would each overwrite the other's work. The tab that shows a
 * project first holds a Web Lock named after it while it does. A tab that finds the lock taken
 * shows the project read-only (`openElsewhere`: it edits and saves nothing, a banner says why)
 * and waits in the lock's queue; when the other tab closes or moves to another project, it
 * reloads the project as stored and becomes editable. The user may also take over at once
 * (the lock is stolen; the other tab turns read-only and waits in turn). Follows the project
 * shown. Without Web Locks (Node, old browsers) every tab edits.
 */
export function startTabLock(
  store: WorkbenchStore,
  port: WorkbenchPort,
  onTakenOver: () => void = () => undefined,
  locks: LockManager | undefined = globalThis.navigator?.locks,
): TabLock {
  let current: Following | undefined;

  interface Following {
    readonly id: string;
    /** Aborted when this tab stops following the project (another one is shown). */
    readonly session: AbortController;
    /** Resolves when the session ends: a lock held for it is let go. */
    readonly ended: Promise<void>;
    waiting?: AbortController;
  }

  /** Holds the lock until the session ends; a stolen lock turns the tab read-only again. */
  function hold(following: Following, request: Promise<unknown>): void {
    request.catch((error: unknown) => {
      if (following.session.signal.aborted) return;
      if (error instanceof DOMException && error.name === 'AbortError') {
        // Another tab took over: this one shows the project read-only and waits its turn.
        store.setState({ openElsewhere: true });
        wait(following);
        return;
      }
      console.error('tab lock', error);
    });
  }

  /** Becomes editable when the lock is given up by the other tab. */
  function wait(following: Following): void {
    if (!locks) return;
    const waiting = new AbortController();
    following.waiting = waiting;
    following.session.signal.addEventListener('abort', () => waiting.abort(), { once: true });
    const request = locks.request(lockName(following.id), { signal: waiting.signal }, async () => {
      following.waiting = undefined;
      if (store.getState().project.id !== following.id) return;
      // The other tab is done: take over from what it stored.
      const opened = await port.openProject(following.id);
      loadIntoStore(store, opened.project, opened.revision);
      store.setState({ openElsewhere: false });
      await following.ended;
    });
    request.catch((error: unknown) => {
      if (waiting.signal.aborted) return;
      console.error('tab lock', error);
    });
  }

  function follow(id: string): Promise<void> {
    current?.session.abort();
    if (!locks) return Promise.resolve();
    const session = new AbortController();
    const ended = new Promise<void>((resolve) =>
      session.signal.addEventListener('abort', () => resolve(), { once: true }),
    );
    const following: Following = { id, session, ended };
    current = following;
    return new Promise<void>((decided) => {
      const request = locks.request(lockName(id), { ifAvailable: true }, async (lock) => {
        store.setState({ openElsewhere: lock === null });
        decided();
        if (lock) await ended;
      });
      hold(following, request);
    }).then(() => {
      if (store.getState().openElsewhere) wait(following);
    });
  }

  async function takeOver(): Promise<void> {
    const following = current;
    if (!locks || !following || !store.getState().openElsewhere) return;
    following.waiting?.abort();
    following.waiting = undefined;
    await new Promise<void>((done, failed) => {
      const request = locks.request(lockName(following.id), { steal: true }, async () => {
        if (!isDirty(store.getState())) {
          const opened = await port.openProject(following.id);
          loadIntoStore(store, opened.project, opened.revision);
        }
        store.setState({ openElsewhere: false });
        onTakenOver();
        done();
        await following.ended;
      });
      request.catch(failed);
      hold(following, request);
    });
  }

  const claimed = follow(store.getState().project.id);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.project.id !== previous.project.id) void follow(state.project.id);
  });
  return {
    claimed,
    takeOver,
    stop() {
      unsubscribe();
      current?.session.abort();
    },
  };
}
