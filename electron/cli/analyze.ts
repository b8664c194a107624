/**
 * npm run analyze -- <project-file> [--lang ru|en]
 *
 * Prints the analysis and the design checks of a project file as JSON on stdout. A file that
 * cannot be read, is not JSON, or is not a valid project is reported on stderr with the JSON
 * path of each problem, and the exit code is 1 (2 for wrong usage).
 */
import '../../shared/i18n/all';
import { designReport } from '../../shared/checks';
import { isLanguage, type Language } from '../../shared/i18n';
import { readProjectFileForCli } from '../main/read-project-file';

const USAGE = 'usage: npm run analyze -- <project-file> [--lang ru|en]';

function fail(message: string, code: number): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv: readonly string[]): { file: string; language?: Language } {
  let file: string | undefined;
  let language: Language | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--lang') {
      const value = argv[++i];
      if (!isLanguage(value)) fail(`--lang takes ru or en\n${USAGE}`, 2);
      language = value;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg !== undefined && !arg.startsWith('-') && file === undefined) {
      file = arg;
    } else {
      fail(`unexpected argument ${JSON.stringify(arg)}\n${USAGE}`, 2);
    }
  }
  if (file === undefined) fail(USAGE, 2);
  return { file, language };
}

const { file, language } = parseArgs(process.argv.slice(2));

const parsed = await readProjectFileForCli(file, file);
if (!parsed.ok) fail(parsed.message, 1);

const report = designReport(parsed.project, language ?? parsed.project.language);
const output =
  parsed.migratedFrom === undefined ? report : { ...report, migratedFrom: parsed.migratedFrom };
process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
