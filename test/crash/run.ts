/**
 * The crash test: `npx tsx test/crash/run.ts [kills=200]`. Prints the figures and exits
 * non-zero if any kill left a file that does not parse or holds an unexpected version.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCrashTest } from './crash-test';

const kills = Number(process.argv[2] ?? 200);
const folder = mkdtempSync(join(tmpdir(), 'ssw-crash-'));
const started = Date.now();
try {
  const report = await runCrashTest(folder, kills);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `${report.kills} kills in ${seconds} s: ${report.midSave} during a save ` +
      `(${report.landedNew} of them after the new version had landed), ` +
      `${report.failures.length} failures, ${report.leftovers} temporary files left behind`,
  );
  for (const failure of report.failures) console.log(`  ${failure}`);
  process.exitCode = report.failures.length === 0 ? 0 : 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
