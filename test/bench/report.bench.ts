/**
 * npm run bench:report — time and size of the PDF report for 10, 50 and 200 functions (copies of
 * the richer sample, with teams, links, KPIs and demand), beside Chromium printing the same
 * content as HTML to PDF in the same run (the ratio is ours ÷ Chromium's; aim ≤ 1.0, and a
 * 50-function report ≤ 300 ms on a quiet machine). Prints medians in ms (a measurement, not a
 * pass/fail test). The first export of the process, which parses the fonts, is shown apart.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import '../../shared/i18n/all';
import { readReportFonts } from '../../electron/main/headless-export';
import { analyzeProject } from '../../shared/analysis';
import { runChecks } from '../../shared/checks';
import { buildReportModel, renderReportPdf } from '../../shared/report';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { manyFunctions, REPORT_DATE } from '../unit/report/fixtures';
import { reportHtml } from './report-html';

const SIZES = [10, 50, 200];
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const fonts = await readReportFonts();
const require = createRequire(import.meta.url);
const fontUrls = {
  regular: pathToFileURL(
    require.resolve('@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf'),
  ).href,
  bold: pathToFileURL(require.resolve('@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf'))
    .href,
};
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
const folder = mkdtempSync(join(tmpdir(), 'report-bench-'));

const pagesOf = (bytes: Uint8Array): number =>
  (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\b(?!s)/g) ?? []
  ).length;

console.log(
  `${'functions'.padStart(9)} ${'model ms'.padStart(9)} ${'PDF ms'.padStart(9)} ${'total ms'.padStart(9)} ${'pages'.padStart(6)} ${'size KB'.padStart(8)} ${'Chromium ms'.padStart(12)} ${'pages'.padStart(6)} ${'size KB'.padStart(8)} ${'ratio'.padStart(6)}`,
);
let first = true;
for (const count of SIZES) {
  const project = manyFunctions(count, 'ru');
  const model = () => {
    const analysis = analyzeProject(project);
    return buildReportModel(project, analysis, runChecks(project, analysis), {
      language: 'ru',
      date: REPORT_DATE,
    });
  };
  const start = performance.now();
  renderReportPdf(model(), fonts); // warm-up: JIT, and the fonts are parsed once per process
  if (first)
    console.log(
      `first export of the process (parses the fonts): ${(performance.now() - start).toFixed(0)} ms`,
    );
  first = false;
  const modelTimes: number[] = [];
  const renderTimes: number[] = [];
  const chromiumTimes: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  let printed: Uint8Array = new Uint8Array();
  const file = join(folder, `report-${count}.html`);
  writeFileSync(file, reportHtml(model(), fontUrls));
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const built = model();
    const middle = performance.now();
    bytes = renderReportPdf(built, fonts);
    modelTimes.push(middle - start);
    renderTimes.push(performance.now() - middle);
    // Chromium: load the equivalent HTML (layout, fonts) and print it to PDF.
    const before = performance.now();
    await page.goto(pathToFileURL(file).href);
    printed = new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
    chromiumTimes.push(performance.now() - before);
  }
  const m = median(modelTimes);
  const r = median(renderTimes);
  const c = median(chromiumTimes);
  console.log(
    `${String(count).padStart(9)} ${m.toFixed(1).padStart(9)} ${r.toFixed(1).padStart(9)} ${(m + r).toFixed(1).padStart(9)} ${String(pagesOf(bytes)).padStart(6)} ${(bytes.length / 1024).toFixed(0).padStart(8)} ${c.toFixed(1).padStart(12)} ${String(pagesOf(printed)).padStart(6)} ${(printed.length / 1024).toFixed(0).padStart(8)} ${((m + r) / c).toFixed(2).padStart(6)}`,
  );
}
await browser.close();
rmSync(folder, { recursive: true, force: true });
