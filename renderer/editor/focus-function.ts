import type { ReactFlowInstance } from '@xyflow/react';
import type { WorkbenchStore } from '../state/store';

/** Selects a function, opens it in the inspector and brings its card into view. */
export function focusFunction(
  store: WorkbenchStore,
  flow: ReactFlowInstance | undefined,
  functionId: string,
): void {
  store.getState().select({ functionIds: [functionId], linkIds: [] });
  store.getState().showSidePanel('inspector');
  void flow?.fitView({ nodes: [{ id: functionId }], duration: 300, maxZoom: 1.2, padding: 0.4 });
}
