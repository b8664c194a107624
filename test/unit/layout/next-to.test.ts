import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRID_SIZE } from '../../../shared/layout/grid';
import { frameBounds } from '../../../shared/layout/group-frame';
import { spotBeside, spotNextTo } from '../../../shared/layout/next-to';
import { linkLabelWidth } from '../../../shared/layout/link-label';
import { CARD_GAP, LABEL_GAP } from '../../../shared/layout/node-size';
import { LINK_KINDS } from '../../../shared/model/schema';
import { rectsOverlap, type Rect } from '../../../shared/layout/rect';
import { defined, fnFixture, projectFixture } from '../domain/fixtures';

const size = { width: 280, height: 160 };
const card = (x: number, y: number): Rect => ({ x, y, ...size });
const onGrid = (value: number) => Math.abs(value % GRID_SIZE) === 0;

describe('a new card next to the selected one', () => {
  const anchor = card(0, 0);

  it("goes to its right, top edges aligned, with room for a link's label between them", () => {
    // 280 + 224, forward to the next grid line.
    expect(spotBeside(anchor, size, [anchor])).toEqual({ x: 512, y: 0 });
  });

  it("leaves room for the widest link kind's name in either language", () => {
    const widest = Math.max(...LINK_KINDS.map((kind) => linkLabelWidth({ kind, label: '' })));
    expect(LABEL_GAP).toBeGreaterThanOrEqual(widest + 2 * 6);
    expect(LABEL_GAP - (widest + 2 * 6)).toBeLessThan(GRID_SIZE);
  });

  it('goes below it when the right is taken', () => {
    const spot = spotBeside(anchor, size, [anchor, card(400, 0)]);
    expect(spot).toEqual({ x: 0, y: 208 });
  });

  it('moves along the side that needs the shorter move when both are taken', () => {
    const right = card(340, 0);
    const below = card(0, 220);
    const farBelow = card(0, 420);
    const spot = spotBeside(anchor, size, [anchor, right, below, farBelow]);
    // Past one card to the right, rather than past two below.
    expect(spot.y).toBe(0);
    expect(spot.x).toBeGreaterThanOrEqual(right.x + right.width + CARD_GAP);
  });

  it('lands outside the department of the selected card, still on its row', () => {
    const project = projectFixture(
      [
        fnFixture({ id: 'a', groupId: 'g', position: { x: 0, y: 0 } }),
        fnFixture({ id: 'b', groupId: 'g', position: { x: 0, y: 240 } }),
      ],
      { groups: [{ id: 'g', name: 'Sales' }] },
    );
    const spot = defined(spotNextTo(project, 'a', () => size, size));
    const frame = defined(frameBounds([card(0, 0), card(0, 240)]));
    expect(spot.y).toBe(0);
    expect(spot.x).toBeGreaterThanOrEqual(frame.x + frame.width + CARD_GAP);
    expect(spotNextTo(project, 'missing', () => size, size)).toBeUndefined();
  });

  it('never covers a card or a frame, and stays on the grid, wherever the others are', () => {
    const rectArb = fc
      .record({ x: fc.integer({ min: -60, max: 60 }), y: fc.integer({ min: -60, max: 60 }) })
      .map(({ x, y }) => card(x * GRID_SIZE, y * GRID_SIZE));
    fc.assert(
      fc.property(fc.array(rectArb, { maxLength: 25 }), (others) => {
        const obstacles = [anchor, ...others.filter((o) => !rectsOverlap(o, anchor))];
        const spot = spotBeside(anchor, size, obstacles);
        const placed = { ...spot, ...size };
        expect(obstacles.some((o) => rectsOverlap(placed, o, CARD_GAP))).toBe(false);
        expect(onGrid(spot.x) && onGrid(spot.y)).toBe(true);
        const toTheRight = spot.y === anchor.y && spot.x >= anchor.x + anchor.width + CARD_GAP;
        const below = spot.x === anchor.x && spot.y >= anchor.y + anchor.height + CARD_GAP;
        expect(toTheRight || below).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
