import {
  BaseEdge,
  EdgeLabelRenderer,
  getSmoothStepPath,
  type Edge,
  type EdgeProps,
} from '@xyflow/react';
import { memo } from 'react';
import { useDisplay, useT } from '../app/workbench-context';
import { useFunctionName, useLink } from '../state/derived';
import { linkName, useWrapperName } from './accessible-names';

export type LinkEdgeData = { readonly linkId: string };
export type LinkEdgeType = Edge<LinkEdgeData, 'link'>;

/** A link between two functions; its kind sets the line style, its label sits on the line. */
function LinkEdgeView(props: EdgeProps<LinkEdgeType>) {
  const t = useT();
  const linkId = props.data?.linkId ?? props.id;
  const link = useLink(linkId);
  const from = useFunctionName(props.source);
  const to = useFunctionName(props.target);
  const display = useDisplay();
  useWrapperName(
    'edge',
    props.id,
    link ? linkName(link, { from, to }, display) : '',
    t('canvas.link.role'),
  );
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX: props.sourceX,
    sourceY: props.sourceY,
    targetX: props.targetX,
    targetY: props.targetY,
    sourcePosition: props.sourcePosition,
    targetPosition: props.targetPosition,
    borderRadius: 12,
  });
  if (!link) return null;
  const text = link.label || t(`linkKind.${link.kind}`);
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={props.markerEnd}
        className={`link-edge kind-${link.kind}${props.selected ? ' selected' : ''}`}
        interactionWidth={16}
      />
      <EdgeLabelRenderer>
        <div
          className={`link-label kind-${link.kind}${props.selected ? ' selected' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          data-testid="link-label"
        >
          {text}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const LinkEdge = memo(LinkEdgeView);
