import { z } from 'zod';
import { idSchema } from '../model/primitives';
import type { ProjectSummary, TrashedProject } from './contract';

/** Where a stored project lives: in the library or in the trash. */
export type Place = 'active' | 'trash';

/**
 * A stored project as a back end finds it without reading it. `stamp` changes whenever the
 * stored content changes (file time and size on the desktop, a revision in IndexedDB).
 */
export interface StoredRecord {
  readonly id: string;
  readonly place: Place;
  readonly stamp: string;
}

/** One entry of the library index: the summary, and which stored version it describes. */
export interface IndexEntry extends ProjectSummary {
  readonly place: Place;
  readonly stamp: string;
  readonly trashedAt?: string;
}

const indexEntrySchema = z.object({
  id: idSchema,
  name: z.string().max(300),
  company: z.string().max(300),
  updatedAt: z.string().max(40),
  functions: z.number().int().min(0),
  fte: z.number().min(0),
  openErrors: z.number().int().min(0),
  // Absent in an index written before scenarios: those projects had none.
  scenarios: z.number().int().min(1).default(1),
  // Absent in an index written before it was kept: the row then names no scenario.
  figuresOf: z.object({ id: z.string().max(200), name: z.string().max(300) }).optional(),
  damaged: z.boolean().optional(),
  place: z.enum(['active', 'trash']),
  stamp: z.string().max(200),
  trashedAt: z.string().max(40).optional(),
});

/**
 * The index as stored (electron-store or IndexedDB), read tolerantly: an entry that does not
 * pass is dropped and rebuilt from its project on the next listing. Stored as an array so that
 * no project id ever becomes an object key.
 */
export function indexFrom(stored: unknown): IndexEntry[] {
  if (!Array.isArray(stored)) return [];
  const entries: IndexEntry[] = [];
  for (const item of stored) {
    const parsed = indexEntrySchema.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
  }
  return entries;
}

export interface Reconciled {
  /** Entries that still describe their stored project. */
  readonly kept: IndexEntry[];
  /** Stored projects the index does not describe (new, changed outside, or moved): read them. */
  readonly toRead: StoredRecord[];
  /** Whether the index must be written back. */
  readonly changed: boolean;
}

/**
 * The rule that keeps the index consistent with storage: the stored projects are the truth,
 * the index a cache of their summaries. An entry survives only while its project is stored
 * with the same stamp; a moved project keeps its summary under its new place; everything else
 * is read again. A project found both in the library and in the trash counts as in the library.
 */
export function reconcileIndex(
  entries: readonly IndexEntry[],
  records: readonly StoredRecord[],
  now: string,
): Reconciled {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const chosen = new Map<string, StoredRecord>();
  for (const record of records) {
    const other = chosen.get(record.id);
    if (!other || (other.place === 'trash' && record.place === 'active')) {
      chosen.set(record.id, record);
    }
  }
  const kept: IndexEntry[] = [];
  const toRead: StoredRecord[] = [];
  let changed = entries.length !== chosen.size;
  for (const record of chosen.values()) {
    const entry = byId.get(record.id);
    if (!entry || entry.stamp !== record.stamp) {
      toRead.push(record);
      changed = true;
    } else if (entry.place !== record.place) {
      kept.push(placed(entry, record.place, now));
      changed = true;
    } else {
      kept.push(entry);
    }
  }
  return { kept, toRead, changed };
}

/** An entry moved to `place`; a project entering the trash is dated. */
export function placed(entry: IndexEntry, place: Place, now: string): IndexEntry {
  if (place === 'active') {
    const rest: IndexEntry = { ...entry, place };
    delete (rest as { trashedAt?: string }).trashedAt;
    return rest;
  }
  return { ...entry, place, trashedAt: entry.trashedAt ?? now };
}

/** Days a project stays in the trash before it is purged for good. */
export const TRASH_DAYS = 30;

/** Trashed entries older than TRASH_DAYS at `now`. */
export function expiredTrash(entries: readonly IndexEntry[], now: Date): IndexEntry[] {
  const limit = now.getTime() - TRASH_DAYS * 24 * 60 * 60 * 1000;
  return entries.filter(
    (entry) => entry.place === 'trash' && Date.parse(entry.trashedAt ?? '') < limit,
  );
}

/** The public row of an entry: what the renderer sees, without storage details. */
export function summaryOf(entry: IndexEntry): ProjectSummary {
  const summary: ProjectSummary = {
    id: entry.id,
    name: entry.name,
    company: entry.company,
    updatedAt: entry.updatedAt,
    functions: entry.functions,
    fte: entry.fte,
    openErrors: entry.openErrors,
    scenarios: entry.scenarios,
    ...(entry.figuresOf ? { figuresOf: entry.figuresOf } : {}),
  };
  return entry.damaged ? { ...summary, damaged: true } : summary;
}

export function trashedOf(entry: IndexEntry): TrashedProject {
  return { ...summaryOf(entry), trashedAt: entry.trashedAt ?? entry.updatedAt };
}
