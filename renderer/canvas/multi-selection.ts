import { useStore, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';

/** React Flow's keys that select a focused card or link (Escape unselects it). */
const SELECT_KEYS = new Set(['Enter', ' ', 'Escape']);

/**
 * Multi-selection — Shift, Ctrl or Cmd held while a card or link is clicked, dragged or selected
 * by the keyboard — read from that event's own modifier keys, at the moment React Flow needs it.
 *
 * React Flow's `multiSelectionKeyCode` instead writes every press and every release of those keys
 * into its store, and each write runs the store selectors of every card and link: at 1,000
 * functions two passes of ~12 ms for each Ctrl+Z, Ctrl+K or capital letter typed in a field.
 * Here the store is written only when a click or a select key finds it different.
 * Used with `multiSelectionKeyCode={null}`; a child of <ReactFlow>.
 */
export function MultiSelectionFromEvents(): null {
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
