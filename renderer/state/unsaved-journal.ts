import { projectFileOf, type Project, type ProjectFile } from '../../shared/model';
import { readProjectDocument } from '../../shared/port/project-file';

/** One entry per project: the unsaved document and the stored version it was edited from. */
const KEY_PREFIX = 'ssw.unsaved.';

interface Entry {
  /** As a file stores it, read back by the one reader. */
  readonly project: ProjectFile;
  /** `updatedAt` of the stored version the edits started from. */
  readonly base: string;
}

/**
 * The unsaved document, kept synchronously when the page is hidden or unloaded. A save to
 * storage takes several asynchronous steps, which a reload or a closing tab cuts short;
 * localStorage is written before the event handler returns. At the next start the entry is
 * taken once, and used only if storage still holds the version the edits started from — never
 * over a newer save (another tab's, say). A failed write (quota, storage blocked) is no worse
 * than before: the save itself still runs.
 */
export interface UnsavedJournal {
  keep(project: Project, base: string): void;
  /** The kept document for `stored` if it was edited from exactly that version; removed. */
  take(stored: Project): Project | undefined;
  forget(id: string): void;
}

export function createUnsavedJournal(storage: Storage | undefined = localStorageOrNone()) {
  const attempt = <T>(action: () => T): T | undefined => {
    try {
      return action();
    } catch (error) {
      console.error('unsaved journal', error);
      return undefined;
    }
  };
  const journal: UnsavedJournal = {
    keep(project, base) {
      const entry: Entry = { project: projectFileOf(project), base };
      attempt(() => storage?.setItem(KEY_PREFIX + project.id, JSON.stringify(entry)));
    },
    take(stored) {
      const text = attempt(() => storage?.getItem(KEY_PREFIX + stored.id));
      if (typeof text !== 'string') return undefined;
      journal.forget(stored.id);
      const entry = attempt(() => JSON.parse(text) as unknown);
      if (typeof entry !== 'object' || entry === null) return undefined;
      const { project, base } = entry as Partial<Record<keyof Entry, unknown>>;
      const read = readProjectDocument(project);
      if (!read.ok || read.project.id !== stored.id || base !== stored.updatedAt) return undefined;
      return read.project;
    },
    forget(id) {
      attempt(() => storage?.removeItem(KEY_PREFIX + id));
    },
  };
  return journal;
}

/** localStorage, where the page may use it (it throws in some private modes). */
function localStorageOrNone(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
