import type {
  ExportedFile,
  PrintedFile,
  SavedFile,
  WorkbenchPort,
} from '../../../shared/port/contract';
import { createLibrary, type LibraryDeps } from '../../../shared/port/library';
import { settingsFrom, type Settings, type SettingsPatch } from '../../../shared/port/settings';
import { openDatabase, storageFailure, type Database } from './database';
import { IdbStorage } from './idb-storage';
import { readProjectInWorker } from './read-in-worker';

const SETTINGS_KEY = 'settings';

export interface BrowserPortOptions {
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** How an imported file is read; a worker by default (unit tests in Node have none). */
  readonly readFile?: LibraryDeps['readFile'];
}

/**
 * The browser edition's back end: the same library as the desktop (shared/port/library.ts)
 * over IndexedDB, settings beside it, and files handed to the user as downloads.
 */
export function createBrowserPort(options: BrowserPortOptions = {}): WorkbenchPort {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  let database: Promise<Database> | undefined;
  const db = (): Promise<Database> => {
    // A failed open is not cached: storage may become available again (another tab closed).
    database ??= openDatabase().catch((error: unknown) => {
      database = undefined;
      throw error;
    });
    return database;
  };
  const readFile = options.readFile ?? readProjectInWorker;
  const { exportText, ...library } = createLibrary(new IdbStorage(db, now, newId), {
    now,
    newId,
    readFile,
  });

  async function getSettings(): Promise<Settings> {
    try {
      return settingsFrom(await (await db()).get('settings', SETTINGS_KEY));
    } catch (error) {
      throw storageFailure(error, 'read settings');
    }
  }

  async function updateSettings(patch: SettingsPatch): Promise<Settings> {
    const next: Settings = { ...(await getSettings()), ...patch };
    try {
      await (await db()).put('settings', next, SETTINGS_KEY);
    } catch (error) {
      throw storageFailure(error, 'write settings');
    }
    return next;
  }

  async function exportProject(id: string): Promise<ExportedFile> {
    const { fileName, text } = await exportText(id);
    download(new Blob([text], { type: 'application/json' }), fileName);
    return { saved: true, fileName };
  }

  async function savePdf(pdf: Uint8Array, fileName: string): Promise<SavedFile> {
    download(new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), fileName);
    return { saved: true };
  }

  async function printPdf(pdf: Uint8Array): Promise<PrintedFile> {
    const url = URL.createObjectURL(
      new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
    );
    // A tab with the browser's own PDF viewer, whose Print button prints this very file.
    const tab = window.open(url, '_blank');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { printed: tab !== null };
  }

  return {
    edition: 'browser',
    ...library,
    exportProject,
    savePdf,
    printPdf,
    getSettings,
    updateSettings,
    // IndexedDB keeps settings in transactions: nothing to set aside at start.
    takeStartupNotices: async () => [],
    // The browser edition has no native menu, no OS file hand-over and no close handshake (the
    // page's beforeunload guards the work there).
    updateMenuState: async () => undefined,
    cancelOpening: async () => undefined,
    onMenuCommand: () => () => undefined,
    onOpenProject: () => () => undefined,
    onFileOpening: () => () => undefined,
    onCloseRequest: () => () => undefined,
  };
}

/** Hands a file to the browser's downloads. */
function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
  } finally {
    // The download has started from the URL; give it a moment before letting it go.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
