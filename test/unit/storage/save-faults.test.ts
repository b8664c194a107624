import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renameProject } from '../../../shared/model';
import { CHECKPOINT_MINUTES, RECENT_CHECKPOINTS } from '../../../shared/port/checkpoints';
import { blankProject } from '../shell/fixtures';
import { desktopBackEnd } from './back-ends';

/** Failures the file system will give, set by each test; consumed as they happen. */
const faults = vi.hoisted(() => ({
  /** Error codes for the next renames, one per call; then renames work. */
  renames: [] as string[],
  /** Every rename fails with this code (a file that cannot be replaced, read-only or locked). */
  renameAlways: undefined as string | undefined,
  /** The next write into a temporary file stores half its data, then the disk is full. */
  diskFull: false,
}));

function failure(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      const code = faults.renameAlways ?? faults.renames.shift();
      if (code !== undefined) throw failure(code);
      return actual.rename(from, to);
    },
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle: FileHandle = await actual.open(...args);
      if (faults.diskFull && String(args[0]).endsWith('.tmp')) {
        faults.diskFull = false;
        handle.writeFile = async (data) => {
          const text = String(data);
          await handle.write(text.slice(0, text.length / 2));
          throw failure('ENOSPC');
        };
      }
      return handle;
    },
  };
});

let backEnd: ReturnType<typeof desktopBackEnd>;
let projects: string;
beforeEach(() => {
  backEnd = desktopBackEnd();
  projects = join(backEnd.folder, 'projects');
  Object.assign(faults, { renames: [], renameAlways: undefined, diskFull: false });
});
afterEach(() => backEnd.cleanup());

const file = () => readFileSync(join(projects, 'project-1.ssw.json'), 'utf8');
const backupFolder = () => join(projects, 'backups', 'project-1');
/** Each backup's name and the project name inside it. */
const backups = () =>
  existsSync(backupFolder())
    ? readdirSync(backupFolder())
        .sort()
        .map((name) => [name, JSON.parse(readFileSync(join(backupFolder(), name), 'utf8')).name])
    : [];
const temporaries = () =>
  readdirSync(projects, { recursive: true }).filter((name) => String(name).endsWith('.tmp'));

/** Saves versions v0 … v(n-1) of project-1, each after a stretch of editing (a checkpoint). */
async function saveVersions(count: number) {
  for (let version = 0; version < count; version += 1) {
    backEnd.clock.advance(CHECKPOINT_MINUTES * 60 * 1000);
    await backEnd.api.saveProject(renameProject(blankProject(1), `v${version}`));
  }
}

describe('a save that fails', () => {
  it('on a file that cannot be replaced, five times over, keeps the file and every backup', async () => {
    await saveVersions(RECENT_CHECKPOINTS + 1);
    const before = { file: file(), backups: backups() };
    expect(before.backups.map(([, name]) => name)).toEqual(['v0', 'v1', 'v2', 'v3', 'v4']);

    faults.renameAlways = 'EPERM'; // read-only, or held open by a scanner on Windows
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(
        backEnd.api.saveProject(renameProject(blankProject(1), `failed ${attempt}`)),
      ).rejects.toMatchObject({ code: 'storage-unavailable' });
    }
    expect(file()).toBe(before.file);
    expect(backups()).toEqual(before.backups);
    expect(temporaries()).toEqual([]);

    // Once the file can be replaced again, the next save lands and the history moves on by one.
    faults.renameAlways = undefined;
    backEnd.clock.advance(CHECKPOINT_MINUTES * 60 * 1000);
    await backEnd.api.saveProject(renameProject(blankProject(1), 'after'));
    expect(JSON.parse(file()).name).toBe('after');
    expect(backups().map(([, name]) => name)).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
  });

  it('when the disk fills up mid-write, keeps the file and every backup, and says so', async () => {
    await saveVersions(3);
    const before = { file: file(), backups: backups() };
    faults.diskFull = true;
    await expect(
      backEnd.api.saveProject(renameProject(blankProject(1), 'too big')),
    ).rejects.toMatchObject({ code: 'storage-full' });
    expect(file()).toBe(before.file);
    expect(backups()).toEqual(before.backups);
    expect(temporaries()).toEqual([]);
  });
});

describe('a rename Windows refuses for a moment', () => {
  it('is tried again: failing twice, then succeeding, the save lands once', async () => {
    await saveVersions(2);
    faults.renames = ['EBUSY', 'EPERM'];
    backEnd.clock.advance(CHECKPOINT_MINUTES * 60 * 1000);
    const receipt = await backEnd.api.saveProject(renameProject(blankProject(1), 'v2'));
    expect(faults.renames).toEqual([]);
    expect(JSON.parse(file())).toMatchObject({ name: 'v2', updatedAt: receipt.savedAt });
    expect(backups().map(([, name]) => name)).toEqual(['v0', 'v1']);
    expect(temporaries()).toEqual([]);
  });

  it('is not tried again for an error that will not pass', async () => {
    await saveVersions(1);
    faults.renames = ['EXDEV'];
    await expect(
      backEnd.api.saveProject(renameProject(blankProject(1), 'v1')),
    ).rejects.toMatchObject({ code: 'internal' });
    expect(JSON.parse(file()).name).toBe('v0');
    // The next save is unaffected.
    await backEnd.api.saveProject(renameProject(blankProject(1), 'v1'));
    expect(JSON.parse(file()).name).toBe('v1');
  });
});
