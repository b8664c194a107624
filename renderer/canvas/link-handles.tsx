import { Handle, Position } from '@xyflow/react';
import { memo } from 'react';
import { useCanvasPrefs } from './canvas-prefs';

const SIDES = [Position.Top, Position.Right, Position.Bottom, Position.Left] as const;

/**
 * Where links are made on a card. A new link may be dragged out of any of the four sides and
 * dropped anywhere on the other card: one target handle covers the whole card (and a margin
 * around it) while a link is being dragged, and lets clicks through otherwise, since it never
 * starts a link itself. The sides a link is drawn between follow the cards' positions (see
 * linkRoute), not the handles used.
 */
function LinkHandlesView() {
  // A read-only tab links nothing: its handles stay hidden (canvas.css) and say nothing.
  const { t, readOnly } = useCanvasPrefs();
  return (
    <>
      <Handle
        type="target"
        id="in"
        position={Position.Top}
        isConnectableStart={false}
        className="link-target"
      />
      {SIDES.map((side) => (
        <Handle
          key={side}
          type="source"
          id={side}
          position={side}
          className="link-handle"
          title={readOnly ? undefined : t('canvas.node.linkHandle')}
        />
      ))}
    </>
  );
}

export const LinkHandles = memo(LinkHandlesView);
