import type { ReactFlowInstance } from '@xyflow/react';
import type { WorkbenchStore } from '../state/store';

/**
 * Frames to keep trying before giving up: React Flow draws a new card hidden, measures it and
 * only then shows it (a hidden element cannot take focus), and a dialog being closed keeps the
 * page inert until it is gone. A few frames normally; more on a busy machine.
 */
const MAX_FRAMES = 120;

/** The latest request; an older one still waiting stops, so focus goes where the user went last. */
let latest = 0;

/**
 * Moves keyboard focus to an element that may not exist, or not accept focus, yet: tries once a
 * frame until the element holds the focus, for a bounded number of frames.
 */
export function focusWhenReady(find: () => HTMLElement | null | undefined): void {
  const request = ++latest;
  let frames = 0;
  const attempt = () => {
    if (request !== latest) return;
    const element = find();
    if (element) {
      // The canvas is panned, never scrolled: a browser scroll would shift its clipped pane.
      element.focus({ preventScroll: true });
      if (document.activeElement === element) return;
    }
    if (++frames < MAX_FRAMES) window.requestAnimationFrame(attempt);
  };
  window.requestAnimationFrame(attempt);
}

function cardElement(functionId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `.react-flow__node[data-id="${CSS.escape(functionId)}"]`,
  );
}

/**
 * Puts keyboard focus on a function's card once it is drawn, so that the keys that follow (arrows,
 * Delete, F2 …) act on the card the user just added, found or pasted.
 */
export function focusCard(functionId: string): void {
  focusWhenReady(() => cardElement(functionId));
}

/** Set by a Tab key press in the editor, for the focus move that is its default action. */
let tabbing = false;

/** Notes a key pressed in the editor, so that followKeyboardFocus knows a move made by Tab. */
export function noteKey(key: string): void {
  tabbing = key === 'Tab';
  // The browser moves the focus right after the key event; a later focus (a dialog closing,
  // Tab having left the editor) is not that move.
  if (tabbing) window.setTimeout(() => (tabbing = false));
}

/**
 * Tab onto a card or a link selects it, so that the arrows, Delete and F2 act on what the focus
 * ring shows (React Flow would wait for Enter), and brings a link into view (React Flow does so
 * for a card). Other focus moves are left alone: a pointer's (React Flow's click selects, knowing
 * Shift and Ctrl), focusCard's (it follows a selection already made) and a closing dialog's,
 * which hands the focus back to where it was before.
 */
export function followKeyboardFocus(
  target: EventTarget,
  store: WorkbenchStore,
  flow: ReactFlowInstance | undefined,
): void {
  const byTab = tabbing;
  tabbing = false;
  if (!byTab || !(target instanceof Element) || !target.matches(':focus-visible')) return;
  const id = target.getAttribute('data-id');
  if (!id) return;
  const isCard = target.matches('.react-flow__node-function');
  if (!isCard && !target.matches('.react-flow__edge')) return;
  const { selection } = store.getState();
  const only = isCard ? selection.functionIds : selection.linkIds;
  const others = isCard ? selection.linkIds : selection.functionIds;
  if (only.length !== 1 || only[0] !== id || others.length > 0) {
    store
      .getState()
      .select(isCard ? { functionIds: [id], linkIds: [] } : { functionIds: [], linkIds: [id] });
    store.getState().showSidePanel('inspector');
  }
  if (!isCard && flow) reveal(target, flow);
}

/** Pans, at the current zoom, so that an element outside the visible canvas comes to its centre. */
function reveal(element: Element, flow: ReactFlowInstance): void {
  const pane = element.closest('.react-flow')?.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  if (!pane) return;
  const inside =
    box.left >= pane.left &&
    box.right <= pane.right &&
    box.top >= pane.top &&
    box.bottom <= pane.bottom;
  if (inside) return;
  const centre = flow.screenToFlowPosition({
    x: box.left + box.width / 2,
    y: box.top + box.height / 2,
  });
  void flow.setCenter(centre.x, centre.y, { zoom: flow.getZoom(), duration: 200 });
}

/** Where the focus goes when the card or link holding it is deleted. */
export type FocusAfterRemoval =
  { readonly to: 'card'; readonly functionId: string } | { readonly to: 'canvas' };

/**
 * Decided before a deletion: when the focus is on a card or link being deleted, it moves to the
 * next card in the canvas's order (the previous one when the last goes), else to the canvas —
 * never to the page body, where the keys would act on nothing. Undefined when the focus is
 * elsewhere (a field, a menu): it stays there.
 */
export function focusAfterRemoval(
  order: readonly string[],
  removed: ReadonlySet<string>,
): FocusAfterRemoval | undefined {
  // Commands also run without a page (unit tests drive the editor in Node): no focus to move.
  if (typeof document === 'undefined') return undefined;
  const focused = document.activeElement?.closest('.react-flow__node, .react-flow__edge');
  const id = focused?.getAttribute('data-id');
  if (!id || !removed.has(id)) return undefined;
  const at = order.indexOf(id);
  const kept = (other: string) => !removed.has(other);
  const next =
    order.slice(at + 1).find(kept) ?? order.slice(0, Math.max(0, at)).reverse().find(kept);
  return next ? { to: 'card', functionId: next } : { to: 'canvas' };
}

/** Focuses the canvas itself (not in the Tab order; reached after its last card is deleted). */
export function focusCanvas(): void {
  focusWhenReady(() => document.querySelector<HTMLElement>('main.canvas'));
}
