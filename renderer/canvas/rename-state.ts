import { createStore } from 'zustand/vanilla';
import type { WorkbenchState, WorkbenchStore } from '../state/store';

/**
 * Which function's card shows its name as a text field. View state: neither undoable nor saved,
 * so it lives beside the workbench store (like navigation), not in its document.
 */
export const renaming = createStore<{ readonly functionId: string | undefined }>()(() => ({
  functionId: undefined,
}));

export function startRename(functionId: string): void {
  renaming.setState({ functionId });
}

export function endRename(): void {
  renaming.setState({ functionId: undefined });
}

/**
 * Ends a rename whose function is no longer in the project (deleted, undone, another project
 * opened), so that it does not reopen if the function comes back. Returns the unsubscribe.
 */
export function endRenameOfRemoved(store: WorkbenchStore): () => void {
  const check = (state: WorkbenchState) => {
    const { functionId } = renaming.getState();
    if (functionId && !state.project.functions.some((fn) => fn.id === functionId)) endRename();
  };
  check(store.getState());
  return store.subscribe(check);
}
