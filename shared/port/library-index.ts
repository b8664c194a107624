import { isId } from '../model/ids';
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

/** A string of at most `max` characters. */
const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
/** A whole number of at least `min`. */
const isCount = (value: unknown, min: number): value is number =>
  Number.isSafeInteger(value) && (value as number) >= min;
const isOptional = <T>(
  value: unknown,
  check: (value: unknown) => value is T,
): value is T | undefined => value === undefined || check(value);

/** The row that names the scenario whose figures an entry shows. */
function isFiguresOf(value: unknown): value is NonNullable<IndexEntry['figuresOf']> {
  if (typeof value !== 'object' || value === null) return false;
  const { id, name } = value as Record<string, unknown>;
  return isText(id, 200) && isText(name, 300);
}

/**
 * One stored entry, if it passes; unknown keys are dropped. Checked by hand rather than by the
 * schema library: the index is read on the first screen, which does without it.
 */
function entryFrom(item: unknown): IndexEntry | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const e = item as Record<string, unknown>;
  const { id, name, company, updatedAt, functions, fte, openErrors, scenarios } = e;
  const { figuresOf, damaged, place, stamp, trashedAt } = e;
  const sound =
    isId(id) &&
    isText(name, 300) &&
    isText(company, 300) &&
    isText(updatedAt, 40) &&
    isCount(functions, 0) &&
    typeof fte === 'number' &&
    Number.isFinite(fte) &&
    fte >= 0 &&
    isCount(openErrors, 0) &&
    // Absent in an index written before scenarios: those projects had none.
    isOptional(scenarios, (v) => isCount(v, 1)) &&
    // Absent in an index written before it was kept: the row then names no scenario.
    isOptional(figuresOf, isFiguresOf) &&
    isOptional(damaged, (v) => typeof v === 'boolean') &&
    (place === 'active' || place === 'trash') &&
    isText(stamp, 200) &&
    isOptional(trashedAt, (v) => isText(v, 40));
  if (!sound) return undefined;
  return {
    id,
    name,
    company,
    updatedAt,
    functions,
    fte,
    openErrors,
    scenarios: scenarios ?? 1,
    ...(figuresOf ? { figuresOf: { id: figuresOf.id, name: figuresOf.name } } : {}),
    ...(damaged === undefined ? {} : { damaged }),
    place,
    stamp,
    ...(trashedAt === undefined ? {} : { trashedAt }),
  };
}

/**
 * The index as stored (electron-store or IndexedDB), read tolerantly: an entry that does not
 * pass is dropped and rebuilt from its project on the next listing. Stored as an array so that
 * no project id ever becomes an object key.
 */
export function indexFrom(stored: unknown): IndexEntry[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => entryFrom(item) ?? []);
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
