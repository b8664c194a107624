import { describe, expect, it } from 'vitest';
import { GRID_SIZE, snapToGrid, snapUpToGrid } from '../../../shared/layout/grid';
import { departmentFrames, FRAME_PADDING, frameBounds } from '../../../shared/layout/group-frame';
import { fnFixture, projectFixture } from '../domain/fixtures';

const onGrid = (value: number | undefined) =>
  value !== undefined && Math.abs(value % GRID_SIZE) === 0;

describe('the grid', () => {
  it('snaps to the nearest line, or forward', () => {
    expect(snapToGrid(7)).toBe(0);
    expect(snapToGrid(9)).toBe(GRID_SIZE);
    expect(Object.is(snapToGrid(-3), 0)).toBe(true);
    expect(snapUpToGrid(1)).toBe(GRID_SIZE);
    expect(snapUpToGrid(GRID_SIZE)).toBe(GRID_SIZE);
  });
});

describe('a department frame', () => {
  it('pads its members on whole grid steps, with room for the name on top', () => {
    for (const padding of Object.values(FRAME_PADDING)) expect(padding % GRID_SIZE).toBe(0);
    expect(FRAME_PADDING.top).toBeGreaterThan(FRAME_PADDING.side);
    const frame = frameBounds([
      { x: 0, y: 0, width: 100, height: 50 },
      { x: 200, y: 96, width: 100, height: 50 },
    ]);
    expect(frame).toEqual({
      x: -FRAME_PADDING.side,
      y: -FRAME_PADDING.top,
      width: 300 + 2 * FRAME_PADDING.side,
      height: 146 + FRAME_PADDING.top + FRAME_PADDING.bottom,
    });
  });

  it('sits on the grid when its cards do', () => {
    const frame = frameBounds([{ x: 5 * GRID_SIZE, y: -3 * GRID_SIZE, width: 220, height: 64 }]);
    expect(onGrid(frame?.x)).toBe(true);
    expect(onGrid(frame?.y)).toBe(true);
  });

  it('does not exist without members', () => {
    expect(frameBounds([])).toBeUndefined();
  });

  it('is drawn for each department with members, in the project order', () => {
    const project = projectFixture(
      [
        fnFixture({ id: 'a', groupId: 'g2', position: { x: 0, y: 0 } }),
        fnFixture({ id: 'b', groupId: 'g1', position: { x: 400, y: 0 } }),
        fnFixture({ id: 'c', position: { x: 800, y: 0 } }),
      ],
      {
        groups: [
          { id: 'g1', name: 'One' },
          { id: 'g2', name: 'Two' },
          { id: 'g3', name: 'Empty' },
        ],
      },
    );
    const at = new Map(project.functions.map((fn) => [fn.id, fn.position]));
    const frames = departmentFrames(project, (id) => {
      const p = at.get(id);
      return p && { ...p, width: 100, height: 50 };
    });
    expect([...frames.keys()]).toEqual(['g1', 'g2']);
    expect(frames.get('g1')?.x).toBe(400 - FRAME_PADDING.side);
  });
});
