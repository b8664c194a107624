import { focusCard } from './card-focus';
import type { Editor } from '../state/editor';

/**
 * Selects a function, opens it in the inspector, brings its card into view and puts the keyboard
 * focus on it.
 */
export function focusFunction({ store, flow }: Editor, functionId: string): void {
  store.getState().select({ functionIds: [functionId], linkIds: [] });
  store.getState().showSidePanel('inspector');
  void flow?.fitView({ nodes: [{ id: functionId }], duration: 300, maxZoom: 1.2, padding: 0.4 });
  focusCard(functionId);
}
