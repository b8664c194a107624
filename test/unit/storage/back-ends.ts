import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { createBrowserPort } from '../../../renderer/port/browser/browser-port';
import { ProjectFiles } from '../../../electron/main/storage/project-files';
import { createDesktopApi } from '../../../electron/main/desktop-api';
import { SettingsStore } from '../../../electron/main/storage/settings-store';
import type { DesktopApi } from '../../../electron/main/desktop-api';
import { createLibrary, type LibraryApi } from '../../../shared/port/library';
import { readProjectBytes } from '../../../shared/port/project-read';

/** A file's bytes as an editor saving UTF-8 writes them. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A clock the test moves: each call one second later, `advance` jumps ahead. */
export function testClock(start = Date.parse('2026-11-26T10:00:00.000Z')) {
  let time = start;
  const now = () => new Date((time += 1000));
  return { now, advance: (ms: number) => void (time += ms) };
}

export function counterIds(prefix = 'new') {
  let n = 0;
  return () => `${prefix}-${(n += 1)}`;
}

/** What both back ends offer the shared behaviour tests, plus a way to reach raw storage. */
export interface BackEnd {
  readonly name: 'desktop' | 'browser';
  readonly api: DesktopApi;
  readonly clock: ReturnType<typeof testClock>;
  /** The same storage opened afresh (a restart). */
  readonly reopen: () => DesktopApi;
  /** Exported file text, as the user would get it. */
  readonly exportText: (id: string) => Promise<string>;
  readonly cleanup: () => void;
}

export function desktopBackEnd(): BackEnd & {
  folder: string;
  store: Map<string, unknown>;
  /** The library under the API, with what only main uses (importRead). */
  readonly library: LibraryApi;
} {
  const folder = mkdtempSync(join(tmpdir(), 'ssw-storage-'));
  const store = new Map<string, unknown>();
  const keyValue = store;
  const clock = testClock();
  let library: LibraryApi | undefined;
  const make = () => {
    const files = new ProjectFiles({
      folder: join(folder, 'projects'),
      store: keyValue,
      now: clock.now,
    });
    library = createLibrary(files, { now: clock.now, newId: counterIds() });
    return createDesktopApi(
      library,
      new SettingsStore(keyValue),
      {
        chooseSavePath: async (name) => join(folder, `export-${name}`),
        printFile: async () => true,
      },
      () => files.takeNotices(),
    );
  };
  const api = make();
  return {
    name: 'desktop',
    api,
    clock,
    folder,
    store,
    get library() {
      if (!library) throw new Error('no library yet');
      return library;
    },
    reopen: make,
    exportText: async (id) => {
      const file = await api.exportProject(id);
      return readFileSync(file.path ?? '', 'utf8');
    },
    cleanup: () => rmSync(folder, { recursive: true, force: true }),
  };
}

export function browserBackEnd(): BackEnd {
  globalThis.indexedDB = new IDBFactory();
  const clock = testClock();
  // Node has no Web Worker: the reader the worker runs is called in place.
  const readFile = async (bytes: Uint8Array) => readProjectBytes(bytes);
  const make = () => createBrowserPort({ now: clock.now, newId: counterIds(), readFile });
  const api = make();
  return {
    name: 'browser',
    api,
    clock,
    reopen: make,
    exportText: async (id) => {
      // The browser edition downloads; the text is what the shared library exports.
      const downloads: Blob[] = [];
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => (downloads.push(blob), 'blob:test');
      const click = HTMLAnchorElementLike.install();
      try {
        await api.exportProject(id);
      } finally {
        URL.createObjectURL = original;
        click.restore();
      }
      const blob = downloads[0];
      if (!blob) throw new Error('nothing was downloaded');
      return blob.text();
    },
    cleanup: () => undefined,
  };
}

/** Node has no DOM: a minimal `document.createElement('a')` for the download path. */
const HTMLAnchorElementLike = {
  install() {
    const had = 'document' in globalThis;
    const previous = (globalThis as { document?: unknown }).document;
    (globalThis as { document?: unknown }).document = {
      createElement: () => ({ click: () => undefined, href: '', download: '' }),
    };
    return {
      restore() {
        if (had) (globalThis as { document?: unknown }).document = previous;
        else delete (globalThis as { document?: unknown }).document;
      },
    };
  },
};
