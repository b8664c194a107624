import { projectFileOf } from '../../shared/model/scenario-file';
import type { Project } from '../../shared/model/schema';
import { sealedTextOf, type SealedText } from '../../shared/model/seal';
import { readStored, type StoredDocument } from '../../shared/port/stored-document';

/** One entry per project: the unsaved document and the stored version it was edited from. */
const KEY_PREFIX = 'ssw.unsaved.';

interface Entry {
  /**
   * As a file stores it, sealed (shared/model/seal.ts), read back by the one rule (readStored).
   * An entry kept by an older release holds `project`, the file's form, instead.
   */
  readonly document: SealedText;
  /** `updatedAt` of the stored version the edits started from. */
  readonly base: string;
}

/** The document of an entry as stored, in this release's form or an older one's. */
function storedOf(entry: Record<string, unknown>): StoredDocument {
  const { document, project } = entry;
  if (typeof document === 'object' && document !== null) {
    const { seal, text } = document as Partial<Record<keyof SealedText, unknown>>;
    if (typeof text === 'string') return { kind: 'sealed', seal, text };
  }
  return { kind: 'document', json: project };
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
  take(stored: Project): Promise<Project | undefined>;
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
      const entry: Entry = { document: sealedTextOf(projectFileOf(project)), base };
      attempt(() => storage?.setItem(KEY_PREFIX + project.id, JSON.stringify(entry)));
    },
    async take(stored) {
      const text = attempt(() => storage?.getItem(KEY_PREFIX + stored.id));
      if (typeof text !== 'string') return undefined;
      journal.forget(stored.id);
      const entry = attempt(() => JSON.parse(text) as unknown);
      if (typeof entry !== 'object' || entry === null) return undefined;
      const record = entry as Record<string, unknown>;
      if (record.base !== stored.updatedAt) return undefined;
      const read = await readStored(storedOf(record));
      return read.ok && read.project.id === stored.id ? read.project : undefined;
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
