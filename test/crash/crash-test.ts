import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CRASH_PROJECT_ID, versionOf } from './crash-project';

const CHILD_SOURCE = fileURLToPath(new URL('./saver-child.ts', import.meta.url));

/**
 * The child bundled once into plain JavaScript: a start in about 0.1 s instead of a second
 * through tsx, which is what makes hundreds of kills affordable. esbuild comes with tsx and Vite.
 */
async function bundleChild(folder: string): Promise<string> {
  const outfile = join(folder, 'saver-child.mjs');
  await build({
    entryPoints: [CHILD_SOURCE],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

export interface CrashReport {
  readonly kills: number;
  /** Kills that hit a save in progress (between "begin" and "done"). */
  readonly midSave: number;
  /** Kills after which the file held the version in flight (the rename had happened). */
  readonly landedNew: number;
  readonly failures: readonly string[];
  /** Temporary files a kill left behind (harmless: never read, named apart). */
  readonly leftovers: number;
}

/**
 * Starts the saving child, kills it with SIGKILL at a random moment during its saves, checks
 * the file, and repeats. After each kill the file must parse as a valid project and hold the
 * last version whose save completed or the one that was being saved — nothing else.
 */
export async function runCrashTest(workFolder: string, kills: number): Promise<CrashReport> {
  const child = await bundleChild(workFolder);
  const folder = join(workFolder, 'projects');
  const failures: string[] = [];
  let midSave = 0;
  let landedNew = 0;
  for (let round = 1; round <= kills; round += 1) {
    const { begun, done } = await killDuringSaves(child, folder);
    const file = join(folder, `${CRASH_PROJECT_ID}.ssw.json`);
    if (done === 0 && !existsSync(file)) continue; // killed before the very first save landed
    let version: number;
    try {
      version = versionOf(JSON.parse(readFileSync(file, 'utf8')));
    } catch (error) {
      failures.push(`round ${round}: ${String(error)}`);
      continue;
    }
    if (begun > done) midSave += 1;
    // The child starts at the stored version + 1, so begun - 1 is the last completed save.
    const allowed = begun > done ? [begun - 1, begun] : [done];
    if (version === begun && begun > done) landedNew += 1;
    if (!allowed.includes(version)) {
      failures.push(`round ${round}: file holds v${version}, expected ${allowed.join(' or ')}`);
    }
    for (const backup of readdirSafe(join(folder, 'backups', CRASH_PROJECT_ID))) {
      if (backup.startsWith('.')) continue;
      try {
        versionOf(
          JSON.parse(readFileSync(join(folder, 'backups', CRASH_PROJECT_ID, backup), 'utf8')),
        );
      } catch (error) {
        failures.push(`round ${round}: backup ${backup}: ${String(error)}`);
      }
    }
  }
  const leftovers = readdirSafe(folder).filter((name) => name.endsWith('.tmp')).length;
  return { kills, midSave, landedNew, failures, leftovers };
}

function readdirSafe(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder) : [];
}

/** One child: waits for its first save to begin, lets it run a random while, kills it. */
function killDuringSaves(script: string, folder: string): Promise<{ begun: number; done: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, folder], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let begun = 0;
    let done = 0;
    let buffer = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const [word, number] = buffer.slice(0, newline).split(' ');
        buffer = buffer.slice(newline + 1);
        if (word === 'begin') begun = Number(number);
        if (word === 'done') done = Number(number);
        newline = buffer.indexOf('\n');
      }
      // Anywhere within the next few saves: before, inside or after a write and its backup.
      timer ??= setTimeout(() => child.kill('SIGKILL'), Math.random() * 60);
    });
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      // Lines written before the kill may still sit in the pipe; they were read above.
      resolve({ begun, done });
    });
  });
}
