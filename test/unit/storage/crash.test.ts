import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runCrashTest } from '../../crash/crash-test';

/**
 * A short run of the crash test (the full 200 kills: `npx tsx test/crash/run.ts`, about a
 * minute): a saving process killed with SIGKILL never leaves a file that does not parse or
 * that holds anything but the previous or the new version.
 */
const folder = mkdtempSync(join(tmpdir(), 'ssw-crash-'));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

it('a save killed at random moments leaves the previous or the new version', async () => {
  const report = await runCrashTest(folder, 15);
  expect(report.failures).toEqual([]);
  expect(report.midSave).toBeGreaterThan(0);
}, 60_000);
