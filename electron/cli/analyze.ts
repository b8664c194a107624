/**
 * npm run analyze -- <project-file> [--lang ru|en] [--scenario <name|id>]…
 *
 * Prints the analysis and the design checks of a project file as JSON on stdout; with variants,
 * each scenario's too (all of them, or those named by --scenario). The work is done by
 * electron/main/headless-analyze.ts; this is the program around it. A file that cannot be read,
 * is not JSON, or is not a valid project is reported on stderr with the JSON path of each
 * problem, and the exit code is 1 (2 for wrong usage or an unknown scenario).
 */
import '../../shared/i18n/all';
import { runAnalyze } from '../main/headless-analyze';

process.exitCode = await runAnalyze(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
