import { describe, expect, it } from 'vitest';
import { clearGrownCards, type GrownCard } from '../../../shared/layout/grown-cards';
import { CARD_GAP } from '../../../shared/layout/node-size';

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
});
