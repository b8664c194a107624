/**
 * npm run bench:analysis — is analysis + design checks of a 1,000-function project cheap enough
 * to run on every edit? Prints median and p95 in ms (a measurement, not a pass/fail test).
 */
import '../../shared/i18n/all';
import { performance } from 'node:perf_hooks';
import { analyzeProject } from '../../shared/analysis';
import { runChecks } from '../../shared/checks';
import { parseProjectFile } from '../../shared/model';
import { bigProject } from '../fixtures/big-project';

const FUNCTIONS = 1_000;
const RUNS = 50;

function measure(label: string, work: () => void): void {
  work(); // warm-up: JIT and lazy initialisation are not what an edit pays for
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  console.log(
    `${label.padEnd(34)} median ${at(0.5).toFixed(2).padStart(7)} ms   p95 ${at(0.95).toFixed(2).padStart(7)} ms   (${RUNS} runs)`,
  );
}

const project = bigProject(FUNCTIONS, 'en', true);
const fileJson: unknown = JSON.parse(JSON.stringify(project));
console.log(`project: ${project.functions.length} functions, ${project.links.length} links`);
measure('analyzeProject', () => analyzeProject(project));
measure('analyzeProject + runChecks', () => runChecks(project, analyzeProject(project)));
measure('parseProjectFile (open / import)', () => {
  if (!parseProjectFile(fileJson).ok) throw new Error('the benchmark project is invalid');
});
