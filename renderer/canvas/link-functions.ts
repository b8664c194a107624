import { addLink, hasLink } from '../../shared/model';
import type { WorkbenchStore } from '../state/store';

/**
 * Links one function to another as a hand-off, as one undo step, selects the new link and opens
 * it in the inspector, where its kind and label are set. Dragging between handles and "Link to…"
 * both come here. Returns the new link's id; nothing happens (undefined) when a link already
 * runs that way — a second one would only draw over the first — or when addLink refuses the
 * ends (a function and itself, a group frame).
 */
export function linkFunctions(store: WorkbenchStore, from: string, to: string): string | undefined {
  const before = store.getState().project;
  if (hasLink(before, from, to)) return undefined;
  const id = crypto.randomUUID();
  store.getState().edit((doc) => addLink(doc, { id, from, to, kind: 'handoff', label: '' }));
  if (store.getState().project === before) return undefined;
  store.getState().select({ functionIds: [], linkIds: [id] });
  store.getState().showSidePanel('inspector');
  return id;
}
