import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { StartupNotice } from '../../../shared/port/contract';
import { readJsonBytes } from '../../../shared/port/project-file';
import { renameRetrying, syncFolder } from './atomic-write';
import type { KeyValueStore } from './settings-store';

export interface OpenedPreferences {
  readonly store: KeyValueStore;
  /** What the user is told once, at this start (a settings file set aside). */
  readonly notices: readonly StartupNotice[];
}

/**
 * Opens the settings file (settings, window state and the recent list) with
 * `create` (electron-store in the app). A file whose content is not a JSON object — 0 bytes,
 * truncated, NUL-filled by a file system that lost its data — would make electron-store throw
 * and the app never start: it is set aside first, as `<name>.damaged-<time>.json` beside it
 * (kept for inspection, never read again), and a fresh file begins. Everything in it can be
 * rebuilt: settings fall back to defaults (the library index lives beside the projects). The
 * notice tells the user once.
 */
export async function openPreferences(
  file: string,
  create: () => KeyValueStore,
  now: () => Date,
): Promise<OpenedPreferences> {
  if (!(await isDamaged(file))) return { store: create(), notices: [] };
  const time = now().toISOString().replace(/[:.]/g, '-');
  const aside = join(dirname(file), `${fileStem(file)}.damaged-${time}.json`);
  await renameRetrying(file, aside);
  await syncFolder(dirname(file));
  console.error(`The settings file was damaged; kept as ${aside}, a new one begins.`);
  return { store: create(), notices: ['settings-reset'] };
}

/** A file that is there but holds no JSON object. A missing file is simply a first start. */
async function isDamaged(file: string): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const read = readJsonBytes(bytes);
  return (
    !read.ok || typeof read.json !== 'object' || read.json === null || Array.isArray(read.json)
  );
}

function fileStem(file: string): string {
  const name = file.slice(dirname(file).length + 1);
  return name.endsWith('.json') ? name.slice(0, -'.json'.length) : name;
}
