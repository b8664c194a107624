import { describe, expect, it } from 'vitest';
import { dropClearOfDepartments } from '../../../shared/layout/department-clear';
import { departmentFrames } from '../../../shared/layout/group-frame';
import { rectsOverlap } from '../../../shared/layout/rect';
import { setFunctionPositions, type Position, type Project } from '../../../shared/model';
import { defined, fnFixture, projectFixture } from '../domain/fixtures';

const size = { width: 220, height: 116 };
const sizeOf = () => size;

/** Marketing (m1, m2) on the left, Sales (s1, s2) on the right, a loose card below. */
const before = projectFixture(
  [
    fnFixture({ id: 'm1', groupId: 'm', position: { x: 0, y: 0 } }),
    fnFixture({ id: 'm2', groupId: 'm', position: { x: 0, y: 200 } }),
    fnFixture({ id: 's1', groupId: 's', position: { x: 480, y: 0 } }),
    fnFixture({ id: 's2', groupId: 's', position: { x: 480, y: 200 } }),
    fnFixture({ id: 'loose', position: { x: 240, y: 480 } }),
  ],
  {
    groups: [
      { id: 'm', name: 'Marketing' },
      { id: 's', name: 'Sales' },
    ],
  },
);

/** The project after dropping `moves` and letting the nudge clear it. */
function drop(moves: Record<string, Position>) {
  const placed = Object.entries(moves).map(([id, position]) => ({ id, position }));
  const after = setFunctionPositions(before, placed);
  const by = dropClearOfDepartments(before, after, new Set(Object.keys(moves)), sizeOf);
  const nudged = setFunctionPositions(
    before,
    placed.map(({ id, position }) => ({
      id,
      position: { x: position.x + by.x, y: position.y + by.y },
    })),
  );
  return { by, nudged };
}

function clashes(project: Project): string[] {
  const at = new Map(project.functions.map((fn) => [fn.id, { ...fn.position, ...size }]));
  const frames = [...departmentFrames(project, (id) => at.get(id))];
  return frames.flatMap(([groupId, frame], i) => [
    ...frames
      .slice(i + 1)
      .flatMap(([otherId, other]) => (rectsOverlap(frame, other) ? [`${groupId}|${otherId}`] : [])),
    ...project.functions.flatMap((fn) =>
      fn.groupId !== groupId && rectsOverlap(defined(at.get(fn.id)), frame)
        ? [`${fn.id} in ${groupId}`]
        : [],
    ),
  ]);
}

describe('a drop clear of the departments', () => {
  it('leaves a drop that misrepresents nothing where it was dropped', () => {
    expect(drop({ loose: { x: 240, y: 640 } }).by).toEqual({ x: 0, y: 0 });
    expect(clashes(before)).toEqual([]);
  });

  it('takes a card out of the frame of a department it is not in, by the shortest way', () => {
    // The loose card dropped onto Sales, near its bottom edge: nudged down, out of the frame.
    const { by, nudged } = drop({ loose: { x: 480, y: 300 } });
    expect(clashes(nudged)).toEqual([]);
    expect(by.x).toBe(0);
    expect(by.y).toBeGreaterThan(0);
    // What it was moved clear of, to tell the user.
    expect(by.clearOf).toEqual({ groupId: 's' });
  });

  it('keeps two department frames apart when a frame is dragged onto another', () => {
    // Sales dragged (both its cards) half onto Marketing, from the right.
    const { by, nudged } = drop({ s1: { x: 160, y: 0 }, s2: { x: 160, y: 200 } });
    expect(clashes(nudged)).toEqual([]);
    expect(by.x).toBeGreaterThan(0);
    expect(by.clearOf).toEqual({ groupId: 'm' });
  });

  it('keeps a card dragged towards another department from stretching its frame over it', () => {
    // Marketing's m2 dropped inside Sales: Marketing's frame would reach over Sales.
    const { nudged } = drop({ m2: { x: 500, y: 200 } });
    expect(clashes(nudged)).toEqual([]);
    const m2 = defined(nudged.functions.find((fn) => fn.id === 'm2'));
    expect(m2.position.x).toBeLessThan(480);
  });

  it('names a card its department’s frame would take in as what the drop was moved clear of', () => {
    // A member of Sales dragged down and left, beside the loose card: the frame of Sales would reach it.
    const { by, nudged } = drop({ s2: { x: 400, y: 600 } });
    expect(clashes(nudged)).toEqual([]);
    expect(by.clearOf).toEqual({ functionId: 'loose' });
  });

  it('leaves clashes that were there before the drag as they were', () => {
    const crowded = setFunctionPositions(before, [{ id: 'loose', position: { x: 480, y: 100 } }]);
    const after = setFunctionPositions(crowded, [{ id: 'm1', position: { x: 0, y: -40 } }]);
    expect(dropClearOfDepartments(crowded, after, new Set(['m1']), sizeOf)).toEqual({ x: 0, y: 0 });
  });
});
