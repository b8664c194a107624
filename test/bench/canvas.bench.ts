/**
 * npm run bench:canvas — the canvas in headless Chromium, every figure beside the same figure
 * for a bare React Flow 12 page of the same size (test/bench/bare-flow), in the same run:
 * - dragging one card in small steps at 300 and 1,000 functions: first asserted in the DOM
 *   (the card follows the pointer mid-drag and stays after the drop — otherwise the drag is
 *   refused and the run exits non-zero), then rAF frame times and card renders per step;
 * - renaming a card in the inspector at 1,000 functions: Enter → next paint with the new name
 *   (asserted), and the cards React renders per commit and while typing (the bare page renames
 *   a node's data on Enter);
 * - navigation → all 1,000 cards painted (the app reopening its last project from storage),
 *   and the gzip size of the JavaScript fetched before that paint.
 * Card renders are counted by a hook that exists only in `vite build --mode bench`.
 * A measurement, not a pass/fail test: targets are reported as met or not.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureSize, type Figures, type Plan } from './canvas/measure';
import { withServedPages } from './canvas/pages';
import type { SubjectName } from './canvas/subjects';
import { dragRows, editRows, formatTable, openRows, scriptRows, type Row } from './canvas/table';

/** Open, first paint and edits are measured on the large design only. */
const PLANS: readonly Omit<Plan, 'scratch'>[] = [
  { cards: 300, loads: 0, edits: 0, editCard: 'fn-150' },
  { cards: 1000, loads: 9, edits: 20, editCard: 'fn-500' },
];

type SizeFigures = Record<SubjectName, Figures>;

function rowsOf(cards: number, { ours, bare }: SizeFigures): Row[] {
  const rows = dragRows(cards, ours.drag, bare.drag);
  if (ours.edit && bare.edit) rows.push(...editRows(cards, ours.edit, bare.edit));
  if (ours.open && bare.open) rows.push(...openRows(cards, ours.open, bare.open));
  if (ours.scripts && bare.scripts) rows.push(...scriptRows(ours.scripts, bare.scripts));
  return rows;
}

function refusals(cards: number, figures: SizeFigures): string[] {
  return (['ours', 'bare'] as const).flatMap((name) => {
    const drag = figures[name].drag;
    return drag.moved ? [] : [`${name}, ${cards} functions: ${drag.reason}`];
  });
}

async function main(): Promise<number> {
  const results = await withServedPages('ssw-bench-canvas-', async (browser, served, scratch) => {
    const measured: { cards: number; figures: SizeFigures }[] = [];
    for (const plan of PLANS) {
      console.log(`Measuring ${plan.cards} functions…`);
      const figures = await measureSize(browser, served, { ...plan, scratch });
      measured.push({ cards: plan.cards, figures });
    }
    return measured;
  });

  const rows = results.flatMap(({ cards, figures }) => rowsOf(cards, figures));
  console.log(`\n${formatTable(rows)}\n`);
  const json = join(tmpdir(), 'ssw-bench-canvas.json');
  writeFileSync(json, JSON.stringify({ date: new Date().toISOString(), results, rows }, null, 2));
  console.log(`Figures as JSON: ${json}`);

  const refused = results.flatMap(({ cards, figures }) => refusals(cards, figures));
  if (refused.length === 0) return 0;
  console.error(
    [
      '\nDRAG REFUSED: a card dragged with the mouse did not follow the pointer, so its frame',
      'times would measure a no-op and are not reported.',
      ...refused.map((reason) => `  - ${reason}`),
    ].join('\n'),
  );
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('bench:canvas failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
