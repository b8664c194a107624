import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { CANCELLED, createProjectReader } from '../../../electron/main/project-reader';
import { projectFileText } from '../../../shared/port/project-file';
import { loadSample } from '../../../shared/samples';

/** The worker's own source, run through tsx: the very code main starts from its build. */
const WORKER = new URL('../../../electron/main/read-project.worker.ts', import.meta.url).href;
const BOOT = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(WORKER)}, ${JSON.stringify(import.meta.url)}))`;
const reader = () => createProjectReader(BOOT, { eval: true });

const folder = mkdtempSync(join(tmpdir(), 'ssw-reader-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const sample = { ...loadSample('key-accounts', 'en'), id: 'handed-over' };
const file = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

/** A valid project with a million keys nobody asked for: 16 MB that takes seconds to read. */
function millionKeys(): string {
  const keys = Array.from({ length: 1_000_000 }, (_, i) => `"k${i}":0`).join(',');
  return `${JSON.stringify(sample).slice(0, -1)},"junk":{${keys}}}`;
}

/** Generous: the point is that reads finish and the main thread stays free, not speed. */
const TIMEOUT_MS = 180_000;

describe('reading project files in a worker thread (desktop main process)', () => {
  it(
    'reads a file from disk by the one reader, and refuses a bad one saying why',
    async () => {
      const read = await reader().readPath(file('good.ssw.json', projectFileText(sample)));
      expect(read).toMatchObject({ status: 'read', outcome: { ok: true } });
      expect(read !== CANCELLED && read.status === 'read' && read.outcome.ok).toBe(true);
      if (read !== CANCELLED && read.status === 'read' && read.outcome.ok) {
        expect(read.outcome.project.name).toBe(sample.name);
      }
      const nested = `{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
      expect(await reader().readPath(file('nested.ssw.json', nested))).toMatchObject({
        status: 'read',
        outcome: { ok: false, problem: { kind: 'too-deep' } },
      });
      expect(await reader().readPath(join(folder, 'missing.ssw.json'))).toEqual({
        status: 'unreadable',
      });
      expect(await reader().readBytes(new TextEncoder().encode('{ not json'))).toMatchObject({
        ok: false,
        problem: { kind: 'not-json' },
      });
    },
    TIMEOUT_MS,
  );

  it(
    'keeps the main thread free while a 16 MB file is read',
    async () => {
      const path = file('huge.ssw.json', millionKeys());
      // The event loop's own busy time, not timer gaps: on a loaded machine a timer can fire a
      // second late while this thread runs nothing at all.
      const before = performance.eventLoopUtilization();
      const started = performance.now();
      const read = await reader().readPath(path);
      const took = performance.now() - started;
      const busy = performance.eventLoopUtilization(before).active;
      expect(read).toMatchObject({ status: 'read', outcome: { ok: true } });
      // Read in this thread, the same file keeps it busy for the whole read (seconds).
      expect(busy).toBeLessThan(took / 2);
    },
    TIMEOUT_MS,
  );

  it(
    'stops a read on Cancel: the worker is terminated and nothing is returned',
    async () => {
      const path = file('huge-cancelled.ssw.json', millionKeys());
      const files = reader();
      const reading = files.readPath(path);
      files.cancel();
      expect(await reading).toBe(CANCELLED);
      // The reader still works after a cancel.
      const again = await files.readPath(file('after.ssw.json', projectFileText(sample)));
      expect(again).toMatchObject({ status: 'read', outcome: { ok: true } });
    },
    TIMEOUT_MS,
  );
});
