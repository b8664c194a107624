import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  type Edge,
  type Node,
  type ReactFlowInstance,
} from '@xyflow/react';
import { useMemo } from 'react';
import { useT, useWorkbenchState } from '../app/workbench-context';

export const GRID_SIZE = 16;

/**
 * The design canvas. Functions and links are drawn from the document; editing on the canvas
 * arrives with the canvas editor.
 */
export function DesignCanvas(props: { onInit: (flow: ReactFlowInstance) => void }) {
  const t = useT();
  const functions = useWorkbenchState((state) => state.project.functions);
  const links = useWorkbenchState((state) => state.project.links);
  const theme = useWorkbenchState((state) => state.theme);

  const nodes = useMemo<Node[]>(
    () =>
      functions.map((fn) => ({
        id: fn.id,
        position: fn.position,
        data: { label: fn.name },
      })),
    [functions],
  );
  const edges = useMemo<Edge[]>(
    () =>
      links.map((link) => ({
        id: link.id,
        source: link.from,
        target: link.to,
        label: link.label,
      })),
    [links],
  );

  return (
    <main className="canvas" aria-label={t('canvas.label')} data-testid="canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onInit={props.onInit}
        colorMode={theme === 'light' ? 'light' : 'dark'}
        snapToGrid
        snapGrid={[GRID_SIZE, GRID_SIZE]}
        nodesDraggable={false}
        fitView
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID_SIZE} size={1.5} />
        {functions.length > 0 && <MiniMap pannable zoomable ariaLabel={null} />}
        <Controls showInteractive={false} />
      </ReactFlow>
      {functions.length === 0 && <p className="canvas-empty">{t('canvas.empty')}</p>}
    </main>
  );
}
