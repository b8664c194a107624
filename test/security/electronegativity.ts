import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Doyensec Electronegativity over our Electron sources and the built bundle (dist/ and the
 * main and preload bundles). Fails on any finding not in the reviewed allow-list beside this
 * file, and on an allow-list entry that no longer matches a finding. Needs `vite build` first.
 *
 * The check for newer Electron security releases is left out: it needs the internet, which
 * these machines do not have (the tool says so and carries on; the rest runs offline).
 */

interface Accepted {
  readonly check: string;
  readonly file: string;
  readonly reason: string;
}

interface SarifResult {
  readonly ruleId: string;
  readonly message: { readonly text: string };
  readonly locations?: readonly {
    readonly physicalLocation?: {
      readonly artifactLocation?: { readonly uri?: string };
      readonly region?: { readonly startLine?: number };
    };
  }[];
}

const TOOL = 'node_modules/@doyensec/electronegativity/dist/index.js';

function stage(): string {
  const folder = mkdtempSync(join(tmpdir(), 'ssw-electronegativity-'));
  cpSync('electron', join(folder, 'electron'), { recursive: true });
  cpSync('dist', join(folder, 'bundle', 'dist'), { recursive: true });
  // Source maps would be scanned as code; they are not shipped as such.
  cpSync('dist-electron', join(folder, 'bundle', 'dist-electron'), {
    recursive: true,
    filter: (source) => !source.endsWith('.map'),
  });
  return folder;
}

function scan(folder: string): SarifResult[] {
  const report = join(folder, 'report.sarif');
  const electron = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as {
    version: string;
  };
  execFileSync(
    process.execPath,
    [
      TOOL,
      '-i',
      folder,
      '-r',
      '-v',
      'false',
      '-o',
      report,
      '-e',
      electron.version,
      '-x',
      'AvailableSecurityFixesGlobalCheck',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const sarif = JSON.parse(readFileSync(report, 'utf8')) as { runs: { results: SarifResult[] }[] };
  return sarif.runs.flatMap((run) => run.results);
}

const where = (result: SarifResult) => {
  const location = result.locations?.[0]?.physicalLocation;
  return { file: location?.artifactLocation?.uri ?? 'N/A', line: location?.region?.startLine ?? 0 };
};

function main(): number {
  const { accepted } = JSON.parse(
    readFileSync(new URL('./electronegativity-allowlist.json', import.meta.url), 'utf8'),
  ) as { accepted: Accepted[] };
  const folder = stage();
  try {
    const results = scan(folder);
    const isAccepted = (result: SarifResult, entry: Accepted) =>
      entry.check === result.ruleId && entry.file === where(result).file;
    const unreviewed = results.filter(
      (result) => !accepted.some((entry) => isAccepted(result, entry)),
    );
    const stale = accepted.filter((entry) => !results.some((result) => isAccepted(result, entry)));
    for (const result of unreviewed) {
      const { file, line } = where(result);
      console.error(
        `Electronegativity: ${result.ruleId} at ${file}:${line} — ${result.message.text}`,
      );
    }
    for (const entry of stale) {
      console.error(
        `Electronegativity allow-list: ${entry.check} in ${entry.file} matches nothing now; remove it.`,
      );
    }
    console.log(
      `Electronegativity: ${results.length} finding(s), ${results.length - unreviewed.length} reviewed and accepted, ${unreviewed.length} new.`,
    );
    return unreviewed.length + stale.length === 0 ? 0 : 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

process.exitCode = main();
