/**
 * npx tsx test/bench/storage.bench.ts — how long saving and opening a 1,000-function project
 * takes through each back end (the desktop's atomic files with backups and index; the browser
 * edition's IndexedDB, here fake-indexeddb in Node, so only indicative). Prints median and p95.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBrowserPort } from '../../renderer/port/browser/browser-port';
import { ProjectFiles } from '../../electron/main/storage/project-files';
import type { Project } from '../../shared/model';
import type { WorkbenchApi } from '../../shared/port/contract';
import { createLibrary } from '../../shared/port/library';
import { projectFileText } from '../../shared/port/project-file';
import { loadSample } from '../../shared/samples';
import { bigProject } from '../fixtures/big-project';

const FUNCTIONS = 1_000;
const RUNS = 20;

async function measure(label: string, work: (run: number) => Promise<unknown>): Promise<void> {
  await work(-1); // warm-up
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    await work(run);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  console.log(
    `${label.padEnd(40)} median ${at(0.5).toFixed(1).padStart(7)} ms   p95 ${at(0.95).toFixed(1).padStart(7)} ms`,
  );
}

async function bench(
  name: string,
  api: Pick<WorkbenchApi, 'saveProject' | 'openProject' | 'listProjects'>,
  project: Project,
): Promise<void> {
  await measure(`${name}: save`, (run) => api.saveProject({ ...project, name: `run ${run}` }));
  await measure(`${name}: open`, () => api.openProject(project.id));
  await measure(`${name}: list (100 projects)`, () => api.listProjects());
}

const project = bigProject(FUNCTIONS, 'ru', false);
console.log(
  `project: ${project.functions.length} functions, file ${(projectFileText(project).length / 1024 / 1024).toFixed(2)} MB, ${RUNS} runs each`,
);

const folder = mkdtempSync(join(tmpdir(), 'ssw-bench-'));
try {
  const store = new Map<string, unknown>();
  const files = new ProjectFiles({
    folder,
    store,
    now: () => new Date(),
  });
  const desktop = createLibrary(files, { now: () => new Date(), newId: () => 'unused' });
  const browser = createBrowserPort();
  for (const api of [desktop, browser]) {
    for (let i = 0; i < 99; i += 1) {
      await api.saveProject({ ...loadSample('key-accounts', 'en'), id: `other-${i}` });
    }
  }
  await bench('desktop (files)', desktop, project);
  console.log(
    `  file on disk: ${(statSync(files.fileOf('bench')).size / 1024 / 1024).toFixed(2)} MB`,
  );
  await bench('browser (fake IndexedDB)', browser, project);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
