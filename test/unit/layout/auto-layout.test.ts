import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../../shared/layout/auto-layout';
import { GRID_SIZE } from '../../../shared/layout/grid';
import { departmentFrames } from '../../../shared/layout/group-frame';
import { linkLabelWidth } from '../../../shared/layout/link-label';
import { CARD_GAP } from '../../../shared/layout/node-size';
import { rectsOverlap, unionOf, type Rect, type Size } from '../../../shared/layout/rect';
import { setFunctionPositions, type Project } from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import { defined, fnFixture, projectFixture } from '../domain/fixtures';

/** Cards and frames keep at least this far apart: the layout gap less one grid step of snapping. */
const MIN_GAP = CARD_GAP - GRID_SIZE;

const onGrid = (value: number) => Math.abs(value % GRID_SIZE) === 0;

/** The project with the layout applied, and every card's rectangle there. */
function laidOut(project: Project, sizeOf: (id: string) => Size, view?: Size) {
  const placed = autoLayout(project, sizeOf, view);
  const after = setFunctionPositions(project, placed);
  const rects = new Map(after.functions.map((fn) => [fn.id, { ...fn.position, ...sizeOf(fn.id) }]));
  return { placed, after, rects, frames: departmentFrames(after, (id) => rects.get(id)) };
}

/**
 * Projects shaped for layout: up to 16 functions of canvas sizes (compact or detailed, any
 * height), in up to 5 departments or none, with random links between them.
 */
const layoutCaseArb = fc
  .record({
    functions: fc.array(
      fc.record({
        department: fc.option(fc.nat(4), { nil: undefined }),
        width: fc.constantFrom(220, 280),
        height: fc.integer({ min: 56, max: 360 }),
        x: fc.integer({ min: -2000, max: 2000 }),
        y: fc.integer({ min: -2000, max: 2000 }),
      }),
      { minLength: 1, maxLength: 16 },
    ),
    departments: fc.integer({ min: 0, max: 5 }),
    links: fc.array(fc.record({ from: fc.nat(15), to: fc.nat(15) }), { maxLength: 24 }),
    view: fc.option(
      fc.record({
        width: fc.integer({ min: 300, max: 2000 }),
        height: fc.integer({ min: 300, max: 1200 }),
      }),
      { nil: undefined },
    ),
  })
  .map(({ functions, departments, links, view }) => {
    const groups = Array.from({ length: departments }, (_, i) => ({ id: `g${i}`, name: `D${i}` }));
    const n = functions.length;
    const project = projectFixture(
      functions.map((f, i) =>
        fnFixture({
          id: `f${i}`,
          position: { x: f.x, y: f.y },
          groupId:
            f.department === undefined || departments === 0
              ? undefined
              : `g${f.department % departments}`,
        }),
      ),
      {
        groups,
        links: links
          .map((l, i) => ({
            id: `l${i}`,
            from: `f${l.from % n}`,
            to: `f${l.to % n}`,
            kind: 'handoff' as const,
            label: '',
          }))
          .filter((l) => l.from !== l.to),
      },
    );
    const sizes = new Map(functions.map((f, i) => [`f${i}`, { width: f.width, height: f.height }]));
    return { project, sizeOf: (id: string) => defined(sizes.get(id)), view };
  });

describe('auto-layout', () => {
  const size = { width: 280, height: 168 };

  it('places every function of the rich sample without overlaps, on the grid', () => {
    const project = loadSample('specialised-sales', 'en');
    const { placed, rects } = laidOut(project, () => size);
    expect(placed.map((p) => p.id)).toEqual(project.functions.map((fn) => fn.id));
    const all = [...rects.values()];
    for (const [i, a] of all.entries()) {
      expect(onGrid(a.x) && onGrid(a.y)).toBe(true);
      for (const b of all.slice(i + 1)) expect(rectsOverlap(a, b)).toBe(false);
    }
  });

  it('lays hand-offs out left to right, across departments too', () => {
    const project = loadSample('specialised-sales', 'en');
    const { rects, frames } = laidOut(project, () => size);
    // Hand-offs form a chain (events → nurturing → territory); escalations may point back.
    for (const link of project.links.filter((l) => l.kind === 'handoff')) {
      expect(defined(rects.get(link.to)).x).toBeGreaterThan(defined(rects.get(link.from)).x);
    }
    // Marketing hands leads to sales: its frame ends before the sales department's begins.
    const marketing = defined(frames.get('g-marketing'));
    expect(marketing.x + marketing.width).toBeLessThan(defined(frames.get('g-sales')).x);
  });

  it('lays the departments out in rows when that shows the design larger in the window', () => {
    const project = loadSample('specialised-sales', 'en');
    const scale = (view: Size) => {
      const { rects, frames } = laidOut(project, () => size, view);
      const bounds = defined(unionOf([...rects.values(), ...frames.values()]));
      return Math.min(view.width / bounds.width, view.height / bounds.height);
    };
    // The canvas of a 1280 × 800 window beside the palette and the side panel: about square.
    const square = { width: 717, height: 725 };
    const { frames } = laidOut(project, () => size, square);
    // Marketing hands leads to sales: its frame is above the sales department's.
    const marketing = defined(frames.get('g-marketing'));
    expect(marketing.y + marketing.height).toBeLessThan(defined(frames.get('g-sales')).y);
    // Fitted in the window, a card's name (14.5 px) is drawn at 6 px or more: it reads
    // (low-detail.tsx), where the one long row showed it at under 4 px.
    expect(scale(square) * 0.87 * 14.5).toBeGreaterThanOrEqual(6);
    // A wide window keeps the row: hand-offs left to right, as without a window.
    const wide = { width: 2400, height: 600 };
    expect(laidOut(project, () => size, wide).placed).toEqual(laidOut(project, () => size).placed);
  });

  it('wraps a long chain into rows that turn at the ends, where that shows it larger', () => {
    const ids = Array.from({ length: 18 }, (_, i) => `f${i}`);
    const project = projectFixture(
      ids.map((id) => fnFixture({ id })),
      {
        links: ids.slice(1).map((id, i) => ({
          id: `l${i}`,
          from: `f${i}`,
          to: id,
          kind: 'handoff' as const,
          label: '',
        })),
      },
    );
    const card = { width: 220, height: 116 };
    const square = { width: 717, height: 725 };
    const { rects } = laidOut(project, () => card, square);
    const at = ids.map((id) => defined(rects.get(id)));
    const rows = [...new Set(at.map((rect) => rect.y))].sort((a, b) => a - b);
    expect(rows.length).toBeGreaterThan(1);
    at.slice(1).forEach((rect, i) => {
      const before = defined(at[i]);
      const row = rows.indexOf(before.y);
      // A hand-off runs along its row, left to right on the first and every other row, right to
      // left on the rows between; at a row's end it turns straight down to the next.
      if (rect.y !== before.y) {
        expect(rows.indexOf(rect.y)).toBe(row + 1);
        expect(rect.x).toBe(before.x);
      } else if (row % 2 === 0) expect(rect.x).toBeGreaterThan(before.x);
      else expect(rect.x).toBeLessThan(before.x);
    });
    // Fitted in the window, a card's name (14.5 px) is drawn at 6 px or more: it reads
    // (low-detail.tsx), where one column (or one row) of 18 showed it at under 3 px.
    const bounds = defined(unionOf(at));
    const scale = Math.min(square.width / bounds.width, square.height / bounds.height);
    expect(scale * 0.87 * 14.5).toBeGreaterThanOrEqual(6);
  });

  it('keeps a department together around its members', () => {
    const project = projectFixture(
      [
        fnFixture({ id: 'a', groupId: 'g' }),
        fnFixture({ id: 'b' }),
        fnFixture({ id: 'c', groupId: 'g' }),
      ],
      {
        groups: [{ id: 'g', name: 'Sales' }],
        links: [
          { id: 'l1', from: 'a', to: 'b', kind: 'handoff', label: '' },
          { id: 'l2', from: 'b', to: 'c', kind: 'handoff', label: '' },
        ],
      },
    );
    // a → b → c would put b between a and c; the department keeps a and c together instead.
    const { rects, frames } = laidOut(project, () => size);
    expect(rectsOverlap(defined(frames.get('g')), defined(rects.get('b')), MIN_GAP)).toBe(false);
  });

  it('leaves room between columns for the longest label, within reason', () => {
    const gapFor = (label: string) => {
      const project = projectFixture([fnFixture({ id: 'a' }), fnFixture({ id: 'b' })], {
        links: [{ id: 'l', from: 'a', to: 'b', kind: 'handoff', label }],
      });
      const { rects } = laidOut(project, () => size);
      return defined(rects.get('b')).x - defined(rects.get('a')).x - size.width;
    };
    const label = 'Technical questions of key clients';
    expect(gapFor(label)).toBeGreaterThanOrEqual(linkLabelWidth({ kind: 'handoff', label }));
    // Without text of its own a link shows its kind's name, which needs room too.
    expect(gapFor('')).toBeGreaterThanOrEqual(linkLabelWidth({ kind: 'handoff', label: '' }));
    expect(gapFor('x'.repeat(200))).toBeLessThanOrEqual(256 + GRID_SIZE);
  });

  it('never lets frames overlap each other or a function of another department', () => {
    fc.assert(
      fc.property(layoutCaseArb, ({ project, sizeOf, view }) => {
        const { placed, after, rects, frames } = laidOut(project, sizeOf, view);
        expect(placed).toHaveLength(project.functions.length);
        const cards = [...rects.entries()];
        for (const [i, [, a]] of cards.entries()) {
          expect(onGrid(a.x) && onGrid(a.y)).toBe(true);
          for (const [, b] of cards.slice(i + 1)) expect(rectsOverlap(a, b, MIN_GAP)).toBe(false);
        }
        const framed = [...frames.entries()];
        for (const [i, [, a]] of framed.entries()) {
          for (const [, b] of framed.slice(i + 1)) expect(rectsOverlap(a, b, MIN_GAP)).toBe(false);
        }
        for (const fn of after.functions) {
          for (const [groupId, frame] of frames) {
            if (fn.groupId === groupId) continue;
            const card: Rect = defined(rects.get(fn.id));
            expect(rectsOverlap(frame, card, MIN_GAP)).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same layout for the same design, wherever its cards stood', () => {
    fc.assert(
      fc.property(layoutCaseArb, ({ project, sizeOf, view }) => {
        const first = autoLayout(project, sizeOf, view);
        expect(autoLayout(project, sizeOf, view)).toEqual(first);
        // Arranging again changes nothing.
        expect(autoLayout(setFunctionPositions(project, first), sizeOf, view)).toEqual(first);
      }),
      { numRuns: 60 },
    );
  });
});
