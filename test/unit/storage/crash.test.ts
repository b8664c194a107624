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

// The suite's hang guard (vitest.config.ts), not a tighter one: fifteen child processes started
// and killed took over 60 s on the loaded 2-core machine, and the test failed on time alone.
it('a save killed at random moments leaves the previous or the new version', async () => {
  const report = await runCrashTest(folder, 15);
  expect(report.failures).toEqual([]);
  expect(report.midSave).toBeGreaterThan(0);
});
