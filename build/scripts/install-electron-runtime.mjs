// Runs after `npm install`. npm 11 keeps dependency install scripts from running unless
// package.json's allowScripts approves them; Electron's own script downloads the runtime from
// the internet and fails hard without it. We run that download ourselves so that a machine
// without access still installs cleanly (the browser edition and all tests but the desktop
// suite work there) and a normal machine gets the runtime as usual.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronExecutable, electronPackageDir } from './electron-runtime.mjs';

const PREFIX = '[sales-system-workbench]';

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log(`${PREFIX} ELECTRON_SKIP_BINARY_DOWNLOAD is set: desktop runtime not installed.`);
  process.exit(0);
}

const dir = electronPackageDir();
if (!dir) {
  console.log(`${PREFIX} The electron package is not installed; desktop runtime skipped.`);
  process.exit(0);
}

if (!electronExecutable()) {
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
  });
  if (result.status !== 0 || !electronExecutable()) {
    const reason =
      (result.stderr || result.stdout || String(result.error ?? ''))
        .split('\n')
        .find((line) => line.trim().length > 0)
        ?.trim() ?? 'unknown error';
    console.log(
      `${PREFIX} Desktop runtime (Electron) is missing: its download failed (${reason}). ` +
        'Everything else installed. `npm start` will serve the browser edition instead; ' +
        'run `npm install` again on a machine with internet access to get the desktop app.',
    );
    process.exit(0);
  }
}
console.log(`${PREFIX} Desktop runtime (Electron) installed: ${electronExecutable()}`);
