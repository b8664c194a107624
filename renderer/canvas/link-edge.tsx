import {
  BaseEdge,
  useStore,
  type Edge,
  type EdgeProps,
  type InternalNode,
  type ReactFlowState,
} from '@xyflow/react';
import { memo, useCallback, useRef } from 'react';
import { linkRoute, roundedPath } from '../../shared/layout/link-route';
import { displayFor } from '../../shared/display';
import { useKeyedSlice } from '../state/workbench-context';
import { feedOf, type KeyedChanges } from '../state/keyed-feed';
import { functionById, linkById } from '../state/derived';
import type { WorkbenchState, WorkbenchStore } from '../state/store';
import { linkName, useWrapperName } from './accessible-names';
import { samePosition } from './flow-elements';
import { lanesOf, useLinkDetour } from './link-layout';
import { rectOf } from './link-labels';
import { useLowDetail } from './low-detail';

export type LinkEdgeData = { readonly linkId: string };
export type LinkEdgeType = Edge<LinkEdgeData, 'link'>;

/**
 * What a link's line and accessible name need, in one slice: the link, its lane beside a reverse
 * link (worked out once per links array), the names of its two functions as shown, and the
 * display. Worked out again only when the link feed says a change concerns the link.
 */
function edgeSlice(state: WorkbenchState, linkId: string, source: string, target: string) {
  const { project } = state;
  const display = displayFor(state.language, project.currency);
  const name = (id: string) => {
    const fn = functionById(project, id);
    return fn ? display.functionName(fn) : '';
  };
  return {
    link: linkById(project, linkId),
    lane: lanesOf(project.links).get(linkId) ?? 0,
    from: name(source),
    to: name(target),
    display,
  };
}

/**
 * The links a change concerns: every link when the language or currency changed; otherwise
 * those that are another object or in another lane than before, those whose end was renamed
 * (or removed), and removed links. A rename of a card: the links touching it.
 */
export function changedLinks(next: WorkbenchState, before: WorkbenchState): KeyedChanges<string> {
  if (next.language !== before.language || next.project.currency !== before.project.currency) {
    return 'all';
  }
  const now = next.project;
  const then = before.project;
  if (now === then || (now.links === then.links && now.functions === then.functions)) return [];
  const display = displayFor(next.language, now.currency);
  const renamed = new Set<string>();
  if (now.functions !== then.functions) {
    for (const fn of now.functions) {
      const old = functionById(then, fn.id);
      if (old !== fn && (!old || display.functionName(old) !== display.functionName(fn))) {
        renamed.add(fn.id);
      }
    }
    if (now.functions.length !== then.functions.length || renamed.size > 0) {
      for (const fn of then.functions) if (!functionById(now, fn.id)) renamed.add(fn.id);
    }
  }
  const lanesThen = now.links === then.links ? undefined : lanesOf(then.links);
  const lanesNow = lanesThen && lanesOf(now.links);
  const changed: string[] = [];
  for (const link of now.links) {
    if (
      renamed.has(link.from) ||
      renamed.has(link.to) ||
      (lanesThen &&
        (linkById(then, link.id) !== link || lanesNow?.get(link.id) !== lanesThen.get(link.id)))
    ) {
      changed.push(link.id);
    }
  }
  if (lanesThen) for (const link of then.links) if (!linkById(now, link.id)) changed.push(link.id);
  return changed;
}

const linkFeed = (store: WorkbenchStore) => feedOf(store, changedLinks);

/**
 * Both ends where and as large as they were. React Flow hands over a new node whenever it
 * measures one, to the same size too (it measures every card once it is on the page): a link
 * redraws only when an end moved or changed size. Compared field by field: this runs for every
 * link on each drag step.
 */
const sameEnds = (a: Ends, b: Ends) => sameBox(a.source, b.source) && sameBox(a.target, b.target);
type Ends = {
  readonly source: InternalNode | undefined;
  readonly target: InternalNode | undefined;
};

function sameBox(a: InternalNode | undefined, b: InternalNode | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    samePosition(a.internals.positionAbsolute, b.internals.positionAbsolute) &&
    a.measured.width === b.measured.width &&
    a.measured.height === b.measured.height
  );
}

/**
 * A link between two functions, drawn between the sides of the two cards that face each other
 * wherever the cards stand (a "floating" edge: the handle a link was dragged from does not
 * matter), or around a card in its way. Its kind sets the line style; its label is drawn by
 * the one label layer of the canvas (link-labels.tsx).
 */
function LinkEdgeView(props: EdgeProps<LinkEdgeType>) {
  const linkId = props.data?.linkId ?? props.id;
  const { link, lane, from, to, display } = useKeyedSlice(
    linkFeed,
    linkId,
    (s) => [s.project, s.language, linkId, props.source, props.target],
    (s) => edgeSlice(s, linkId, props.source, props.target),
  );
  // Each edge follows only its own two cards, so a drag redraws the links of the dragged card;
  // one subscriber for both ends (React Flow runs every subscriber on each step of a drag).
  const { source, target } = useStore(
    useCallback(
      (s: ReactFlowState) => ({
        source: s.nodeLookup.get(props.source),
        target: s.nodeLookup.get(props.target),
      }),
      [props.source, props.target],
    ),
    sameEnds,
  );
  // Zoomed out past reading, a link is drawn straight between the facing sides of its cards:
  // a detour around a card in its way is worked out from the layout of every link and label,
  // work for a view in which no label is drawn.
  const low = useLowDetail();
  const around = useLinkDetour(linkId, !low);
  const drawn = useRef<SVGGElement>(null);
  useWrapperName(
    drawn,
    link ? linkName(link, { from, to }, display) : '',
    display.text('canvas.link.role'),
  );
  if (!link || !source || !target) return null;
  const { points } = linkRoute(rectOf(source), rectOf(target), around, lane);
  return (
    <g ref={drawn}>
      <BaseEdge
        id={props.id}
        path={roundedPath(points)}
        markerEnd={props.markerEnd}
        className={`link-edge kind-${link.kind}${props.selected ? ' selected' : ''}`}
        interactionWidth={16}
        data-testid="link-path"
      />
    </g>
  );
}

export const LinkEdge = memo(LinkEdgeView);
