import type { WorkbenchPort } from '../../shared/port/contract';
import { loadIntoStore } from './persistence';
import type { WorkbenchStore } from './store';

const lockName = (id: string) => `ssw.project.${id}`;

/**
 * One tab edits a project at a time: tabs of the browser edition share one storage, and two
 * tabs saving the same project would each overwrite the other's work. The tab that shows a
 * project first holds a Web Lock named after it while it does. A tab that finds the lock taken
 * shows the project read-only (`openElsewhere`: it saves nothing, a banner says why) and waits
 * in the lock's queue; when the other tab closes or moves to another project, it reloads the
 * project as stored and becomes editable. Follows the project shown; `claimed` settles once the
 * first project's lock is decided, before anything may be saved. Without Web Locks (Node, old
 * browsers) every tab edits.
 */
export function startTabLock(
  store: WorkbenchStore,
  port: WorkbenchPort,
  locks: LockManager | undefined = globalThis.navigator?.locks,
): { readonly claimed: Promise<void>; readonly stop: () => void } {
  let letGo: (() => void) | undefined;

  function follow(id: string): Promise<void> {
    letGo?.();
    if (!locks) return Promise.resolve();
    const waiting = new AbortController();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    letGo = () => {
      release();
      waiting.abort();
    };
    const holdWhile = async () => held;
    return new Promise<void>((decided) => {
      void locks.request(lockName(id), { ifAvailable: true }, async (lock) => {
        store.setState({ openElsewhere: lock === null });
        decided();
        if (lock) await holdWhile();
      });
    }).then(() => {
      if (!store.getState().openElsewhere) return;
      locks
        .request(lockName(id), { signal: waiting.signal }, async () => {
          if (store.getState().project.id !== id) return;
          // The other tab is done: take over from what it stored.
          const opened = await port.openProject(id);
          loadIntoStore(store, opened.project, true);
          store.setState({ openElsewhere: false });
          await holdWhile();
        })
        .catch((error: unknown) => {
          if (!waiting.signal.aborted) console.error('tab lock', error);
        });
    });
  }

  const claimed = follow(store.getState().project.id);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.project.id !== previous.project.id) void follow(state.project.id);
  });
  return {
    claimed,
    stop() {
      unsubscribe();
      letGo?.();
    },
  };
}
