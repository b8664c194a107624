// `npm start`: the desktop app where the Electron runtime is installed; otherwise, say so in one
// line and serve the browser edition on localhost.
import { spawn } from 'node:child_process';
import { build, preview } from 'vite';
import { electronExecutable } from './electron-runtime.mjs';

const PREFIX = '[sales-system-workbench]';
const executable = electronExecutable();

if (executable) {
  await build({ logLevel: 'warn' });
  const child = spawn(executable, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    `${PREFIX} The desktop runtime (Electron) is not installed on this machine, so the browser ` +
      'edition is served instead (run `npm install` with internet access to get the desktop app).',
  );
  await build({ mode: 'web', logLevel: 'warn' });
  const server = await preview({
    mode: 'web',
    preview: { host: '127.0.0.1', port: 4173, strictPort: false, open: false },
  });
  const address = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  console.log(`${PREFIX} Browser edition: ${address}  (Ctrl+C stops it)`);
}
