import { link, readdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Project } from '../../../shared/model';
import type { StartupNotice } from '../../../shared/port/contract';
import { idSchema } from '../../../shared/model/primitives';
import type { IndexEntry, Place, StoredRecord } from '../../../shared/port/library-index';
import {
  conflictError,
  looksLikeProject,
  type LibraryStorage,
  type RawRead,
  type StoredBackup,
  type WriteOptions,
} from '../../../shared/port/library';
import { MAX_PROJECT_FILE_BYTES } from '../../../shared/port/file-text';
import {
  PROJECT_FILE_EXTENSION,
  projectFileText,
  readJsonBytes,
} from '../../../shared/port/project-file';
import {
  atomicWriteFile,
  ensureFolder,
  renameRetrying,
  stageFile,
  syncFolder,
} from './atomic-write';
import { storageError } from './file-errors';
import type { KeyValueStore } from './settings-store';

/** Key of the recent list in the key-value store (electron-store). */
export const RECENT_KEY = 'recentProjects';

/** The library index, beside the projects it describes. */
export const INDEX_FILE = 'index.json';

/**
 * Where earlier releases kept the library index: in the key-value store, rewritten with every
 * autosave. Dropped once the index is written beside the projects.
 */
export const LEGACY_INDEX_KEY = 'libraryIndex';

const ORIGINAL_PREFIX = 'original-v';

export interface ProjectFilesOptions {
  /** The projects folder; everything below it belongs to the app. */
  readonly folder: string;
  readonly store: KeyValueStore;
  readonly now: () => Date;
}

/**
 * The desktop back end's storage: one JSON file per project, written atomically.
 *
 *     <folder>/<id>.ssw.json                    the current version
 *     <folder>/trash/<id>.ssw.json              a project in the trash (moved by rename)
 *     <folder>/backups/<id>/<time>-<n>.ssw.json checkpoints (shared/port/checkpoints.ts)
 *     <folder>/backups/<id>/original-v<N>.ssw.json  the file as it was before a migration
 *     <folder>/damaged/<id>.<time>.ssw.json     damaged versions set aside, never overwritten
 *     <folder>/index.json                       the library index: summaries by stamp
 *
 * The files are the truth; the index is a cache of their summaries, written atomically and only
 * when the library changes (a save leaves it: the next listing re-reads that one file). A lost
 * or damaged index is rebuilt from the files, and the user is told once. The recent list lives
 * in the key-value store with the settings.
 */
export class ProjectFiles implements LibraryStorage {
  readonly #folder: string;
  readonly #store: KeyValueStore;
  readonly #now: () => Date;
  #sequence = 0;
  /** The index file was found damaged (and is being rebuilt); not yet told to the user. */
  #indexDamaged = false;

  constructor(options: ProjectFilesOptions) {
    this.#folder = options.folder;
    this.#store = options.store;
    this.#now = options.now;
  }

  fileOf(id: string, place: Place = 'active'): string {
    const folder = place === 'active' ? this.#folder : join(this.#folder, 'trash');
    return join(folder, `${id}${PROJECT_FILE_EXTENSION}`);
  }

  backupFolderOf(id: string): string {
    return join(this.#folder, 'backups', id);
  }

  get damagedFolder(): string {
    return join(this.#folder, 'damaged');
  }

  async records(): Promise<StoredRecord[]> {
    return guard('list projects', async () => [
      ...(await this.#recordsIn('active')),
      ...(await this.#recordsIn('trash')),
    ]);
  }

  async #recordsIn(place: Place): Promise<StoredRecord[]> {
    const folder = place === 'active' ? this.#folder : join(this.#folder, 'trash');
    const records: StoredRecord[] = [];
    for (const name of await namesIn(folder)) {
      if (isTemporary(name)) {
        // Left by a write that a crash interrupted; the library runs one operation at a time,
        // so no write of its own is in flight while it lists.
        await rm(join(folder, name), { force: true });
        continue;
      }
      const id = name.slice(0, -PROJECT_FILE_EXTENSION.length);
      // Only files the app wrote are listed: their names are project ids.
      if (!name.endsWith(PROJECT_FILE_EXTENSION) || !idSchema.safeParse(id).success) continue;
      const stamp = await stampOf(join(folder, name));
      if (stamp) records.push({ id, place, stamp });
    }
    return records;
  }

  async has(id: string, place: Place): Promise<boolean> {
    return (await stampOf(this.fileOf(id, place))) !== undefined;
  }

  /** The file's identity, time and size: any program's change to the file changes it. */
  async stampOf(id: string): Promise<string | undefined> {
    return guard(`read project ${id}`, () => stampOf(this.fileOf(id)));
  }

  async read(id: string, place: Place): Promise<RawRead> {
    return readJsonFile(this.fileOf(id, place), `read project ${id}`);
  }

  /**
   * The new version is written and flushed first; only then is the version it replaces kept
   * (linked into backups/, or damaged/) and the new one renamed into place; only after that
   * succeeded are old backups trimmed. A save that fails at any step — a full disk, a file that
   * cannot be replaced — leaves the current file and every backup as they were.
   */
  async write(project: Project, options: WriteOptions = {}): Promise<string> {
    const file = this.fileOf(project.id);
    const { previousDamaged = false, expected, keepPrevious = true } = options;
    return guard(`save project ${project.id}`, async () => {
      await ensureFolder(this.#folder);
      const staged = await stageFile(file, projectFileText(project));
      let kept: string | undefined;
      try {
        // Checked as late as possible, once the new version is on disk: a file another program
        // (a sync client, an editor, a second copy of the app) changed since it was read is
        // never overwritten unseen.
        if (expected !== undefined && (await stampOf(file)) !== expected) {
          throw conflictError(project.id);
        }
        const previous = await readIfPresent(file);
        if (previous !== undefined) {
          const read = readJsonBytes(previous);
          const sound = !previousDamaged && read.ok && looksLikeProject(read.json);
          if (!sound) kept = await this.#setAside(project.id, file);
          else if (keepPrevious) kept = await this.#keepBackup(project.id, file);
        }
        await staged.commit();
      } catch (error) {
        await staged.discard();
        // The version it would have replaced is still current: no copy of it is needed.
        if (kept !== undefined) await rm(kept, { force: true });
        throw error;
      }
      return (await stampOf(file)) ?? '';
    });
  }

  /** Links the current file into the project's backups under a new name; returns that name. */
  async #keepBackup(id: string, file: string): Promise<string> {
    const folder = this.backupFolderOf(id);
    await ensureFolder(folder);
    const target = join(folder, `${this.#timeStamp()}${PROJECT_FILE_EXTENSION}`);
    await linkOrCopy(file, target);
    return target;
  }

  async checkpoint(id: string): Promise<void> {
    await guard(`keep a checkpoint of ${id}`, async () => {
      await this.#keepBackup(id, this.fileOf(id));
    });
  }

  async dropBackups(id: string, backupIds: readonly string[]): Promise<void> {
    await guard(`drop checkpoints of ${id}`, async () => {
      for (const backupId of backupIds) {
        if (!isBackupName(backupId) || backupId.startsWith(ORIGINAL_PREFIX)) continue;
        await rm(join(this.backupFolderOf(id), backupId), { force: true });
      }
    });
  }

  /**
   * Keeps a damaged file under a name that is never reused, before the new version replaces it;
   * returns that name. A link (or a copy) rather than a move: until the new version is in place,
   * the project's own file stays where it was.
   */
  async #setAside(id: string, file: string): Promise<string> {
    await ensureFolder(this.damagedFolder);
    const target = join(this.damagedFolder, `${id}.${this.#timeStamp()}${PROJECT_FILE_EXTENSION}`);
    await linkOrCopy(file, target);
    return target;
  }

  /** Sortable and unique within this process: time, then a sequence number. */
  #timeStamp(): string {
    this.#sequence += 1;
    const time = this.#now().toISOString().replace(/[:.]/g, '-');
    return `${time}-${String(this.#sequence).padStart(6, '0')}`;
  }

  async move(id: string, from: Place, to: Place): Promise<string> {
    return guard(`move project ${id} to ${to}`, async () => {
      const target = this.fileOf(id, to);
      await ensureFolder(dirname(target));
      if (await stampOf(target)) throw new Error(`${target} exists`);
      await renameRetrying(this.fileOf(id, from), target);
      await syncFolder(dirname(target));
      return (await stampOf(target)) ?? '';
    });
  }

  async purge(id: string): Promise<void> {
    await guard(`delete project ${id}`, async () => {
      await rm(this.fileOf(id, 'trash'), { force: true });
      await rm(this.backupFolderOf(id), { recursive: true, force: true });
    });
  }

  async backups(id: string): Promise<StoredBackup[]> {
    const folder = this.backupFolderOf(id);
    const backups: StoredBackup[] = [];
    for (const name of await guard('list backups', () => namesIn(folder))) {
      if (!name.endsWith(PROJECT_FILE_EXTENSION) || name.startsWith('.')) continue;
      const info = await stat(join(folder, name)).catch(() => undefined);
      backups.push({
        backupId: name,
        // When the checkpoint was taken, as its name says; else when the file was last written.
        takenAt: timeOfName(name) ?? (info?.mtime ?? this.#now()).toISOString(),
        kind: name.startsWith(ORIGINAL_PREFIX) ? 'original' : 'rolling',
        size: info?.size ?? 0,
      });
    }
    return backups;
  }

  async readBackup(id: string, backupId: string): Promise<RawRead> {
    // The id is a plain file name (checked by the request schema); refuse anything else here too.
    if (!isBackupName(backupId)) return { kind: 'missing' };
    return readJsonFile(join(this.backupFolderOf(id), backupId), `read backup ${backupId}`);
  }

  async keepOriginal(id: string, version: number): Promise<void> {
    await guard(`keep the original of ${id}`, async () => {
      const folder = this.backupFolderOf(id);
      const target = join(folder, `${ORIGINAL_PREFIX}${version}${PROJECT_FILE_EXTENSION}`);
      if (await stampOf(target)) return; // The first original is the one worth keeping.
      // Byte for byte: the original is kept as it was, whatever its encoding.
      const bytes = await readFile(this.fileOf(id));
      await ensureFolder(folder);
      await atomicWriteFile(target, bytes);
    });
  }

  get indexFile(): string {
    return join(this.#folder, INDEX_FILE);
  }

  async readIndex(): Promise<unknown> {
    const raw = await readJsonFile(this.indexFile, 'read the library index');
    if (raw.kind === 'document' && Array.isArray(raw.json)) return raw.json;
    if (raw.kind !== 'missing') {
      // Damaged (0 bytes, truncated, not an index): rebuilt from the files on this listing, and
      // removed now — a cache, worth nothing damaged — so that the user is told once, even
      // when nothing is rebuilt (an empty library writes no index).
      this.#indexDamaged = true;
      await guard('remove the damaged library index', () => rm(this.indexFile, { force: true }));
    }
    return undefined;
  }

  async writeIndex(entries: readonly IndexEntry[]): Promise<void> {
    await guard('write the library index', async () => {
      await ensureFolder(this.#folder);
      await atomicWriteFile(this.indexFile, `${JSON.stringify(entries)}\n`);
      if (this.#store.get(LEGACY_INDEX_KEY) !== undefined) this.#store.delete(LEGACY_INDEX_KEY);
    });
  }

  /**
   * What the user should be told about the library, once: `index-rebuilt` when the index was
   * found damaged. Looks at the index itself, so it is known at start, before any listing.
   */
  async takeNotices(): Promise<StartupNotice[]> {
    await this.readIndex().catch(() => undefined);
    const damaged = this.#indexDamaged;
    this.#indexDamaged = false;
    return damaged ? ['index-rebuilt'] : [];
  }

  async readRecent(): Promise<unknown> {
    return this.#store.get(RECENT_KEY);
  }

  async writeRecent(ids: readonly string[]): Promise<void> {
    await guard('write the recent list', async () => this.#store.set(RECENT_KEY, ids));
  }
}

/** A backup id is a plain file name: no folder may be named through one. */
function isBackupName(backupId: string): boolean {
  return /^[\w.-]+$/.test(backupId) && !backupId.startsWith('.');
}

/** The time a checkpoint named `2026-11-26T10-00-01-000Z-000007.ssw.json` was taken. */
function timeOfName(name: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-/.exec(name);
  return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z` : undefined;
}

/** The temporary files atomicWriteFile makes: `.<name>.<random>.tmp`. */
function isTemporary(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

async function guard<T>(action: string, task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    throw storageError(error, action);
  }
}

async function namesIn(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Changes whenever the file is replaced (atomic writes make a new inode) or edited. */
async function stampOf(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? `${info.ino}-${info.mtimeMs}-${info.size}` : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function readIfPresent(file: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Gives `target` the content of `file`, byte for byte, atomically: a hard link where the file
 * system has them, else a copy written like any other file. The target's folder is flushed.
 */
async function linkOrCopy(file: string, target: string): Promise<void> {
  try {
    await link(file, target);
    await syncFolder(dirname(target));
  } catch {
    await atomicWriteFile(target, await readFile(file));
  }
}

/**
 * A stored file as JSON, or why it cannot be: a missing file and a damaged one differ. Read by
 * the same rules as an imported file (size, encoding, JSON), so a file an editor saved with a
 * byte-order mark still opens, and one re-encoded in Windows-1251 is reported, never decoded
 * into replacement characters and saved back that way.
 */
async function readJsonFile(file: string, action: string): Promise<RawRead> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw storageError(error, action);
  });
  if (!info) return { kind: 'missing' };
  if (!info.isFile()) return { kind: 'unreadable', detail: 'a folder stands in its place' };
  if (info.size > MAX_PROJECT_FILE_BYTES) {
    return { kind: 'unreadable', detail: `the file is ${info.size} bytes, far above any project` };
  }
  const read = readJsonBytes(await guard(action, () => readFile(file)));
  return read.ok
    ? { kind: 'document', json: read.json }
    : { kind: 'unreadable', detail: `${read.problem.kind}: ${read.problem.detail}` };
}
