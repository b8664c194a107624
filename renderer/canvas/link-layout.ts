import { useStoreApi, type Node } from '@xyflow/react';
import { useCallback, useSyncExternalStore } from 'react';
import { displayFor, type Display } from '../../shared/display';
import { departmentFrames, frameNameBand } from '../../shared/layout/group-frame';
import { LINK_LABEL_HEIGHT, labelTextWidth } from '../../shared/layout/link-label';
import { layoutLinks, type LinkLayout } from '../../shared/layout/link-layout';
import { linkLanes } from '../../shared/layout/link-route';
import { NODE_HEIGHT_ESTIMATE, NODE_WIDTH } from '../../shared/layout/node-size';
import type { Size } from '../../shared/layout/rect';
import type { Group, Link, SalesFunction } from '../../shared/model';
import { useWorkbench } from '../state/workbench-context';
import type { Detail, WorkbenchState } from '../state/store';
import { samePosition, sizeOf } from './flow-elements';

/** Remembers the last result and returns it while the arguments are the same objects. */
function lastResult<A extends readonly unknown[], R>(compute: (...args: A) => R) {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (!last || args.some((arg, index) => !Object.is(arg, last?.args[index]))) {
      last = { args, result: compute(...args) };
    }
    return last.result;
  };
}

let knownSizes: ReadonlyMap<string, Size> = new Map();

/**
 * The cards' measured sizes. React Flow hands over a new node list on every frame of a drag, but
 * a drag changes no size: the same map is then returned, so nothing placed from it is redone.
 */
const cardSizes = lastResult((nodes: readonly Node[], detail: Detail) => {
  const sizes = new Map<string, Size>();
  for (const node of nodes) if (node.type === 'function') sizes.set(node.id, sizeOf(node, detail));
  const same =
    sizes.size === knownSizes.size &&
    [...sizes].every(([id, size]) => {
      const known = knownSizes.get(id);
      return known?.width === size.width && known.height === size.height;
    });
  if (!same) knownSizes = sizes;
  return knownSizes;
});

/**
 * How far to its right each link is drawn (see linkLanes): once per version of the links array,
 * for the layout and for every edge's selector alike.
 */
export const lanesOf = lastResult((links: readonly Link[]) => linkLanes(links));

type Place = Pick<SalesFunction, 'id' | 'position' | 'groupId'>;
let knownPlaces: readonly Place[] = [];

const samePlace = (known: Place | undefined, position: Place['position']) =>
  known !== undefined && samePosition(known.position, position);

/**
 * Where the functions stand, and in which department: the same array while none was added,
 * removed, moved or moved to another department. An edit
 * that moves nothing (a rename, a new KPI, a switch to a scenario that moved no card) keeps it,
 * so the links are not laid out again for it.
 */
const cardPlaces = lastResult((functions: readonly SalesFunction[]): readonly Place[] => {
  const same =
    functions.length === knownPlaces.length &&
    functions.every(
      (fn, i) =>
        knownPlaces[i]?.id === fn.id &&
        knownPlaces[i].groupId === fn.groupId &&
        samePlace(knownPlaces[i], fn.position),
    );
  if (!same)
    knownPlaces = functions.map(({ id, position, groupId }) => ({ id, position, groupId }));
  return knownPlaces;
});

/**
 * How every link is drawn (see layoutLinks), from the document's positions, which a drag
 * changes only when the cards are dropped, and the cards' measured sizes: one pass per change
 * of positions, departments, links, sizes or language. No label covers a department's name.
 */
const linkLayouts = lastResult(
  (
    functions: readonly Place[],
    groups: readonly Group[],
    links: readonly Link[],
    sizes: ReadonlyMap<string, Size>,
    detail: Detail,
    display: Display,
  ) => {
    const unmeasured = { width: NODE_WIDTH[detail], height: NODE_HEIGHT_ESTIMATE[detail] };
    const cards = new Map(
      functions.map((fn) => [fn.id, { ...fn.position, ...(sizes.get(fn.id) ?? unmeasured) }]),
    );
    const names = [...departmentFrames({ functions, groups }, (id) => cards.get(id)).values()];
    return layoutLinks(
      cards,
      links.map((link) => ({
        id: link.id,
        from: link.from,
        to: link.to,
        labelSize: { width: labelTextWidth(display.linkLabel(link)), height: LINK_LABEL_HEIGHT },
      })),
      lanesOf(links),
      names.map(frameNameBand),
    );
  },
);

/** Every link's layout for the current document and the cards React Flow measured. */
export function currentLinkLayouts(
  nodes: readonly Node[],
  state: Pick<WorkbenchState, 'project' | 'detail' | 'language'>,
): ReadonlyMap<string, LinkLayout> {
  const { project, detail, language } = state;
  const sizes = cardSizes(nodes, detail);
  const display = displayFor(language, project.currency);
  const places = cardPlaces(project.functions);
  return linkLayouts(places, project.groups, project.links, sizes, detail, display);
}

/** Calls `onChange` on every change of React Flow's store or the workbench's. */
export function useCanvasSubscription(): (onChange: () => void) => () => void {
  const flow = useStoreApi();
  const { store } = useWorkbench();
  return useCallback(
    (onChange: () => void) => {
      const stopFlow = flow.subscribe(onChange);
      const stopStore = store.subscribe(onChange);
      return () => {
        stopFlow();
        stopStore();
      };
    },
    [flow, store],
  );
}

const unchanging = () => () => undefined;

/**
 * Around which side of a card a link is drawn, if any: read as a plain value, so the edge
 * re-renders only when its own detour changes (its label is drawn by the label layer). None
 * while `laidOut` is false (cards in low detail): the links are then not laid out at all, nor
 * followed on each change of either store.
 */
export function useLinkDetour(linkId: string, laidOut: boolean): LinkLayout['around'] {
  const flow = useStoreApi();
  const { store } = useWorkbench();
  const subscribe = useCanvasSubscription();
  return useSyncExternalStore(laidOut ? subscribe : unchanging, () =>
    laidOut
      ? currentLinkLayouts(flow.getState().nodes, store.getState()).get(linkId)?.around
      : undefined,
  );
}
