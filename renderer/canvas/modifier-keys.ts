import { useStore, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';

/** React Flow's keys that select a focused card or link (Escape unselects it). */
const SELECT_KEYS = new Set(['Enter', ' ', 'Escape']);

/**
 * How the canvas reads Ctrl and Cmd (and Shift for multi-selection), so that pressing them costs
 * nothing. Used with `multiSelectionKeyCode={null}` and `zoomActivationKeyCode={null}`; a child of
 * <ReactFlow>.
 *
 * React Flow writes every press and release of its keys into state: the multi-selection key into
 * its store, whose every write runs the selectors of every card and link, and the zoom key into
 * its pan-and-zoom pane, which then registers its wheel listener again — and Chromium answers a
 * new wheel listener by checking the paint of everything under it. At 1,000 functions either
 * costs 12–30 ms a press of Ctrl, for every shortcut.
 * - Multi-selection (Shift, Ctrl or Cmd held on a click, a drag start or Enter/Space on a card) is
 *   read from that event's own modifiers and written only when it differs.
 * - The zoom key is not needed: the wheel zooms, a trackpad pinch too.
 * The selection key (Shift) stays React Flow's: a box needs the pane to know Shift is held before
 * the pointer goes down, wherever the focus was when it was pressed.
 */
export function ModifierKeys(): null {
  const flow = useStoreApi();
  const canvas = useStore((state) => state.domNode);
  useEffect(() => {
    if (!canvas) return;
    const follow = (event: PointerEvent | KeyboardEvent) => {
      if (!(event.target instanceof Node) || !canvas.contains(event.target)) return;
      if (event instanceof KeyboardEvent && !SELECT_KEYS.has(event.key)) return;
      const active = event.shiftKey || event.ctrlKey || event.metaKey;
      if (flow.getState().multiSelectionActive !== active) {
        flow.setState({ multiSelectionActive: active });
      }
    };
    // On the window, capturing: before any of React Flow's handlers, which read the store and
    // may stop the event (with Shift held, the pane takes a click on a card as a box's start).
    window.addEventListener('pointerdown', follow, true);
    window.addEventListener('keydown', follow, true);
    return () => {
      window.removeEventListener('pointerdown', follow, true);
      window.removeEventListener('keydown', follow, true);
    };
  }, [flow, canvas]);
  return null;
}
