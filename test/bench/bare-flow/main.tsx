/**
 * The baseline of npm run bench:canvas: React Flow 12 as its guide recommends, nothing else —
 * n memoised cards of the app's size with a few lines of text, 1.5n default edges, the standard
 * controlled pattern (onNodesChange + applyNodeChanges), snapToGrid and the app's zoom limits.
 * Query: ?n=<cards>&w=<px>&h=<px> (the size of the app's canvas, so both draw the same area).
 * For the benchmark it calls window.__cardRenders on each card render and, on Enter, renames
 * the cards named in window.__benchRename (the bare stand-in for an inspector edit, and for a
 * scenario switch that renames several).
 */
import '@xyflow/react/dist/style.css';
import {
  applyNodeChanges,
  Background,
  BackgroundVariant,
  Handle,
  Position,
  ReactFlow,
  type Edge,
  type Node,
  type NodeChange,
  type NodeProps,
} from '@xyflow/react';
import { memo, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GRID_SIZE } from '../../../shared/layout/grid';
import { benchLinks, gridPosition } from '../../fixtures/bench-graph';

type CardData = { readonly name: string };
type Card = Node<CardData, 'card'>;

const FACTS = [
  '2.5 FTE · 1 line',
  '+25 % growth',
  'Owner: A. Petrova',
  '≤ 15 min',
  '₽ 410,000 / mo',
];

const CardView = memo(function CardView({ id, data }: NodeProps<Card>) {
  window.__cardRenders?.(id);
  return (
    <div className="bare-card" data-testid="function-node" data-function-id={id}>
      <Handle type="target" position={Position.Left} />
      <strong>{data.name}</strong>
      {FACTS.map((fact) => (
        <div key={fact}>{fact}</div>
      ))}
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
const nodeTypes = { card: CardView };

function initialCards(count: number): Card[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `fn-${i}`,
    type: 'card',
    position: gridPosition(i),
    data: { name: `Function ${i}` },
  }));
}

function initialEdges(count: number): Edge[] {
  return benchLinks(count).map((link, i) => ({
    id: `link-${i}`,
    source: `fn-${link.from}`,
    target: `fn-${link.to}`,
  }));
}

function BareFlow(props: { count: number }) {
  const [nodes, setNodes] = useState(() => initialCards(props.count));
  const [edges] = useState(() => initialEdges(props.count));
  const onNodesChange = useCallback(
    (changes: NodeChange<Card>[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const rename = window.__benchRename;
      if (event.key !== 'Enter' || !rename) return;
      window.__benchRename = undefined;
      setNodes((current) =>
        current.map((node) => {
          const name = rename[node.id];
          return name === undefined ? node : { ...node, data: { ...node.data, name } };
        }),
      );
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <ReactFlow<Card>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      snapToGrid
      snapGrid={[GRID_SIZE, GRID_SIZE]}
      minZoom={0.1}
      maxZoom={2.5}
      fitView
      fitViewOptions={{ padding: 0.15, maxZoom: 1.2 }}
      proOptions={{ hideAttribution: true }}
    >
      <Background variant={BackgroundVariant.Dots} gap={GRID_SIZE} size={1.5} />
    </ReactFlow>
  );
}

const query = new URLSearchParams(location.search);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
root.style.width = `${Number(query.get('w') ?? innerWidth)}px`;
root.style.height = `${Number(query.get('h') ?? innerHeight)}px`;
createRoot(root).render(<BareFlow count={Number(query.get('n') ?? 300)} />);
