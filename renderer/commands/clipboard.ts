import { copyFragment, pasteFragment, type Fragment } from '../../shared/model/ops/fragment';
import { focusCard } from '../canvas/card-focus';
import type { Editor } from '../state/editor';

/** Marks our clipboard text, so pasting someone's shopping list does nothing. */
export const CLIPBOARD_KIND = 'sales-system-workbench/fragment';
/** Where a pasted copy lands relative to the original: visibly apart, on the grid. */
export const PASTE_OFFSET = { x: 32, y: 32 } as const;

/** Copies the selected functions to the editor's clipboard; the text for the system's. */
export function copySelection({ store, view }: Editor): string | undefined {
  const { project, selection } = store.getState();
  if (selection.functionIds.length === 0) return undefined;
  const fragment = copyFragment(project, selection.functionIds);
  view.setState({ clipboard: fragment });
  return JSON.stringify({ kind: CLIPBOARD_KIND, fragment });
}

/** Reads clipboard text; anything that is not a valid fragment of ours is ignored. */
export async function fragmentFromText(text: string): Promise<Fragment | undefined> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  return (await import('./clipboard-format')).fragmentFromJson(json);
}

/**
 * Pastes a fragment (or the last one copied here) as one undo step, selects the copies and puts
 * the keyboard focus on the first.
 */
export function pasteInto({ store, view }: Editor, fragment: Fragment | undefined) {
  if (!fragment || fragment.functions.length === 0) return;
  let newIds: string[] = [];
  store.getState().edit((project) => {
    const result = pasteFragment(project, fragment, () => crypto.randomUUID(), PASTE_OFFSET);
    newIds = result.newIds;
    return result.project;
  });
  store.getState().select({ functionIds: newIds, linkIds: [] });
  if (newIds[0]) focusCard(newIds[0]);
  // A second paste lands further along instead of on top of the first.
  view.setState({ clipboard: { ...fragment, functions: fragment.functions.map(shift) } });
}

function shift<T extends { position: { x: number; y: number } }>(item: T): T {
  return {
    ...item,
    position: { x: item.position.x + PASTE_OFFSET.x, y: item.position.y + PASTE_OFFSET.y },
  };
}
