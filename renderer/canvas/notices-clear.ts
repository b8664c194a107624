import type { ReactFlowInstance } from '@xyflow/react';
import { useLayoutEffect, type RefObject } from 'react';
import { BELOW_NOTICES, fitWholeDesign } from './view-fit';

/**
 * Fits the view again, at once, below the notices, when cards lie under `notices` (the stack
 * over the canvas's top edge) or closer below it than a fit leaves.
 */
function clearCardsOf(flow: ReactFlowInstance | undefined, notices: Element): void {
  if (!flow) return;
  const { left, top, right, bottom } = notices.getBoundingClientRect();
  if (bottom <= top) return;
  const from = flow.screenToFlowPosition({ x: left, y: top });
  const to = flow.screenToFlowPosition({ x: right, y: bottom + BELOW_NOTICES });
  const area = { ...from, width: to.x - from.x, height: to.y - from.y };
  if (flow.getIntersectingNodes(area).length > 0) fitWholeDesign(flow, 0);
}

/**
 * Keeps the cards clear of a notice over the canvas (`note`, while `shown`; `canvas`: the editor,
 * whose React Flow instance is read when needed): when it is drawn, and whenever the stack of
 * notices it belongs to changes size — another notice appearing above it pushes it down over
 * cards that were clear. Before the paint (a layout effect, then a ResizeObserver, whose
 * callbacks run before the frame is painted), so no frame shows a card under a notice. The
 * open's fit of the view is mostly done before the notices come.
 */
export function useCardsClearOf(
  note: RefObject<HTMLElement | null>,
  shown: boolean,
  canvas: { readonly flow: ReactFlowInstance | undefined },
): void {
  useLayoutEffect(() => {
    const element = note.current;
    if (!shown || !element) return;
    const notices = element.closest('.canvas-notices') ?? element;
    clearCardsOf(canvas.flow, notices);
    const observer = new ResizeObserver(() => clearCardsOf(canvas.flow, notices));
    observer.observe(notices);
    return () => observer.disconnect();
  }, [note, shown, canvas]);
}
