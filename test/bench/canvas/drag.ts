/**
 * Drags one card with the mouse in small steps and checks, in the DOM, that it follows the
 * pointer — half-way through and after the drop — before any frame time is believed: a drag
 * that moves nothing costs nothing and must not be reported as fast.
 */
import type { Page } from '@playwright/test';
import { GRID_SIZE } from '../../../shared/layout/grid';
import { canvasZoom, startFrames, stopFrames, takeRenders } from './probes';
import { spread, type Spread } from './stats';

const STEPS = 60;
const STEP = { x: 4, y: 2 } as const;

export type DragOutcome =
  | {
      readonly moved: true;
      readonly card: string;
      readonly frames: Spread;
      /** Card renders per pointer step, and how many different cards rendered in all. */
      readonly rendersPerStep: number;
      readonly distinctCards: number;
    }
  | { readonly moved: false; readonly reason: string };

interface Point {
  readonly x: number;
  readonly y: number;
}

async function cardCorner(page: Page, id: string): Promise<Point> {
  const box = await page.locator(`[data-function-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`card ${id} is not on the screen`);
  return { x: box.x, y: box.y };
}

/** Undefined when the card moved by `expected` within one grid step; else what went wrong. */
function offBy(start: Point, now: Point, expected: Point, tolerance: number, when: string) {
  const moved = { x: now.x - start.x, y: now.y - start.y };
  const ok =
    Math.abs(moved.x - expected.x) <= tolerance && Math.abs(moved.y - expected.y) <= tolerance;
  if (ok) return undefined;
  const px = (p: Point) => `(${p.x.toFixed(1)}, ${p.y.toFixed(1)}) px`;
  return `${when} the card had moved ${px(moved)}; the pointer had moved ${px(expected)} (± ${tolerance.toFixed(1)} px for the grid)`;
}

/**
 * The card nearest to the point half a drag up-left of the canvas centre: the whole drag then
 * stays far from the edges, where React Flow would pan the canvas under the pointer.
 */
export async function cardToDrag(page: Page): Promise<string> {
  const offset = { x: (STEPS * STEP.x) / 2, y: (STEPS * STEP.y) / 2 };
  return page.evaluate((offset) => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!pane) throw new Error('no React Flow canvas on the page');
    const target = {
      x: pane.x + pane.width / 2 - offset.x,
      y: pane.y + pane.height / 2 - offset.y,
    };
    let best = { id: '', distance: Infinity };
    for (const card of document.querySelectorAll<HTMLElement>('[data-function-id]')) {
      const box = card.getBoundingClientRect();
      const distance = Math.hypot(
        box.x + box.width / 2 - target.x,
        box.y + box.height / 2 - target.y,
      );
      if (distance < best.distance) best = { id: card.dataset.functionId ?? '', distance };
    }
    if (!best.id) throw new Error('no card on the canvas');
    return best.id;
  }, offset);
}

export async function dragCard(page: Page, id: string): Promise<DragOutcome> {
  const zoom = await canvasZoom(page);
  // Snapping may put the card up to one grid step away from the pointer; plus rounding.
  const tolerance = GRID_SIZE * zoom + 2;
  const box = await page.locator(`[data-function-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`card ${id} is not on the screen`);
  const start = { x: box.x, y: box.y };
  const grip = { x: box.x + box.width / 2, y: box.y + Math.min(12, box.height / 2) };
  const pointerAt = (step: number) => ({ x: grip.x + step * STEP.x, y: grip.y + step * STEP.y });

  // The pointer must land on the card itself, or a refusal would blame the page for the bench.
  const onCard = await page.evaluate(
    ({ id, grip }) =>
      document
        .elementFromPoint(grip.x, grip.y)
        ?.closest('[data-function-id]')
        ?.getAttribute('data-function-id') === id,
    { id, grip },
  );
  if (!onCard) throw new Error(`the pointer would not grab card ${id}: something covers it`);
  await page.mouse.move(grip.x, grip.y);
  await page.mouse.down();
  await takeRenders(page);
  await startFrames(page);
  let failure: string | undefined;
  for (let step = 1; step <= STEPS; step += 1) {
    const at = pointerAt(step);
    await page.mouse.move(at.x, at.y);
    await page.evaluate(() => new Promise(requestAnimationFrame));
    if (step === STEPS / 2) {
      const expected = { x: at.x - grip.x, y: at.y - grip.y };
      failure ??= offBy(start, await cardCorner(page, id), expected, tolerance, 'Mid-drag,');
    }
  }
  const frames = await stopFrames(page);
  const renders = await takeRenders(page);
  await page.mouse.up();
  await page.evaluate(() => new Promise(requestAnimationFrame));
  await page.waitForTimeout(300);
  const end = pointerAt(STEPS);
  const expected = { x: end.x - grip.x, y: end.y - grip.y };
  failure ??= offBy(start, await cardCorner(page, id), expected, tolerance, 'After the drop,');
  if (failure) return { moved: false, reason: `card ${id}: ${failure}` };
  return {
    moved: true,
    card: id,
    frames: spread(frames),
    rendersPerStep: renders.total / STEPS,
    distinctCards: renders.cards,
  };
}
