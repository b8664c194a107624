/**
 * npm run bench:scenarios — a 1,000-function project with 5 scenarios (the baseline and four
 * variants, each changing 10 functions) in headless Chromium, beside a bare React Flow 12 page of
 * the same size (test/bench/bare-flow), in the same run:
 * - navigation → all 1,000 cards painted (the app reopening the project from storage, with its
 *   scenarios), against the bare page opening the same cards;
 * - switching to the next scenario (Ctrl+Alt+]) → the paint in which a card shows the name it has
 *   in that scenario (asserted: the probe fails if the card never shows it), against the bare
 *   page redrawing one changed card (its rename on Enter), the least React Flow does for an edit.
 * A measurement, not a pass/fail test: the canvas budgets (open ≤ 1.2× bare) are reported as met
 * or not; the switch is reported beside the bare redraw and the app's own rename cost
 * (npm run bench:canvas).
 */
import {
  BASELINE_SCENARIO_ID,
  createScenario,
  switchScenario,
  updateFunction,
  type Project,
} from '../../shared/model';
import { projectFileText } from '../../shared/port/project-file';
import { editOnce } from './canvas/edit';
import { withServedPages } from './canvas/pages';
import { armCommitProbe, commitResult, takeRenders } from './canvas/probes';
import { benchDesign } from './canvas/design';
import { medianWithRange, spread } from './canvas/stats';
import { canvasSize, openBare, openOurs, type Subject } from './canvas/subjects';

const CARDS = 1000;
const VARIANTS = 4;
const CHANGED_PER_VARIANT = 10;
const LOADS = 9;
const SWITCHES = 20;
const PROBE_CARD = 'fn-0';
const TIMEOUT_MS = 10_000;

/** What card fn-0 is called in each scenario: no name is part of another. */
const probeName = (index: number) => `Scenario ${String.fromCharCode(65 + index)} probe card`;

/** The benchmark design as the baseline, and four variants that each rename ten functions. */
function designWithScenarios(): { text: string; order: string[] } {
  let project: Project = updateFunction(benchDesign(CARDS), PROBE_CARD, { name: probeName(0) });
  const order = [BASELINE_SCENARIO_ID];
  for (let v = 1; v <= VARIANTS; v += 1) {
    const id = `variant-${v}`;
    project = createScenario(project, {
      id,
      name: `Variant ${v}`,
      fromId: BASELINE_SCENARIO_ID,
      baselineName: 'Current system',
    });
    project = updateFunction(project, PROBE_CARD, { name: probeName(v) });
    for (let i = 1; i < CHANGED_PER_VARIANT; i += 1) {
      const fnId = `fn-${v * 100 + i}`;
      project = updateFunction(project, fnId, { name: `Variant ${v} function ${i}` });
    }
    order.push(id);
  }
  return { text: projectFileText(switchScenario(project, BASELINE_SCENARIO_ID)), order };
}

/** One switch: its time to paint, and the cards React rendered for it (late renders included). */
async function switchOnce(ours: Subject, next: number): Promise<{ ms: number; cards: number }> {
  await takeRenders(ours.page);
  await armCommitProbe(ours.page, PROBE_CARD, probeName(next), TIMEOUT_MS, ']');
  await ours.page.keyboard.press('Control+Alt+BracketRight');
  const { ms } = await commitResult(ours.page);
  await ours.page.waitForTimeout(250);
  return { ms, cards: (await takeRenders(ours.page)).cards };
}

async function main(): Promise<number> {
  return withServedPages('ssw-bench-scenarios-', async (browser, served, scratch) => {
    const { text, order } = designWithScenarios();
    console.log(
      `Measuring ${CARDS} functions, ${order.length} scenarios (file ${Math.round(text.length / 1024)} KB)…`,
    );
    const ours = await openOurs(browser, served.ours.url, CARDS, scratch, text);
    const bare = await openBare(browser, served.bare.url, CARDS, await canvasSize(ours.page));
    try {
      const opens = { ours: [] as number[], bare: [] as number[] };
      for (let round = 0; round < LOADS; round += 1) {
        opens.ours.push((await ours.navigate()).paintedMs);
        await ours.page.waitForTimeout(500);
        opens.bare.push((await bare.navigate()).paintedMs);
        await bare.page.waitForTimeout(500);
      }
      // Focus on the canvas, not a field: the switch keys are left to text fields there.
      await ours.page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
      const switches: number[] = [];
      const rendered: number[] = [];
      const redraws: number[] = [];
      let current = 0;
      for (let round = 0; round <= SWITCHES; round += 1) {
        current = (current + 1) % order.length;
        const { ms, cards } = await switchOnce(ours, current);
        const redraw = (await editOnce(bare, PROBE_CARD, `Bare redraw ${round}`)).ms;
        // Round 0 warms up (the first switch builds the other scenario's flat project).
        if (round > 0) {
          switches.push(ms);
          rendered.push(cards);
          redraws.push(redraw);
        }
      }
      const open = { ours: spread(opens.ours), bare: spread(opens.bare) };
      const switched = spread(switches);
      const redrawn = spread(redraws);
      const ratio = open.ours.p50 / open.bare.p50;
      const rows = [
        [
          `Navigation → all 1,000 cards painted, 5 scenarios, ms: median of ${LOADS} (fastest–slowest)`,
          medianWithRange(opens.ours),
          medianWithRange(opens.bare),
          `${ratio.toFixed(2)}×`,
          '≤ 1.2× bare',
          ratio <= 1.2 ? 'yes' : 'NO',
        ],
        [
          'Switch scenario → the card painted with its name, p50 / p95 ms',
          `${switched.p50.toFixed(1)} / ${switched.p95.toFixed(1)}`,
          `${redrawn.p50.toFixed(1)} / ${redrawn.p95.toFixed(1)} (one card redrawn)`,
          `${(switched.p50 / redrawn.p50).toFixed(2)}× (p50)`,
          'report',
          '—',
        ],
      ];
      rows.push([
        'Switch scenario: cards rendered per switch (most)',
        String(Math.max(...rendered)),
        'n/a',
        '—',
        `the ${CHANGED_PER_VARIANT * 2} that differ`,
        Math.max(...rendered) <= CHANGED_PER_VARIANT * 2 ? 'yes' : 'NO',
      ]);
      const header = ['measure', 'ours', 'bare React Flow', 'ours / bare', 'target', 'met'];
      const widths = header.map((h, i) =>
        Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)),
      );
      const line = (cells: readonly string[]) =>
        cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' │ ');
      console.log(`\n${[line(header), ...rows.map(line)].join('\n')}\n`);
      return 0;
    } finally {
      await Promise.all([ours.close(), bare.close()]);
    }
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('bench:scenarios failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
