/**
 * Headless PDF export, for the desktop app's `--export` flag and for `npm run export`
 * (electron/cli/export.ts): reads and validates the project file with the app's own reader,
 * renders the report with shared/report and writes the PDF atomically. `--scenario` (repeatable)
 * chooses the scenarios; all of them by default, compared when there are two or more. Exit
 * codes: 0 written, 1 the project could not be read or the PDF not written, 2 wrong usage
 * (an unknown scenario too).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isLanguage, type Language } from '../../shared/i18n/language';
import { exportReport, type ReportFonts } from '../../shared/report';
import { scenariosFromArgs } from './cli-scenarios';
import { readProjectFileForCli, type CliRead } from './read-project-file';
import { atomicWriteFile } from './storage/atomic-write';

/**
 * The desktop app's command-line export, as desktop diagram tools offer it:
 * `sales-system-workbench --export <project-file> --out <file.pdf> [--lang ru|en] [--scenario <name|id>]…`.
 * Returns the arguments after `--export` (the project file first), or undefined for a normal start.
 */
export function headlessExportArgs(argv: readonly string[]): string[] | undefined {
  const at = argv.indexOf('--export');
  return at === -1 ? undefined : argv.slice(at + 1);
}

const USAGE =
  'Usage: npm run export -- <project-file> --out <file.pdf> [--lang ru|en] [--scenario <name|id>]…';

/** PT Sans from its npm package: Cyrillic and Latin, regular and bold. */
export async function readReportFonts(): Promise<ReportFonts> {
  const require = createRequire(import.meta.url);
  const file = (face: string): string => require.resolve(`@expo-google-fonts/pt-sans/${face}`);
  const [regular, bold] = await Promise.all([
    readFile(file('400Regular/PTSans_400Regular.ttf')),
    readFile(file('700Bold/PTSans_700Bold.ttf')),
  ]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}

interface ExportArgs {
  input: string;
  output: string;
  language: Language | undefined;
  /** Scenarios by name or id, as typed; every scenario when empty. */
  scenarios: readonly string[];
}

class UsageError extends Error {}

function readArgs(argv: readonly string[]): ExportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        lang: { type: 'string', short: 'l' },
        scenario: { type: 'string', short: 's', multiple: true },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1 || positionals[0] === undefined) {
    throw new UsageError(
      positionals.length === 0 ? 'No project file given.' : 'Give exactly one project file.',
    );
  }
  if (!values.out) throw new UsageError('No output file given (--out <file.pdf>).');
  if (values.lang !== undefined && !isLanguage(values.lang)) {
    throw new UsageError(`Unknown language "${values.lang}": use ru or en.`);
  }
  return {
    input: positionals[0],
    output: values.out,
    language: values.lang,
    scenarios: values.scenario ?? [],
  };
}

export interface ExportIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Relative paths are taken from here: npm's INIT_CWD is where `npm run` was typed. */
  cwd: string;
  now: () => Date;
}

/**
 * Runs one export; returns the process exit code. Messages go to `io`. `read` reads the project
 * file (the app's reader; tests give a project made in memory).
 */
export async function runExport(
  argv: readonly string[],
  io: ExportIo,
  read: (path: string, shown: string) => Promise<CliRead> = readProjectFileForCli,
): Promise<number> {
  let args: ExportArgs;
  try {
    args = readArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n${USAGE}`);
    return 2;
  }
  try {
    const input = resolve(io.cwd, args.input);
    const parsed = await read(input, args.input);
    if (!parsed.ok) {
      io.err(parsed.message);
      return 1;
    }
    const { project } = parsed;
    const language = args.language ?? project.language;
    const chosen = scenariosFromArgs(project, args.scenarios, language);
    if (!chosen.ok) {
      io.err(chosen.message);
      return 2;
    }
    const pdf = exportReport(project, {
      language,
      fonts: await readReportFonts(),
      date: io.now(),
      scenarioIds: chosen.list.map((scenario) => scenario.id),
    });
    const output = resolve(io.cwd, args.output);
    try {
      await atomicWriteFile(output, pdf);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new Error(`Cannot write ${output}: ${detail}`, { cause: error });
    }
    io.out(`Wrote ${output} (${Math.round(pdf.length / 1024)} KB).`);
    return 0;
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
