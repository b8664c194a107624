// Where the Electron runtime lives, and whether it is installed. Used by the install step,
// `npm start` and the desktop end-to-end tests, so all three agree on what "installed" means.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Folder of the `electron` npm package, or undefined when it is not installed at all. */
export function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

/** Absolute path of the Electron executable, or undefined when the runtime was not downloaded. */
export function electronExecutable() {
  const dir = electronPackageDir();
  if (!dir) return undefined;
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const executable = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : undefined;
}
