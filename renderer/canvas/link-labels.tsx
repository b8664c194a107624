import { useStore, useStoreApi, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import type { Display } from '../../shared/display';
import type { LinkLayout } from '../../shared/layout/link-layout';
import { linkRoute, pointAlong } from '../../shared/layout/link-route';
import type { Rect } from '../../shared/layout/rect';
import type { Link } from '../../shared/model';
import { displayFor } from '../../shared/display';
import { useWorkbench } from '../state/workbench-context';
import { currentLinkLayouts, useCanvasSubscription } from './link-layout';
import { useLowDetail } from './low-detail';

/** A card as React Flow measured and placed it (during a drag: where the pointer holds it). */
export function rectOf(node: InternalNode): Rect {
  return {
    ...node.internals.positionAbsolute,
    width: node.measured.width ?? 0,
    height: node.measured.height ?? 0,
  };
}

/** One label as drawn: where its centre is, in canvas units, and what it says. */
interface LabelSpot {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly kind: Link['kind'];
  readonly selected: boolean;
  /** From the label's centre back to its line, when the label sits off the line (labelOff). */
  readonly leader?: { readonly x: number; readonly y: number };
}

/** What a label was placed from: while all of it is the same, so is the label. */
interface Placed {
  readonly source: InternalNode;
  readonly target: InternalNode;
  readonly layout: LinkLayout | undefined;
  readonly display: Display;
  readonly selected: boolean;
  readonly spot: LabelSpot;
}

const placed = new WeakMap<Link, Placed>();
let lastSpots: readonly LabelSpot[] = [];

/**
 * Every link's label, from the document, the link layout and where React Flow draws the two
 * cards. A label is placed again only when one of its cards, its layout, the language or its
 * selection changed; when none did, the very same list is returned, so the layer does not
 * re-render (a drag step moves the labels of the dragged card's links, nothing else).
 */
function labelSpots(
  nodeLookup: ReadonlyMap<string, InternalNode>,
  links: readonly Link[],
  layouts: ReadonlyMap<string, LinkLayout>,
  display: Display,
  selectedIds: readonly string[],
): readonly LabelSpot[] {
  const selectedSet = new Set(selectedIds);
  const spots: LabelSpot[] = [];
  let changed = false;
  for (const link of links) {
    const source = nodeLookup.get(link.from);
    const target = nodeLookup.get(link.to);
    if (!source || !target) continue;
    const layout = layouts.get(link.id);
    const selected = selectedSet.has(link.id);
    let known = placed.get(link);
    if (
      !known ||
      known.source !== source ||
      known.target !== target ||
      known.layout !== layout ||
      known.display !== display ||
      known.selected !== selected
    ) {
      const { points } = linkRoute(rectOf(source), rectOf(target), layout?.around, layout?.lane);
      const onLine = pointAlong(points, layout?.labelAt ?? 0.5);
      const off = layout?.labelOff;
      const at = off ? { x: onLine.x + off.x, y: onLine.y + off.y } : onLine;
      const leader = off ? { x: -off.x, y: -off.y } : undefined;
      const text = display.linkLabel(link);
      const before = known?.spot;
      const spot =
        before?.x === at.x &&
        before.y === at.y &&
        before.leader?.x === leader?.x &&
        before.leader?.y === leader?.y &&
        before.text === text &&
        before.kind === link.kind &&
        before.selected === selected
          ? before
          : { id: link.id, x: at.x, y: at.y, text, kind: link.kind, selected, leader };
      known = { source, target, layout, display, selected, spot };
      placed.set(link, known);
    }
    if (lastSpots[spots.length] !== known.spot) changed = true;
    spots.push(known.spot);
  }
  if (changed || spots.length !== lastSpots.length) lastSpots = spots;
  return lastSpots;
}

const LinkLabel = memo(function LinkLabel({ spot }: { spot: LabelSpot }) {
  return (
    // Placed by left/top and centred by flex, not by a transform: a transform per label would
    // give the compositor one more node per link to sort on every frame.
    <div className="link-label-spot" style={{ left: spot.x, top: spot.y }}>
      {spot.leader && (
        // A dashed line square to the link, from the label back to it.
        <div
          className={`link-label-leader ${spot.leader.x === 0 ? 'upright' : 'level'}`}
          style={{
            left: Math.min(0, spot.leader.x),
            top: Math.min(0, spot.leader.y),
            width: Math.abs(spot.leader.x),
            height: Math.abs(spot.leader.y),
          }}
        />
      )}
      <div
        className={`link-label kind-${spot.kind}${spot.selected ? ' selected' : ''}`}
        data-testid="link-label"
      >
        {spot.text}
      </div>
    </div>
  );
});

const domNodeOf = (state: ReactFlowState) => state.domNode;

/**
 * React Flow's layer for edge labels, looked up once per canvas. (Its EdgeLabelRenderer looks
 * it up in the DOM on every change of React Flow's store: with 1,000 cards, a query over the
 * whole canvas on each step of a drag.)
 */
function useLabelLayer(): HTMLElement | null {
  const domNode = useStore(domNodeOf);
  return useMemo(
    () => domNode?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null,
    [domNode],
  );
}

/**
 * The labels of all links, in one layer above the lines. None while cards draw in low detail:
 * a label is then as unreadable as a card's text, and placing 1,500 of them is work for nothing.
 */
export function LinkLabels() {
  return useLowDetail() ? null : <LabelLayer />;
}

/**
 * One component for all the labels (not one portal per edge), re-rendered only when a label
 * moved or changed.
 */
function LabelLayer() {
  const flow = useStoreApi();
  const { store } = useWorkbench();
  const subscribe = useCanvasSubscription();
  const layer = useLabelLayer();
  const spots = useSyncExternalStore(subscribe, () => {
    const { nodes, nodeLookup } = flow.getState();
    const state = store.getState();
    return labelSpots(
      nodeLookup,
      state.project.links,
      currentLinkLayouts(nodes, state),
      displayFor(state.language, state.project.currency),
      state.selection.linkIds,
    );
  });
  if (!layer) return null;
  return createPortal(
    spots.map((spot) => <LinkLabel key={spot.id} spot={spot} />),
    layer,
  );
}
