import {
  BaseEdge,
  EdgeLabelRenderer,
  useInternalNode,
  type Edge,
  type EdgeProps,
  type InternalNode,
} from '@xyflow/react';
import { memo } from 'react';
import { linkRoute, pointAlong, roundedPath } from '../../shared/layout/link-route';
import type { Rect } from '../../shared/layout/rect';
import { useDisplay } from '../state/workbench-context';
import { useFunctionName, useLink } from '../state/derived';
import { linkName, useWrapperName } from './accessible-names';
import { useLinkLayout } from './link-layout';

export type LinkEdgeData = { readonly linkId: string };
export type LinkEdgeType = Edge<LinkEdgeData, 'link'>;

function rectOf(node: InternalNode): Rect {
  return {
    ...node.internals.positionAbsolute,
    width: node.measured.width ?? 0,
    height: node.measured.height ?? 0,
  };
}

/**
 * A link between two functions, drawn between the sides of the two cards that face each other
 * wherever the cards stand (a "floating" edge: the handle a link was dragged from does not
 * matter), or around a card in its way. Its kind sets the line style; its label sits on the
 * line where it covers no card.
 */
function LinkEdgeView(props: EdgeProps<LinkEdgeType>) {
  const display = useDisplay();
  const linkId = props.data?.linkId ?? props.id;
  const link = useLink(linkId);
  // Each edge follows only its own two cards, so a drag redraws the links of the dragged card.
  const source = useInternalNode(props.source);
  const target = useInternalNode(props.target);
  const layout = useLinkLayout(linkId);
  const from = useFunctionName(props.source);
  const to = useFunctionName(props.target);
  useWrapperName(
    'edge',
    props.id,
    link ? linkName(link, { from, to }, display) : '',
    display.text('canvas.link.role'),
  );
  if (!link || !source || !target) return null;
  const { points } = linkRoute(rectOf(source), rectOf(target), layout.around);
  const label = pointAlong(points, layout.labelAt);
  return (
    <>
      <BaseEdge
        id={props.id}
        path={roundedPath(points)}
        markerEnd={props.markerEnd}
        className={`link-edge kind-${link.kind}${props.selected ? ' selected' : ''}`}
        interactionWidth={16}
        data-testid="link-path"
      />
      <EdgeLabelRenderer>
        <div
          className={`link-label kind-${link.kind}${props.selected ? ' selected' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${label.x}px, ${label.y}px)` }}
          data-testid="link-label"
        >
          {display.linkLabel(link)}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const LinkEdge = memo(LinkEdgeView);
