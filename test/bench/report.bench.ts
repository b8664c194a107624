/**
 * npm run bench:report — time and size of the PDF report for 10, 50 and 200 functions (copies of
 * the richer sample, with teams, links, KPIs and demand). Aim: 50 functions under 1 s and 1 MB.
 * Prints medians in ms (a measurement, not a pass/fail test).
 */
import { performance } from 'node:perf_hooks';
import { readReportFonts } from '../../electron/main/headless-export';
import { analyzeProject } from '../../shared/analysis';
import { runChecks } from '../../shared/checks';
import { buildReportModel, renderReportPdf } from '../../shared/report';
import { manyFunctions, REPORT_DATE } from '../unit/report/fixtures';

const SIZES = [10, 50, 200];
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const fonts = await readReportFonts();
console.log(
  `${'functions'.padStart(9)} ${'model ms'.padStart(9)} ${'PDF ms'.padStart(9)} ${'total ms'.padStart(9)} ${'pages'.padStart(6)} ${'size KB'.padStart(8)}`,
);
for (const count of SIZES) {
  const project = manyFunctions(count, 'ru');
  const model = () => {
    const analysis = analyzeProject(project);
    return buildReportModel(project, analysis, runChecks(project, analysis), {
      language: 'ru',
      date: REPORT_DATE,
    });
  };
  renderReportPdf(model(), fonts); // warm-up: JIT and font parsing caches
  const modelTimes: number[] = [];
  const renderTimes: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const built = model();
    const middle = performance.now();
    bytes = renderReportPdf(built, fonts);
    modelTimes.push(middle - start);
    renderTimes.push(performance.now() - middle);
  }
  const pages = (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\b(?!s)/g) ?? []
  ).length;
  const m = median(modelTimes);
  const r = median(renderTimes);
  console.log(
    `${String(count).padStart(9)} ${m.toFixed(1).padStart(9)} ${r.toFixed(1).padStart(9)} ${(m + r).toFixed(1).padStart(9)} ${String(pages).padStart(6)} ${(bytes.length / 1024).toFixed(0).padStart(8)}`,
  );
}
