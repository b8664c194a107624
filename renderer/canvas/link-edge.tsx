import { BaseEdge, useInternalNode, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { linkRoute, roundedPath } from '../../shared/layout/link-route';
import { useDisplay } from '../app/workbench-context';
import { useFunctionName, useLink } from '../state/derived';
import { linkName, useWrapperName } from './accessible-names';
import { useLinkDetour } from './link-layout';
import { rectOf } from './link-labels';

export type LinkEdgeData = { readonly linkId: string };
export type LinkEdgeType = Edge<LinkEdgeData, 'link'>;

/**
 * A link between two functions, drawn between the sides of the two cards that face each other
 * wherever the cards stand (a "floating" edge: the handle a link was dragged from does not
 * matter), or around a card in its way. Its kind sets the line style; its label is drawn by
 * the one label layer of the canvas (link-labels.tsx).
 */
function LinkEdgeView(props: EdgeProps<LinkEdgeType>) {
  const display = useDisplay();
  const linkId = props.data?.linkId ?? props.id;
  const link = useLink(linkId);
  // Each edge follows only its own two cards, so a drag redraws the links of the dragged card.
  const source = useInternalNode(props.source);
  const target = useInternalNode(props.target);
  const around = useLinkDetour(linkId);
  const from = useFunctionName(props.source);
  const to = useFunctionName(props.target);
  useWrapperName(
    'edge',
    props.id,
    link ? linkName(link, { from, to }, display) : '',
    display.text('canvas.link.role'),
  );
  if (!link || !source || !target) return null;
  const { points } = linkRoute(rectOf(source), rectOf(target), around);
  return (
    <BaseEdge
      id={props.id}
      path={roundedPath(points)}
      markerEnd={props.markerEnd}
      className={`link-edge kind-${link.kind}${props.selected ? ' selected' : ''}`}
      interactionWidth={16}
      data-testid="link-path"
    />
  );
}

export const LinkEdge = memo(LinkEdgeView);
