import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Project } from '../../../shared/model';
import { PortError } from '../../../shared/port/errors';

export const DATABASE_NAME = 'sales-system-workbench';

export interface StoredBackup {
  readonly projectId: string;
  readonly savedAt: string;
  /** Kept as read, unvalidated: a backup is only useful if it is what was stored. */
  readonly project: unknown;
}

export interface WorkbenchDatabase extends DBSchema {
  /** Validated on the way in and on the way out; stored as plain JSON data. */
  projects: { key: string; value: Project };
  backups: { key: [string, string]; value: StoredBackup; indexes: { byProject: string } };
  settings: { key: string; value: unknown };
}

export type Database = IDBPDatabase<WorkbenchDatabase>;

/** Opens (and on first use creates) the browser edition's database. */
export async function openDatabase(): Promise<Database> {
  try {
    return await openDB<WorkbenchDatabase>(DATABASE_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('projects', { keyPath: 'id' });
        const backups = db.createObjectStore('backups', { keyPath: ['projectId', 'savedAt'] });
        backups.createIndex('byProject', 'projectId');
        db.createObjectStore('settings');
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
  const name = error instanceof Error ? error.name : '';
  const code = name === 'QuotaExceededError' ? 'storage-full' : 'storage-unavailable';
  return new PortError(code, `${action}: ${describe(error)}`);
}
