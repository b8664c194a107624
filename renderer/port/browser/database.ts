import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { PortError } from '../../../shared/port/errors';

export const DATABASE_NAME = 'sales-system-workbench';
/** 1: projects, backups, settings. 2: trash, damaged and revisions added. */
export const DATABASE_VERSION = 2;

export interface StoredBackupRecord {
  readonly projectId: string;
  /** The backup's key within its project: a sortable time, or `original-v<N>`. */
  readonly savedAt: string;
  readonly takenAt?: string;
  readonly kind?: 'rolling' | 'original';
  /** Kept as read, unvalidated: a backup is only useful if it is what was stored. */
  readonly project: unknown;
  /**
   * Bytes of `project` as a file, measured once when it was kept; absent in records kept by
   * older releases.
   */
  readonly size?: number;
}

export interface DamagedRecord {
  readonly projectId: string;
  readonly keptAt: string;
  readonly document: unknown;
}

export interface WorkbenchDatabase extends DBSchema {
  /**
   * The library: one record per project, as sealed JSON text (idb-storage.ts recordOf); read
   * back without validation while its seal holds, by the full reader otherwise.
   */
  projects: { key: string; value: unknown };
  backups: { key: [string, string]; value: StoredBackupRecord; indexes: { byProject: string } };
  /** Settings, the library index and the recent list, each under its own key. */
  settings: { key: string; value: unknown };
  /** Projects in the trash, keyed by id, stored as they were in the library. */
  trash: { key: string; value: unknown };
  /** Damaged versions set aside instead of being overwritten. */
  damaged: { key: number; value: DamagedRecord };
  /** A stamp per project id, changed in the same transaction as its record. */
  revisions: { key: string; value: string };
}

export type Database = IDBPDatabase<WorkbenchDatabase>;

/** Opens (and on first use creates or upgrades) the browser edition's database. */
export async function openDatabase(): Promise<Database> {
  try {
    return await openDB<WorkbenchDatabase>(DATABASE_NAME, DATABASE_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          db.createObjectStore('projects', { keyPath: 'id' });
          const backups = db.createObjectStore('backups', { keyPath: ['projectId', 'savedAt'] });
          backups.createIndex('byProject', 'projectId');
          db.createObjectStore('settings');
        }
        if (oldVersion < 2) {
          db.createObjectStore('trash');
          db.createObjectStore('damaged', { autoIncrement: true });
          db.createObjectStore('revisions');
        }
      },
    });
  } catch (error) {
    throw new PortError('storage-unavailable', `IndexedDB: ${describe(error)}`);
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Maps an IndexedDB failure to a PortError: full storage is told apart from the rest. */
export function storageFailure(error: unknown, action: string): PortError {
  if (error instanceof PortError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const code = name === 'QuotaExceededError' ? 'storage-full' : 'storage-unavailable';
  return new PortError(code, `${action}: ${describe(error)}`);
}
