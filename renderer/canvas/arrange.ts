import { autoLayout } from '../../shared/layout/auto-layout';
import type { Size } from '../../shared/layout/rect';
import { setFunctionPositions } from '../../shared/model';
import type { Editor } from '../state/editor';
import { sizeOf } from './flow-elements';
import { fitWholeDesign, noticesDepth, paneBox } from './view-fit';

/**
 * The part of the canvas an arrangement is shaped for, in px: below the notices, where the
 * view fitted afterwards shows it (fitWholeDesign).
 */
function arrangeArea(): Size | undefined {
  const pane = paneBox();
  if (!pane || pane.width <= 0 || pane.height <= 0) return undefined;
  return { width: pane.width, height: Math.max(pane.height / 2, pane.height - noticesDepth(pane)) };
}

/**
 * Arranges the design along its links (autoLayout), shaped for the canvas below its notices,
 * as one undo step, and fits the view to it once the cards have moved.
 */
export function arrange({ store, flow }: Editor): void {
  const detail = store.getState().detail;
  const cardSize = (id: string) => {
    const node = flow?.getNode(id);
    return sizeOf(node ?? { id, position: { x: 0, y: 0 }, data: {} }, detail);
  };
  store
    .getState()
    .edit((project) => setFunctionPositions(project, autoLayout(project, cardSize, arrangeArea())));
  window.requestAnimationFrame(() => fitWholeDesign(flow, 300));
}
