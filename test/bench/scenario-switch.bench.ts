/**
 * npm run bench:scenarios — a 1,000-function project with 5 scenarios (the baseline and four
 * variants, each changing 10 functions) in headless Chromium, beside a bare React Flow 12 page of
 * the same size (test/bench/bare-flow), in the same run:
 * - navigation → all 1,000 cards painted (the app reopening the project from storage, with its
 *   scenarios), against the bare page opening the same cards;
 * - switching to the next scenario (Ctrl+Alt+]) → the paint in which a card shows the name it has
 *   in that scenario (asserted: the probe fails if the card never shows it), against the bare
 *   page redrawing the same cards with the same names on Enter (10 or 19 cards a switch: the
 *   functions the two scenarios name differently), and against it redrawing one card, the least
 *   React Flow does for an edit.
 * - the same switch with the Checks tab open, which lists every function's checks.
 * A measurement, not a pass/fail test: the canvas budgets (open ≤ 1.2× bare, a redraw ≤ 1.0×
 * bare's same redraw, as a drag step is) are reported as met or not.
 */
import {
  BASELINE_SCENARIO_ID,
  createScenario,
  switchScenario,
  updateFunction,
  scenarioProject,
  type Project,
} from '../../shared/model';
import { projectFileText } from '../../shared/port/project-file';
import { editOnce } from './canvas/edit';
import { withServedPages } from './canvas/pages';
import { armCommitProbe, commitResult, takeRenders } from './canvas/probes';
import { benchDesign } from './canvas/design';
import { medianWithRange, spread } from './canvas/stats';
import { canvasSize, openBare, openOurs, stageBareRenames, type Subject } from './canvas/subjects';

const CARDS = 1000;
const VARIANTS = 4;
const CHANGED_PER_VARIANT = 10;
const LOADS = 9;
const SWITCHES = 20;
const CHECKS_SWITCHES = 10;
const PROBE_CARD = 'fn-0';
const TIMEOUT_MS = 10_000;

/** What card fn-0 is called in each scenario: no name is part of another. */
const probeName = (index: number) => `Scenario ${String.fromCharCode(65 + index)} probe card`;

/** Each function's name in one scenario. */
type Names = ReadonlyMap<string, string>;

/**
 * The benchmark design as the baseline, and four variants that each rename ten functions; with
 * the names every function has in each scenario, in switching order.
 */
function designWithScenarios(): { text: string; order: string[]; names: Names[] } {
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
  const names = order.map((id) => {
    const shown = scenarioProject(project, id);
    if (!shown) throw new Error(`no scenario ${id}`);
    return new Map(shown.functions.map((fn) => [fn.id, fn.name]));
  });
  return { text: projectFileText(switchScenario(project, BASELINE_SCENARIO_ID)), order, names };
}

/** The cards a switch from `from` to `to` renames, with their names in `to`. */
function renamedBySwitch(from: Names, to: Names): Record<string, string> {
  return Object.fromEntries([...to].filter(([id, name]) => from.get(id) !== name));
}

function at(names: readonly Names[], index: number): Names {
  const found = names[index];
  if (!found) throw new Error(`no scenario at ${index}`);
  return found;
}

/** The bare page redrawing `names` (id → name) at once: Enter → the paint that shows the probe. */
async function bareRedraw(bare: Subject, names: Record<string, string>): Promise<number> {
  const probe = names[PROBE_CARD];
  if (probe === undefined) throw new Error('the probe card is not among the renamed');
  await stageBareRenames(bare.page, names);
  await armCommitProbe(bare.page, PROBE_CARD, probe, TIMEOUT_MS);
  await bare.page.keyboard.press('Enter');
  return (await commitResult(bare.page)).ms;
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
    const { text, order, names } = designWithScenarios();
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
      const sameRedraws: number[] = [];
      const redraws: number[] = [];
      let current = 0;
      for (let round = 0; round <= SWITCHES; round += 1) {
        const next = (current + 1) % order.length;
        const renamed = renamedBySwitch(at(names, current), at(names, next));
        const { ms, cards } = await switchOnce(ours, next);
        const same = await bareRedraw(bare, renamed);
        const redraw = (await editOnce(bare, PROBE_CARD, `Bare redraw ${round}`)).ms;
        current = next;
        // Round 0 warms up (the first switch builds the other scenario's flat project).
        if (round > 0) {
          switches.push(ms);
          rendered.push(cards);
          sameRedraws.push(same);
          redraws.push(redraw);
        }
      }
      // The same switches with the Checks tab open beside the canvas: 1,008 checks listed.
      await ours.page.getByRole('tab', { name: /^Checks/ }).click();
      await ours.page
        .getByRole('list')
        .filter({ has: ours.page.locator('.check-item') })
        .waitFor();
      await ours.page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
      const withChecks: number[] = [];
      for (let round = 0; round <= CHECKS_SWITCHES; round += 1) {
        current = (current + 1) % order.length;
        const { ms } = await switchOnce(ours, current);
        if (round > 0) withChecks.push(ms);
      }
      const open = { ours: spread(opens.ours), bare: spread(opens.bare) };
      const switched = spread(switches);
      const redrawn = spread(redraws);
      const sameRedrawn = spread(sameRedraws);
      const ratio = open.ours.p50 / open.bare.p50;
      const switchRatio = switched.p50 / sameRedrawn.p50;
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
          'Switch scenario → the cards painted with their names, p50 / p95 ms',
          `${switched.p50.toFixed(1)} / ${switched.p95.toFixed(1)}`,
          `${sameRedrawn.p50.toFixed(1)} / ${sameRedrawn.p95.toFixed(1)} (the same cards redrawn)`,
          `${switchRatio.toFixed(2)}× (p50)`,
          '≤ 1.0× bare',
          switchRatio <= 1 ? 'yes' : 'NO',
        ],
        [
          'Bare React Flow redrawing one card (an edit), p50 / p95 ms',
          '—',
          `${redrawn.p50.toFixed(1)} / ${redrawn.p95.toFixed(1)}`,
          `${(switched.p50 / redrawn.p50).toFixed(2)}× (switch / this, p50)`,
          'report',
          '—',
        ],
      ];
      const checked = spread(withChecks);
      rows.push([
        'Switch scenario with the Checks tab open (1,008 checks), p50 / p95 ms',
        `${checked.p50.toFixed(1)} / ${checked.p95.toFixed(1)}`,
        '—',
        `${(checked.p50 / switched.p50).toFixed(2)}× the switch without it`,
        'report',
        '—',
      ]);
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
