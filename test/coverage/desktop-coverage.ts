import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import convert from 'ast-v8-to-istanbul';
import { parseAstAsync } from 'vitest/node';

/**
 * Line coverage of the Electron side (electron/**, the preload included) from two runs: the
 * unit tests (`vitest run --coverage`, Istanbul JSON in coverage/unit) and the desktop harness
 * (raw V8 coverage of the worker that ran dist-electron/main.js, mapped back to our sources
 * through main.js.map). The two instrument different code (TypeScript vs the bundle), so they
 * are merged by line: a line is covered if either run executed it. Fails below TARGET.
 */

const TARGET = 85;
const UNIT_REPORT = 'coverage/unit/coverage-final.json';
const HARNESS_RAW = 'coverage/harness-v8';
const MAIN = resolve('dist-electron/main.js');
const SCOPE = resolve('electron') + sep;

/** The part of Istanbul's per-file data that line coverage needs. */
interface FileCoverage {
  readonly statementMap: Record<string, { readonly start: { readonly line: number } }>;
  readonly s: Record<string, number>;
}
type CoverageData = Record<string, FileCoverage>;

interface ScriptCoverage {
  readonly url: string;
  readonly functions: Parameters<typeof convert>[0]['coverage']['functions'];
}

/** file → line → executed, over every run that executed the file at all. */
const lines = new Map<string, Map<number, boolean>>();
/**
 * Files a run listed but never executed. Such a run says nothing about which lines hold
 * statements in the other run's mapping, so it counts only if no run executed the file.
 */
const unexecuted = new Map<string, FileCoverage>();

function add(data: CoverageData): void {
  for (const [path, file] of Object.entries(data)) {
    const absolute = resolve(path);
    if (!absolute.startsWith(SCOPE)) continue;
    if (!Object.values(file.s).some((count) => count > 0)) {
      unexecuted.set(absolute, file);
      continue;
    }
    const known = lines.get(absolute) ?? new Map<number, boolean>();
    for (const [id, statement] of Object.entries(file.statementMap)) {
      const line = statement.start.line;
      known.set(line, known.get(line) === true || (file.s[id] ?? 0) > 0);
    }
    lines.set(absolute, known);
  }
}

function addUnexecuted(): void {
  for (const [path, file] of unexecuted) {
    if (lines.has(path)) continue;
    lines.set(
      path,
      new Map(Object.values(file.statementMap).map(({ start }) => [start.line, false])),
    );
  }
}

async function addHarnessRun(): Promise<number> {
  const mainUrl = pathToFileURL(MAIN).href;
  const code = readFileSync(MAIN, 'utf8');
  const sourceMap = JSON.parse(readFileSync(`${MAIN}.map`, 'utf8')) as Parameters<
    typeof convert
  >[0]['sourceMap'];
  const ast = parseAstAsync(code);
  let launches = 0;
  for (const name of readdirSync(HARNESS_RAW)) {
    const raw = JSON.parse(readFileSync(join(HARNESS_RAW, name), 'utf8')) as {
      result: ScriptCoverage[];
    };
    // One script per launch (main.js?launch=N); each is the same code.
    for (const script of raw.result.filter((entry) => entry.url.split('?')[0] === mainUrl)) {
      launches += 1;
      add(
        (await convert({
          code,
          ast,
          sourceMap,
          coverage: { url: mainUrl, functions: script.functions },
        })) as CoverageData,
      );
    }
  }
  return launches;
}

async function main(): Promise<number> {
  for (const input of [UNIT_REPORT, HARNESS_RAW, MAIN]) {
    if (!existsSync(input)) {
      console.error(
        `Coverage: ${input} is missing; run the unit tests with --coverage and the desktop suite first.`,
      );
      return 1;
    }
  }
  add(JSON.parse(readFileSync(UNIT_REPORT, 'utf8')) as CoverageData);
  const launches = await addHarnessRun();
  addUnexecuted();

  let covered = 0;
  let total = 0;
  const rows = [...lines].sort(([a], [b]) => a.localeCompare(b));
  for (const [file, known] of rows) {
    const hit = [...known.values()].filter(Boolean).length;
    covered += hit;
    total += known.size;
    const percent = known.size === 0 ? 100 : (100 * hit) / known.size;
    console.log(
      `${percent.toFixed(1).padStart(6)} %  ${hit}/${known.size}  ${relative('.', file)}`,
    );
  }
  const percent = total === 0 ? 0 : (100 * covered) / total;
  console.log(
    `Electron side (electron/**, preload included): ${percent.toFixed(1)} % of lines ` +
      `(${covered}/${total}; unit tests + ${launches} harness launches), target ${TARGET} %.`,
  );
  return percent >= TARGET ? 0 : 1;
}

process.exitCode = await main();
