/**
 * Headless PDF export:
 * `npm run export -- <project-file> --out <file.pdf> [--lang ru|en] [--scenario <name|id>]…`.
 * The work is done by electron/main/headless-export.ts, which the desktop app's `--export`
 * flag runs too; this is the program around it.
 */
import '../../shared/i18n/all';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runExport } from '../main/headless-export';

// Run only when started as a program.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await runExport(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    cwd: process.env.INIT_CWD ?? process.cwd(),
    now: () => new Date(),
  });
}
