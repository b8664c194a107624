import { describe, expect, it } from 'vitest';
import {
  EMPTY_VIEW,
  groupNodeId,
  reconcileNodes,
  viewAfterChanges,
  type CanvasNode,
} from '../../../renderer/canvas/flow-elements';
import { BLOCK_GEOMETRY } from '../../../renderer/canvas/low-detail';
import { EMPTY_SELECTION } from '../../../renderer/state/store';
import { updateFunction } from '../../../shared/model';
import { loadSample } from '../../../shared/samples';

const project = loadSample('specialised-sales', 'en');
const byName = (name: string) => {
  const fn = project.functions.find((f) => f.name === name);
  if (!fn) throw new Error(name);
  return fn;
};
const drawnMap = (nodes: CanvasNode[]) => new Map(nodes.map((n) => [n.id, n]));

describe('who owns a node position', () => {
  it('the document, until a drag holds a card; the held position is drawn', () => {
    const events = byName('Events');
    const first = reconcileNodes(project, EMPTY_SELECTION, 'detailed', EMPTY_VIEW);
    expect(first.find((n) => n.id === events.id)?.position).toEqual(events.position);

    const view = viewAfterChanges(
      EMPTY_VIEW,
      [{ type: 'position', id: events.id, position: { x: 400, y: 176 }, dragging: true }],
      drawnMap(first),
      project,
    );
    const second = reconcileNodes(project, EMPTY_SELECTION, 'detailed', view);
    expect(second.find((n) => n.id === events.id)?.position).toEqual({ x: 400, y: 176 });
    // Every other card keeps its node object, so React Flow and the card skip it.
    for (const node of second) {
      if (node.id === events.id || node.type === 'group-frame') continue;
      expect(node).toBe(first.find((n) => n.id === node.id));
    }
    // The department frame follows the held card in the same render.
    const marketing = groupNodeId('g-marketing');
    const frameBefore = first.find((n) => n.id === marketing);
    const frameAfter = second.find((n) => n.id === marketing);
    expect(frameAfter?.width).toBeGreaterThan(frameBefore?.width ?? Infinity);
  });

  it('a frame moved by the pointer moves its functions by the same distance, once', () => {
    const nodes = reconcileNodes(project, EMPTY_SELECTION, 'detailed', EMPTY_VIEW);
    const id = groupNodeId('g-marketing');
    const frame = nodes.find((n) => n.id === id);
    if (!frame) throw new Error('no frame');
    const events = byName('Events');
    const lead = byName('Lead nurturing');
    const view = viewAfterChanges(
      EMPTY_VIEW,
      [
        {
          type: 'position',
          id,
          position: { x: frame.position.x + 32, y: frame.position.y + 48 },
          dragging: true,
        },
        // Lead nurturing is selected too and moved in its own right: not moved twice.
        { type: 'position', id: lead.id, position: { x: 112, y: 408 }, dragging: true },
      ],
      drawnMap(nodes),
      project,
    );
    expect(view.held.get(events.id)).toEqual({
      x: events.position.x + 32,
      y: events.position.y + 48,
    });
    expect(view.held.get(lead.id)).toEqual({ x: 112, y: 408 });
    expect(view.held.has(byName('Key accounts').id)).toBe(false);
    expect(view.held.has(id)).toBe(false);
  });

  it('keeps measured sizes and frame selection; nothing else changes the view', () => {
    const nodes = reconcileNodes(project, EMPTY_SELECTION, 'detailed', EMPTY_VIEW);
    const events = byName('Events');
    const frame = groupNodeId('g-service');
    const view = viewAfterChanges(
      EMPTY_VIEW,
      [
        { type: 'dimensions', id: events.id, dimensions: { width: 280, height: 150 } },
        { type: 'select', id: frame, selected: true },
      ],
      drawnMap(nodes),
      project,
    );
    expect(view.measured.get(events.id)).toEqual({ width: 280, height: 150 });
    expect(view.selectedFrames.has(frame)).toBe(true);
    expect(view.held.size).toBe(0);
    const redrawn = reconcileNodes(project, EMPTY_SELECTION, 'detailed', view);
    expect(redrawn.find((n) => n.id === events.id)?.measured).toEqual({ width: 280, height: 150 });
    expect(redrawn.find((n) => n.id === frame)?.selected).toBe(true);
    expect(viewAfterChanges(view, [], drawnMap(redrawn), project)).toBe(view);
  });

  it('a rename leaves every node object as it was (the card redraws for its own data only)', () => {
    const events = byName('Events');
    const before = reconcileNodes(project, EMPTY_SELECTION, 'detailed', EMPTY_VIEW);
    const renamed = updateFunction(project, events.id, { name: 'Fairs' });
    const after = reconcileNodes(renamed, EMPTY_SELECTION, 'detailed', EMPTY_VIEW);
    // The very same list: React Flow is not even handed new nodes.
    expect(after).toBe(before);
  });
});

describe('what React Flow is told of a node size before it measures it', () => {
  it('cards opening as blocks carry the block size and handles until measured; frames their own', () => {
    const events = byName('Events');
    const block = BLOCK_GEOMETRY.detailed;
    const first = reconcileNodes(project, EMPTY_SELECTION, 'detailed', EMPTY_VIEW, block);
    const card = first.find((n) => n.id === events.id);
    expect(card?.measured).toBe(block.measured);
    expect(card?.handles).toBe(block.handles);
    for (const frame of first.filter((n) => n.type === 'group-frame')) {
      expect(frame.measured).toEqual({ width: frame.width, height: frame.height });
    }

    // Measured (the zoom made it a full card): the measured size, and React Flow's own handles.
    const measured = { width: block.measured.width, height: 212 };
    const view = viewAfterChanges(
      EMPTY_VIEW,
      [{ type: 'dimensions', id: events.id, dimensions: measured }],
      drawnMap(first),
      project,
    );
    const second = reconcileNodes(project, EMPTY_SELECTION, 'detailed', view, block);
    const after = second.find((n) => n.id === events.id);
    expect(after?.measured).toEqual(measured);
    expect(after?.handles).toBeUndefined();

    // Cards drawn in full from the start are measured by React Flow: nothing is assumed.
    const full = reconcileNodes(project, EMPTY_SELECTION, 'compact', EMPTY_VIEW);
    expect(full.find((n) => n.id === events.id)?.measured).toBeUndefined();
  });
});
