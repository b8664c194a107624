import { useCallback, useEffect, useRef } from 'react';
import type { Size } from '../../shared/layout/rect';
import { setFunctionPositions } from '../../shared/model';
import { largeNames, type WorkbenchStore } from '../state/store';
import { onDemand } from '../ui-kit/lazy';

// Needed only when names turn large, so not with the first screen.
const grownCards = onDemand(() => import('../../shared/layout/grown-cards'));

/**
 * Large type makes every card taller in place, so a card runs into the row below it. When names
 * turn large (largeNames: the "large type" setting or the projector theme, whichever comes
 * first), the cards are noted as drawn; once React Flow has measured them again, the cards that
 * now cover the ones below push them down (clearGrownCards), as one undo step. The document
 * moves, not only the view: the report draws the cards where the document has them, and an undo
 * puts them back. Nothing moves where the type does not change (large type switched on in the
 * projector theme, or the projector theme chosen in large type) or in a read-only tab.
 *
 * Returns what the canvas calls with the cards' sizes each time React Flow measured them.
 */
export function useCardsClearAfterLargeType(
  store: WorkbenchStore,
  measuredNow: () => ReadonlyMap<string, Size>,
): (measured: ReadonlyMap<string, Size>) => void {
  const before = useRef<ReadonlyMap<string, Size> | undefined>(undefined);
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const large = largeNames(state);
        if (large === largeNames(previous)) return;
        const grows = large && !state.openElsewhere && state.project.functions.length > 0;
        before.current = grows ? measuredNow() : undefined;
      }),
    [store, measuredNow],
  );
  return useCallback(
    (measured) => {
      const heights = before.current;
      if (!heights) return;
      before.current = undefined;
      const cards = store.getState().project.functions.flatMap((fn) => {
        const size = measured.get(fn.id);
        const heightBefore = heights.get(fn.id)?.height;
        return size && heightBefore !== undefined
          ? [{ id: fn.id, ...fn.position, ...size, heightBefore, groupId: fn.groupId }]
          : [];
      });
      void grownCards()
        .then(({ clearGrownCards }) => {
          const moves = clearGrownCards(cards);
          if (moves.size === 0) return;
          const positions = [...moves].map(([id, position]) => ({ id, position }));
          store.getState().edit((project) => setFunctionPositions(project, positions));
        })
        .catch((error: unknown) => console.error('clearing grown cards', error));
    },
    [store],
  );
}
