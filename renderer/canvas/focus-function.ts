import { focusCard } from './card-focus';
import { FIT_MAX_ZOOM } from '../../shared/layout/fit';
import type { Editor } from '../state/editor';

/**
 * Selects a function, opens it in the inspector, brings its card into view and puts the keyboard
 * focus on it.
 */
export function focusFunction({ store, flow }: Editor, functionId: string): void {
  store.getState().select({ functionIds: [functionId], linkIds: [] });
  store.getState().showSidePanel('inspector');
  const maxZoom = FIT_MAX_ZOOM;
  void flow?.fitView({ nodes: [{ id: functionId }], duration: 300, maxZoom, padding: 0.4 });
  focusCard(functionId);
}
