/**
 * `npm run analyze` (electron/cli/analyze.ts): the analysis and the design checks of a project
 * file as JSON on stdout, read by the app's own reader. With variants (or with `--scenario`),
 * each scenario's own analysis and checks are added in `scenarios`. Exit codes: 0 printed,
 * 1 the project could not be read, 2 wrong usage (an unknown scenario among them).
 */
import { resolve } from 'node:path';
import { designReport } from '../../shared/checks';
import { isLanguage, translate, type Language } from '../../shared/i18n';
import {
  BASELINE_SCENARIO_ID,
  scenarioByKey,
  scenarioProject,
  scenarioSetOf,
  type Project,
  type Scenario,
} from '../../shared/model';
import { readProjectFileForCli } from './read-project-file';

const USAGE = 'usage: npm run analyze -- <project-file> [--lang ru|en] [--scenario <name|id>]…';

export interface AnalyzeIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Relative paths are taken from here: npm's INIT_CWD is where `npm run` was typed. */
  cwd: string;
}

interface AnalyzeArgs {
  readonly file: string;
  readonly language?: Language;
  readonly scenarios: readonly string[];
}

function readArgs(argv: readonly string[]): AnalyzeArgs | { readonly usage: string } | 'help' {
  let file: string | undefined;
  let language: Language | undefined;
  const scenarios: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--lang') {
      const value = argv[++i];
      if (!isLanguage(value)) return { usage: '--lang takes ru or en' };
      language = value;
    } else if (arg === '--scenario') {
      const value = argv[++i];
      if (value === undefined || value.trim() === '') {
        return { usage: '--scenario takes the name or id of a scenario' };
      }
      scenarios.push(value);
    } else if (arg === '--help' || arg === '-h') {
      return 'help';
    } else if (arg !== undefined && !arg.startsWith('-') && file === undefined) {
      file = arg;
    } else {
      return { usage: `unexpected argument ${JSON.stringify(arg)}` };
    }
  }
  if (file === undefined) return { usage: 'no project file given' };
  return { file, language, scenarios };
}

/** The scenarios asked for, in the project's order; every one when none is named. */
function chosenScenarios(
  project: Project,
  keys: readonly string[],
  baselineName: string,
):
  | { readonly ok: true; readonly list: Scenario[] }
  | { readonly ok: false; readonly message: string } {
  const set = scenarioSetOf(project, baselineName);
  if (keys.length === 0) return { ok: true, list: [...set.list] };
  const chosen = new Set<string>();
  for (const key of keys) {
    const scenario = scenarioByKey(set, key, baselineName);
    if (!scenario) {
      const names = set.list.map((s) => `  ${s.id}: ${s.name === '' ? baselineName : s.name}`);
      return {
        ok: false,
        message: [`no scenario named ${JSON.stringify(key)}; the project has:`, ...names].join(
          '\n',
        ),
      };
    }
    chosen.add(scenario.id);
  }
  return { ok: true, list: set.list.filter((scenario) => chosen.has(scenario.id)) };
}

/** Runs one analysis; returns the process exit code. */
export async function runAnalyze(argv: readonly string[], io: AnalyzeIo): Promise<number> {
  const args = readArgs(argv);
  if (args === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if ('usage' in args) {
    io.err(`analyze: ${args.usage}\n${USAGE}\n`);
    return 2;
  }
  const parsed = await readProjectFileForCli(resolve(io.cwd, args.file), args.file);
  if (!parsed.ok) {
    io.err(`analyze: ${parsed.message}\n`);
    return 1;
  }
  const { project } = parsed;
  const language = args.language ?? project.language;
  const report = designReport(project, language);
  const migrated = parsed.migratedFrom === undefined ? {} : { migratedFrom: parsed.migratedFrom };
  let scenarios = {};
  const variants = (project.scenarios?.list.length ?? 1) > 1;
  if (variants || args.scenarios.length > 0) {
    const baselineName = translate(language, 'scenario.baselineName');
    const chosen = chosenScenarios(project, args.scenarios, baselineName);
    if (!chosen.ok) {
      io.err(`analyze: ${chosen.message}\n`);
      return 2;
    }
    const activeId = project.scenarios?.activeId ?? BASELINE_SCENARIO_ID;
    scenarios = {
      scenarios: chosen.list.map((scenario) => {
        const { analysis, checks, counts } = designReport(
          scenarioProject(project, scenario.id) ?? project,
          language,
        );
        const unnamed = scenario.name === '' && scenario.id === BASELINE_SCENARIO_ID;
        return {
          id: scenario.id,
          name: unnamed ? baselineName : scenario.name,
          recommended: scenario.recommended === true,
          active: scenario.id === activeId,
          analysis,
          checks,
          counts,
        };
      }),
    };
  }
  const output = { ...report, ...migrated, ...scenarios };
  io.out(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}
