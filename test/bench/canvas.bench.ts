/**
 * npm run bench:canvas — canvas responsiveness in headless Chromium against the built browser
 * edition, for 300 functions with 400 links and for 1,000 functions:
 * - frame times while a card is dragged (p50 / p95 / max; the target is p95 under 16.7 ms);
 * - which cards React redraws while the user types in the inspector, and after the edit is
 *   committed (the target: none while typing, only the edited card after).
 * A measurement that prints figures, not a pass/fail test.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import type { Project } from '../../shared/model';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { openProjectFile } from '../e2e/seed';
import { manyFunctions } from '../unit/report/fixtures';

/** Blocks of the rich sample, plus links between blocks until `links` links exist. */
function design(functions: number, links: number): Project {
  const project = manyFunctions(functions, 'en');
  const extra = [];
  for (let i = 0; project.links.length + extra.length < links && i + 7 < functions; i += 1) {
    const from = project.functions[i];
    const to = project.functions[i + 7];
    if (from && to)
      extra.push({
        id: `extra-${i}`,
        from: from.id,
        to: to.id,
        kind: 'support' as const,
        label: '',
      });
  }
  return { ...project, links: [...project.links, ...extra] };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

async function dragFrameTimes(page: Page): Promise<number[]> {
  const card = page.getByTestId('function-node').nth(3);
  const box = await card.boundingBox();
  if (!box) throw new Error('no card to drag');
  // Page scripts are strings: tsx would wrap named functions in a helper the page lacks.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.recording = true;
    let last = performance.now();
    const tick = (now) => {
      window.frames_.push(now - last);
      last = now;
      if (window.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(box.x + 60, box.y + 20);
  await page.mouse.down();
  for (let step = 1; step <= 90; step += 1) {
    await page.mouse.move(box.x + 60 + step * 4, box.y + 20 + step * 2);
    await page.evaluate('new Promise(requestAnimationFrame)');
  }
  await page.mouse.up();
  return page.evaluate<number[]>(`(() => {
    window.recording = false;
    return window.frames_.slice(2);
  })()`);
}

/** Ids of the cards whose DOM React touched while `action` ran. */
async function cardsRedrawnBy(page: Page, action: () => Promise<void>): Promise<string[]> {
  await page.evaluate(`(() => {
    window.touched = new Set();
    window.observer = new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target instanceof Element ? record.target : record.target.parentElement;
        const id = target?.closest('[data-function-id]')?.getAttribute('data-function-id');
        if (id) window.touched.add(id);
      }
    });
    const root = document.querySelector('.react-flow__nodes');
    if (root) {
      window.observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    }
  })()`);
  await action();
  await page.waitForTimeout(300);
  return page.evaluate<string[]>(`(() => {
    window.observer.disconnect();
    return [...window.touched];
  })()`);
}

async function measure(page: Page, functions: number, links: number) {
  const file = join(tmpdir(), `ssw-bench-${functions}.json`);
  writeFileSync(file, JSON.stringify(design(functions, links)));
  const started = performance.now();
  await openProjectFile(page, file, 'en');
  await page
    .getByTestId('function-node')
    .nth(functions - 1)
    .waitFor();
  const openMs = performance.now() - started;

  await page.keyboard.press('f'); // zoom to fit, so every card is on screen
  await page.waitForTimeout(400);
  const frames = await dragFrameTimes(page);
  // Jump to a card the way a user would on a big canvas: find it by name.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+F');
  await page.getByTestId('find-dialog').getByRole('textbox').fill('Technical support 3');
  await page.keyboard.press('Enter');
  await page.getByTestId('inspector').waitFor();
  const name = page.getByTestId('inspector').getByRole('textbox', { name: 'Name' }).first();
  const whileTyping = await cardsRedrawnBy(page, () =>
    name.pressSequentially(' renamed', { delay: 20 }),
  );
  const afterCommit = await cardsRedrawnBy(page, () => name.press('Enter'));
  console.log(
    [
      `${functions} functions, ${links} links: opened and drawn in ${openMs.toFixed(0)} ms`,
      `  drag frame time: p50 ${percentile(frames, 50).toFixed(1)} ms, p95 ${percentile(frames, 95).toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms over ${frames.length} frames`,
      `  cards redrawn while typing 8 characters in the inspector: ${whileTyping.length}`,
      `  cards redrawn when the edit is committed: ${afterCommit.length}`,
    ].join('\n'),
  );
}

await build({ mode: 'web', logLevel: 'error' });
const server = await preview({
  mode: 'web',
  preview: { host: '127.0.0.1', port: 4190, strictPort: false },
});
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4190/';
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const [functions, links] of [
    [300, 400],
    [1000, 1300],
  ] as const) {
    const context = await browser.newContext({
      baseURL: url,
      viewport: { width: 1600, height: 1000 },
    });
    const page = await context.newPage();
    await measure(page, functions, links);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
