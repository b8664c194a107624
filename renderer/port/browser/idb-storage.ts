import { projectFileOf } from '../../../shared/model/scenario-file';
import type { Project } from '../../../shared/model/schema';
import { isSealedText, sealedTextOf, textIntact } from '../../../shared/model/seal';
import type { IndexEntry, Place, StoredRecord } from '../../../shared/port/library-index';
import {
  conflictError,
  looksLikeProject,
  type LibraryStorage,
  type RawRead,
  type StoredBackup,
  type WriteOptions,
} from '../../../shared/port/library';
import { documentText } from '../../../shared/port/project-file';
import { storageFailure, type Database, type StoredBackupRecord } from './database';

const INDEX_KEY = 'libraryIndex';
const RECENT_KEY = 'recentProjects';
const ORIGINAL_PREFIX = 'original-v';

const storeOf = (place: Place) => (place === 'active' ? 'projects' : 'trash');

const encoder = new TextEncoder();

/**
 * A project's record as this release stores it: the file's form (projectFileOf: variants as
 * their changes) as JSON text, sealed (shared/model/seal.ts) so that it reopens without being
 * validated again, and under its id (the store's key path). Records written by older releases
 * are plain objects in the file's form; they are read by the full reader and sealed when next
 * saved.
 */
function recordOf(project: Project): unknown {
  return { id: project.id, ...sealedTextOf(projectFileOf(project)) };
}

/** A stored record (or a kept version of one) as the library reads it. */
function rawOf(stored: unknown): RawRead {
  if (stored === undefined) return { kind: 'missing' };
  return isSealedText(stored)
    ? { kind: 'sealed', seal: stored.seal, text: stored.text }
    : { kind: 'document', json: stored };
}

/**
 * Whether a stored version about to be replaced is worth keeping (see looksLikeProject): a
 * sealed record whose text is unchanged since it was sealed, or a plain one that looks like a
 * project.
 */
function looksSound(stored: unknown): boolean {
  return isSealedText(stored) ? textIntact(stored.seal, stored.text) : looksLikeProject(stored);
}

/**
 * Bytes of a stored version written out as a project file (documentText of the file's form).
 * Measured when a version is kept, not each time the versions are listed.
 */
function fileSizeOf(stored: unknown): number {
  const document = isSealedText(stored) ? parsedOrText(stored.text) : stored;
  return encoder.encode(documentText(document)).length;
}

function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The stamp of a record written without a revision (by an older release). */
const UNREVISED = 'unrevised';

/** A project's stamp as read within a transaction; undefined when there is no such project. */
async function currentStamp(
  projects: { count(key: string): Promise<number> },
  revisions: { get(key: string): Promise<string | undefined> },
  id: string,
): Promise<string | undefined> {
  if ((await projects.count(id)) === 0) return undefined;
  return (await revisions.get(id)) ?? UNREVISED;
}

/**
 * The browser edition's storage primitives on IndexedDB. Each is one transaction, so a save
 * (backup of the previous version, trimming, new version, new revision) lands whole or not at
 * all, and a full or unavailable storage rejects with a PortError that says so.
 */
export class IdbStorage implements LibraryStorage {
  readonly #db: () => Promise<Database>;
  readonly #now: () => Date;
  readonly #newStamp: () => string;

  constructor(db: () => Promise<Database>, now: () => Date, newStamp: () => string) {
    this.#db = db;
    this.#now = now;
    this.#newStamp = newStamp;
  }

  async #run<T>(action: string, task: (db: Database) => Promise<T>): Promise<T> {
    try {
      return await task(await this.#db());
    } catch (error) {
      throw storageFailure(error, action);
    }
  }

  records(): Promise<StoredRecord[]> {
    return this.#run('list projects', async (db) => {
      const tx = db.transaction(['projects', 'trash', 'revisions']);
      const [active, trashed, revisionKeys, revisions] = await Promise.all([
        tx.objectStore('projects').getAllKeys(),
        tx.objectStore('trash').getAllKeys(),
        tx.objectStore('revisions').getAllKeys(),
        tx.objectStore('revisions').getAll(),
      ]);
      const stamps = new Map(revisionKeys.map((key, i) => [key, revisions[i] ?? '']));
      // A record written without a revision (by an older release) gets a fixed stamp: it is
      // summarised once, then the index entry carries the same stamp.
      const record = (place: Place) => (id: string) => ({
        id,
        place,
        stamp: stamps.get(id) ?? UNREVISED,
      });
      return [...active.map(record('active')), ...trashed.map(record('trash'))];
    });
  }

  has(id: string, place: Place): Promise<boolean> {
    return this.#run(`find project ${id}`, async (db) => {
      return (await db.count(storeOf(place), id)) > 0;
    });
  }

  stampOf(id: string): Promise<string | undefined> {
    return this.#run(`read project ${id}`, async (db) => {
      const tx = db.transaction(['projects', 'revisions']);
      return currentStamp(tx.objectStore('projects'), tx.objectStore('revisions'), id);
    });
  }

  read(id: string, place: Place): Promise<RawRead> {
    return this.#run(`read project ${id}`, async (db) => {
      return rawOf(await db.get(storeOf(place), id));
    });
  }

  write(project: Project, options: WriteOptions = {}): Promise<string> {
    const { previousDamaged = false, expected, keepPrevious = true } = options;
    return this.#run(`save project ${project.id}`, async (db) => {
      // Written out before the transaction opens: it holds the stores only while it stores.
      const record = recordOf(project);
      const tx = db.transaction(['projects', 'backups', 'damaged', 'revisions'], 'readwrite');
      const now = this.#now().toISOString();
      // In the same transaction as the write: another tab's save lands before or after it,
      // never in between.
      if (expected !== undefined) {
        const stamp = await currentStamp(
          tx.objectStore('projects'),
          tx.objectStore('revisions'),
          project.id,
        );
        // Nothing is written yet: the transaction ends empty.
        if (stamp !== expected) throw conflictError(project.id);
      }
      const previous = await tx.objectStore('projects').get(project.id);
      const sound = previous !== undefined && !previousDamaged && looksSound(previous);
      if (sound && keepPrevious) {
        await tx.objectStore('backups').put(this.#checkpointOf(project.id, previous, now));
      } else if (previous !== undefined && !sound) {
        await tx
          .objectStore('damaged')
          .add({ projectId: project.id, keptAt: now, document: previous });
      }
      const stamp = this.#newStamp();
      await tx.objectStore('projects').put(record);
      await tx.objectStore('revisions').put(stamp, project.id);
      await tx.done;
      return stamp;
    });
  }

  /** A checkpoint record of `project` (the version as stored), taken at `now`. */
  #checkpointOf(id: string, project: unknown, now: string): StoredBackupRecord {
    return {
      projectId: id,
      savedAt: `${now}-${this.#newStamp()}`,
      takenAt: now,
      kind: 'rolling',
      project,
      size: fileSizeOf(project),
    };
  }

  checkpoint(id: string): Promise<void> {
    return this.#run(`keep a checkpoint of ${id}`, async (db) => {
      const tx = db.transaction(['projects', 'backups'], 'readwrite');
      const current = await tx.objectStore('projects').get(id);
      if (current !== undefined) {
        const now = this.#now().toISOString();
        await tx.objectStore('backups').put(this.#checkpointOf(id, current, now));
      }
      await tx.done;
    });
  }

  dropBackups(id: string, backupIds: readonly string[]): Promise<void> {
    return this.#run(`drop checkpoints of ${id}`, async (db) => {
      const tx = db.transaction('backups', 'readwrite');
      for (const backupId of backupIds) {
        if (!backupId.startsWith(ORIGINAL_PREFIX)) await tx.store.delete([id, backupId]);
      }
      await tx.done;
    });
  }

  move(id: string, from: Place, to: Place): Promise<string> {
    return this.#run(`move project ${id} to ${to}`, async (db) => {
      const tx = db.transaction([storeOf(from), storeOf(to), 'revisions'], 'readwrite');
      const value = await tx.objectStore(storeOf(from)).get(id);
      if (value === undefined) throw new Error(`project ${id} is not in ${from}`);
      if (to === 'trash') await tx.objectStore('trash').put(value, id);
      else await tx.objectStore('projects').put(value);
      await tx.objectStore(storeOf(from)).delete(id);
      const stamp = this.#newStamp();
      await tx.objectStore('revisions').put(stamp, id);
      await tx.done;
      return stamp;
    });
  }

  purge(id: string): Promise<void> {
    return this.#run(`delete project ${id}`, async (db) => {
      const tx = db.transaction(['trash', 'backups', 'revisions'], 'readwrite');
      await tx.objectStore('trash').delete(id);
      await tx.objectStore('revisions').delete(id);
      const backups = tx.objectStore('backups');
      for (const key of await backups.index('byProject').getAllKeys(id)) await backups.delete(key);
      await tx.done;
    });
  }

  backups(id: string): Promise<StoredBackup[]> {
    return this.#run(`list backups of ${id}`, async (db) => {
      const records = await db.getAllFromIndex('backups', 'byProject', id);
      return records.map((record) => ({
        backupId: record.savedAt,
        takenAt: record.takenAt ?? record.savedAt,
        kind: record.savedAt.startsWith(ORIGINAL_PREFIX) ? 'original' : 'rolling',
        // As large as the version would be as a file: the same figure as the desktop's. Stored
        // with the version when kept; an older record is measured only when the list of versions
        // reads it — opening a project looks at the dates, and writing out every checkpoint of a
        // 1,000-function project would delay its first paint.
        get size() {
          return record.size ?? fileSizeOf(record.project);
        },
      }));
    });
  }

  readBackup(id: string, backupId: string): Promise<RawRead> {
    return this.#run(`read backup ${backupId}`, async (db) => {
      const record = await db.get('backups', [id, backupId]);
      return record === undefined ? { kind: 'missing' } : rawOf(record.project);
    });
  }

  keepOriginal(id: string, version: number): Promise<void> {
    return this.#run(`keep the original of ${id}`, async (db) => {
      const tx = db.transaction(['projects', 'backups'], 'readwrite');
      const key = `${ORIGINAL_PREFIX}${version}`;
      const current = await tx.objectStore('projects').get(id);
      const kept = await tx.objectStore('backups').get([id, key]);
      if (current !== undefined && kept === undefined) {
        const takenAt = this.#now().toISOString();
        await tx.objectStore('backups').put({
          projectId: id,
          savedAt: key,
          takenAt,
          kind: 'original',
          project: current,
          size: fileSizeOf(current),
        });
      }
      await tx.done;
    });
  }

  readIndex(): Promise<unknown> {
    return this.#run('read the library index', (db) => db.get('settings', INDEX_KEY));
  }

  writeIndex(entries: readonly IndexEntry[]): Promise<void> {
    return this.#run('write the library index', async (db) => {
      await db.put('settings', entries, INDEX_KEY);
    });
  }

  readRecent(): Promise<unknown> {
    return this.#run('read the recent list', (db) => db.get('settings', RECENT_KEY));
  }

  writeRecent(ids: readonly string[]): Promise<void> {
    return this.#run('write the recent list', async (db) => {
      await db.put('settings', ids, RECENT_KEY);
    });
  }
}
