import { focusCard } from './card-focus';
import { FIT_MAX_ZOOM } from '../../shared/layout/fit';
import type { Editor } from '../state/editor';

/** Selects a function, opens it in the inspector and brings its card into view. */
export function showFunction({ store, flow }: Editor, functionId: string): void {
  store.getState().select({ functionIds: [functionId], linkIds: [] });
  store.getState().showSidePanel('inspector');
  const maxZoom = FIT_MAX_ZOOM;
  void flow?.fitView({ nodes: [{ id: functionId }], duration: 300, maxZoom, padding: 0.4 });
}

/** showFunction, and the keyboard focus on its card. */
export function focusFunction(editor: Editor, functionId: string): void {
  showFunction(editor, functionId);
  focusCard(functionId);
}
