import { describe, expect, it } from 'vitest';
import { clearGrownCards, type GrownCard } from '../../../shared/layout/grown-cards';
import { departmentFrames } from '../../../shared/layout/group-frame';
import { CARD_GAP } from '../../../shared/layout/node-size';
import { rectsOverlap } from '../../../shared/layout/rect';
import { defined, fnFixture, projectFixture } from '../domain/fixtures';

const card = (
  id: string,
  x: number,
  y: number,
  height: number,
  heightBefore: number,
): GrownCard => ({
  id,
  x,
  y,
  width: 280,
  height,
  heightBefore,
});

describe('cards that grew taller (large type)', () => {
  it('push the column below down to keep its gap, and the cards below them follow', () => {
    const moves = clearGrownCards([
      card('top', 0, 0, 240, 160),
      card('middle', 0, 208, 240, 160),
      card('bottom', 0, 416, 240, 160),
      card('beside', 400, 208, 240, 160),
    ]);
    expect(moves.get('middle')).toEqual({ x: 0, y: 240 + CARD_GAP });
    expect(moves.get('bottom')).toEqual({ x: 0, y: 240 + CARD_GAP + 240 + CARD_GAP });
    // Beside the column, nothing above it grew into it: it stays.
    expect(moves.has('beside')).toBe(false);
    expect(moves.has('top')).toBe(false);
  });

  it('use a gap wide enough for the growth first, and leave cards that overlapped before', () => {
    const moves = clearGrownCards([
      card('top', 0, 0, 240, 160),
      card('far', 0, 400, 240, 160),
      card('already', 100, 100, 200, 160),
    ]);
    expect(moves.size).toBe(0);
  });

  it('keep two departments apart: the gap between them holds both frames, as before', () => {
    const cards = [
      { ...card('marketing', 0, 0, 240, 160), groupId: 'm' },
      { ...card('sales', 0, 304, 240, 160), groupId: 's' },
    ];
    const frames = (moves: Map<string, { x: number; y: number }>) =>
      departmentFrames(
        projectFixture(
          cards.map((c) =>
            fnFixture({ id: c.id, groupId: c.groupId, position: moves.get(c.id) ?? c }),
          ),
          {
            groups: [
              { id: 'm', name: 'M' },
              { id: 's', name: 'S' },
            ],
          },
        ),
        (id) => {
          const c = defined(cards.find((one) => one.id === id));
          return { ...(moves.get(id) ?? c), width: c.width, height: c.height };
        },
      );
    const after = frames(clearGrownCards(cards));
    expect(rectsOverlap(defined(after.get('m')), defined(after.get('s')))).toBe(false);
  });
});
