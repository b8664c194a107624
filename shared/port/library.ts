import { projectFileOf, type Project } from '../model';
import type {
  BackupInfo,
  ImportOutcome,
  OpenedProject,
  ProjectSummary,
  SaveReceipt,
  TrashedProject,
  WorkbenchApi,
} from './contract';
import { PortError } from './errors';
import {
  expiredTrash,
  indexFrom,
  placed,
  reconcileIndex,
  summaryOf,
  trashedOf,
  type IndexEntry,
  type Place,
  type StoredRecord,
} from './library-index';
import { copyOfProject, projectFileName, projectFileText, type ReadOutcome } from './project-file';
import { checkpointsToDrop, keepsCheckpoint } from './checkpoints';
import { recentFrom, withRecent } from './recent';
import { jsonOfStored, readStored, type StoredDocument } from './stored-document';
import { compareSummaries, summarizeProject } from './summary';

/** What a back end found where a project should be. */
export type RawRead =
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly detail: string }
  | StoredDocument;

export interface StoredBackup {
  readonly backupId: string;
  /** When the backup was taken (ISO); shown when the backup itself cannot be read. */
  readonly takenAt: string;
  readonly kind: BackupInfo['kind'];
  /** Bytes of the version as a project file. */
  readonly size: number;
}

export interface WriteOptions {
  /** The stored version is known to be damaged: set it aside, never keep it as a backup. */
  readonly previousDamaged?: boolean;
  /**
   * Whether a sound version it replaces is kept as a checkpoint (default); when false it is
   * simply replaced (a checkpoint was taken moments ago, see shared/port/checkpoints.ts).
   */
  readonly keepPrevious?: boolean;
  /** The stamp the stored version must still have (see LibraryStorage.write). */
  readonly expected?: string;
}

/** The error of a save against a stored version that changed since it was read. */
export function conflictError(id: string): PortError {
  return new PortError('conflict', `project ${id} was changed elsewhere since it was opened`);
}

/**
 * The storage primitives a back end provides; each one is atomic in its medium (a rename on
 * disk, a transaction in IndexedDB). All the library's rules live above them, in createLibrary,
 * so the desktop and the browser edition behave alike.
 */
export interface LibraryStorage {
  /** Every stored project, without reading any. */
  records(): Promise<StoredRecord[]>;
  has(id: string, place: Place): Promise<boolean>;
  read(id: string, place: Place): Promise<RawRead>;
  /**
   * The current stamp of a stored project (undefined when there is none): what a save checks
   * against. Read before the project itself, so that a change in between is taken for a
   * conflict rather than missed.
   */
  stampOf(id: string): Promise<string | undefined>;
  /**
   * Stores `project` as the current version of its id. The version it replaces is kept: as a
   * checkpoint when it looks like a project (looksLikeProject), is not known to be damaged and
   * `keepPrevious` is not false; a damaged one is set aside with the damaged files — never
   * overwritten. Old checkpoints are not dropped here (see dropBackups). With
   * `expected`, refused with a `conflict` PortError (nothing written) unless the stored stamp
   * is still that one. Returns the new stamp.
   */
  write(project: Project, options?: WriteOptions): Promise<string>;
  /** Moves a project between the library and the trash; returns its stamp there. */
  move(id: string, from: Place, to: Place): Promise<string>;
  /** Deletes a project in the trash and its backups. */
  purge(id: string): Promise<void>;
  backups(id: string): Promise<StoredBackup[]>;
  /** Keeps the current stored version, as it is, as a checkpoint. */
  checkpoint(id: string): Promise<void>;
  /** Drops checkpoints (after a save succeeded, so failed saves never wear history away). */
  dropBackups(id: string, backupIds: readonly string[]): Promise<void>;
  readBackup(id: string, backupId: string): Promise<RawRead>;
  /** Keeps the current stored version, as it is, as the backup made before a migration. */
  keepOriginal(id: string, version: number): Promise<void>;
  readIndex(): Promise<unknown>;
  writeIndex(entries: readonly IndexEntry[]): Promise<void>;
  readRecent(): Promise<unknown>;
  writeRecent(ids: readonly string[]): Promise<void>;
}

/**
 * Whether a stored version that is about to be replaced is worth keeping as a backup. The
 * check is cheap on purpose (a save must stay fast): a JSON object with a format version.
 * Anything else is damaged and is set aside instead of pushing a good backup out.
 */
export function looksLikeProject(json: unknown): boolean {
  return (
    typeof json === 'object' &&
    json !== null &&
    !Array.isArray(json) &&
    typeof (json as { schemaVersion?: unknown }).schemaVersion === 'number'
  );
}

/** The part of the port that is the same for both back ends. */
export type LibraryApi = Omit<
  WorkbenchApi,
  | 'getSettings'
  | 'updateSettings'
  | 'savePdf'
  | 'printPdf'
  | 'exportProject'
  | 'updateMenuState'
  | 'cancelOpening'
  | 'takeStartupNotices'
> & {
  /** The text and suggested file name of a project's export; delivery differs per back end. */
  exportText(id: string): Promise<{ readonly fileName: string; readonly text: string }>;
  /**
   * Adds a file already read by the one reader (readProjectBytes, run elsewhere: the desktop
   * reads files from the OS in a worker) to the library, as importProject does with bytes.
   */
  importRead(read: ReadOutcome): Promise<ImportOutcome>;
};

export interface LibraryDeps {
  readonly now: () => Date;
  readonly newId: () => string;
  /**
   * Reads an imported file (readProjectBytes by default). The browser edition runs it in a
   * worker, so that reading a large or hostile file never holds up the page.
   */
  readonly readFile?: (bytes: Uint8Array) => Promise<ReadOutcome>;
}

export function createLibrary(storage: LibraryStorage, deps: LibraryDeps): LibraryApi {
  // One operation at a time: a rename cannot interleave with a save of the same project, and
  // every read-modify-write of the index sees the previous one's result.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<A extends unknown[], T>(task: (...args: A) => Promise<T>) {
    return (...args: A): Promise<T> => {
      const run = queue.then(
        () => task(...args),
        () => task(...args),
      );
      queue = run.catch(() => undefined);
      return run;
    };
  }
  const nowIso = () => deps.now().toISOString();
  const readFile =
    deps.readFile ??
    (async (bytes: Uint8Array) => (await import('./project-read')).readProjectBytes(bytes));
  /** A stored document read by the one rule (readStored); undefined when there is none. */
  const readRaw = (raw: RawRead) =>
    raw.kind === 'missing' || raw.kind === 'unreadable' ? undefined : readStored(raw);

  async function entryFor(record: StoredRecord, previous: IndexEntry | undefined) {
    const read = await readRaw(await storage.read(record.id, record.place));
    if (read?.ok && read.project.id !== record.id && record.place === 'active') {
      // Stored under one id, naming another (copied or renamed by hand): where it is stored
      // wins, and the file is rewritten to say so, so it is listed and opened as itself.
      const repaired = { ...read.project, id: record.id };
      const stamp = await storage.write(repaired);
      return { ...summarizeProject(repaired), place: record.place, stamp } satisfies IndexEntry;
    }
    const summary: ProjectSummary = read?.ok
      ? { ...summarizeProject(read.project), id: record.id }
      : {
          id: record.id,
          // The last name the index knew, so the user recognises what is damaged.
          name: previous?.name ?? record.id,
          company: previous?.company ?? '',
          updatedAt: previous?.updatedAt ?? nowIso(),
          functions: previous?.functions ?? 0,
          fte: previous?.fte ?? 0,
          openErrors: previous?.openErrors ?? 0,
          scenarios: previous?.scenarios ?? 1,
          damaged: true,
        };
    const entry: IndexEntry = { ...summary, place: 'active', stamp: record.stamp };
    return placed({ ...entry, trashedAt: previous?.trashedAt }, record.place, nowIso());
  }

  /** The index, made consistent with what is stored; expired trash is purged on the way. */
  async function loadIndex(): Promise<IndexEntry[]> {
    const records = await storage.records();
    const entries = indexFrom(await storage.readIndex());
    const { kept, toRead, changed } = reconcileIndex(entries, records, nowIso());
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const fresh = [];
    for (const record of toRead) fresh.push(await entryFor(record, byId.get(record.id)));
    const all = [...kept, ...fresh];
    const expired = new Set(expiredTrash(all, deps.now()).map((entry) => entry.id));
    for (const id of expired) await storage.purge(id);
    const current = all.filter((entry) => !expired.has(entry.id));
    if (changed || expired.size > 0) await storage.writeIndex(current);
    return current;
  }

  async function updateIndex(change: (entries: IndexEntry[]) => IndexEntry[]): Promise<void> {
    await storage.writeIndex(change(indexFrom(await storage.readIndex())));
  }

  /** Whether the stored current version is known to be damaged (then it is set aside). */
  async function knownDamaged(id: string): Promise<boolean> {
    return indexFrom(await storage.readIndex()).some((e) => e.id === id && e.damaged === true);
  }

  /** Drops the checkpoints the policy no longer keeps; a failure waits for the next save. */
  async function trimCheckpoints(id: string): Promise<void> {
    try {
      const drop = checkpointsToDrop(await storage.backups(id), deps.now());
      if (drop.length > 0) await storage.dropBackups(id, drop);
    } catch {
      // Dropping is idempotent: what stays is dropped after the next save.
    }
  }

  /**
   * A checkpoint on open: whatever the session does can be undone to the version opened. Taken
   * as the next operation after the open rather than within it: reading the kept versions and
   * copying a large project would otherwise delay its first paint. A checkpoint that cannot be
   * taken is not the open's failure; the first save keeps the version it replaces instead.
   */
  const checkpointOpened = serial(async (id: string) => {
    try {
      if (keepsCheckpoint(await storage.backups(id), deps.now())) {
        // Kept as it is (a link, a copy): the stored version and its revision do not change.
        await storage.checkpoint(id);
        await trimCheckpoints(id);
      }
    } catch {
      // See above: the next save keeps a checkpoint.
    }
  });

  /** Records `project` as stored with `stamp` in the index and returns its row. */
  async function indexSaved(project: Project, stamp: string): Promise<ProjectSummary> {
    const summary = summarizeProject(project);
    const entry: IndexEntry = { ...summary, place: 'active', stamp };
    await updateIndex((entries) => [...entries.filter((e) => e.id !== project.id), entry]);
    return summary;
  }

  /** The current version of a project in the library, or a PortError saying why not. */
  async function readActive(id: string): Promise<OpenedProject> {
    const revision = (await storage.stampOf(id)) ?? '';
    const raw = await storage.read(id, 'active');
    if (raw.kind === 'missing') {
      const where = (await storage.has(id, 'trash')) ? ' (it is in the trash)' : '';
      throw new PortError('not-found', `project ${id}${where}`);
    }
    if (raw.kind === 'unreadable') throw new PortError('damaged', `project ${id}: ${raw.detail}`);
    const read = await readStored(raw);
    if (!read.ok) throw new PortError('damaged', `project ${id}: ${read.problem.detail}`);
    // Opened as the project asked for, whatever id the file names (see entryFor).
    const project = read.project.id === id ? read.project : { ...read.project, id };
    return read.migratedFrom === undefined
      ? { project, revision }
      : { project, revision, migratedFrom: read.migratedFrom };
  }

  async function refuseTrashed(id: string): Promise<void> {
    if ((await storage.has(id, 'trash')) && !(await storage.has(id, 'active'))) {
      throw new PortError('not-found', `project ${id} is in the trash; restore it first`);
    }
  }

  async function writeNew(project: Project): Promise<ProjectSummary> {
    const summary = await indexSaved(project, await storage.write(project));
    await trimCheckpoints(project.id);
    return summary;
  }

  /** Stores a read import: under its own id if free, never over anything stored. */
  const storeImported = serial(
    async (read: Extract<ReadOutcome, { ok: true }>): Promise<ImportOutcome> => {
      let project = read.project;
      const migrated = read.migratedFrom === undefined ? {} : { migratedFrom: read.migratedFrom };
      if (await storage.has(project.id, 'active')) {
        const stored = await storage.read(project.id, 'active');
        // The same design, whenever it was stored (an import is dated when it is stored).
        const undated = (json: unknown) => JSON.stringify({ ...(json as object), updatedAt: '' });
        const same =
          (stored.kind === 'document' || stored.kind === 'sealed') &&
          undated(jsonOfStored(stored)) === undated(projectFileOf(read.project));
        if (same) {
          const entry = (await loadIndex()).find((e) => e.id === project.id);
          const summary = entry ? summaryOf(entry) : summarizeProject(project);
          return { ok: true, summary, alreadyPresent: true, ...migrated };
        }
      }
      // Never over what is stored: a taken id (library or trash) gets the import a new one.
      if ((await storage.has(project.id, 'active')) || (await storage.has(project.id, 'trash'))) {
        project = { ...project, id: deps.newId() };
      }
      // Stored now: the editor's "Saved …" and the library's date say when it came in, not the
      // date written in the file (a sample's, a colleague's last week).
      project = { ...project, updatedAt: nowIso() };
      const summary = await writeNew(project);
      return { ok: true, summary, alreadyPresent: false, ...migrated };
    },
  );

  return {
    listProjects: serial(async () =>
      (await loadIndex())
        .filter((entry) => entry.place === 'active')
        .map(summaryOf)
        .sort(compareSummaries),
    ),

    openProject: serial(async (id: string) => {
      const opened = await readActive(id).catch(async (error: unknown) => {
        // Damage found on open (storage changed behind the index): the library shows it too.
        if (error instanceof PortError && error.code === 'damaged') {
          await updateIndex((entries) =>
            entries.map((e) => (e.id === id ? { ...e, damaged: true } : e)),
          );
        }
        throw error;
      });
      if (opened.migratedFrom !== undefined) {
        // Migrated on open: the original is kept aside for good, the file becomes current.
        await storage.keepOriginal(id, opened.migratedFrom);
        const revision = await storage.write(opened.project, { expected: opened.revision });
        await indexSaved(opened.project, revision);
        return { ...opened, revision };
      }
      // Queued now, so it runs before anything the session does with the project.
      void checkpointOpened(id);
      return opened;
    }),

    saveProject: serial(async (project: Project, baseRevision?: string): Promise<SaveReceipt> => {
      await refuseTrashed(project.id);
      const savedAt = nowIso();
      const stored = { ...project, updatedAt: savedAt };
      const previousDamaged = await knownDamaged(project.id);
      // At most one checkpoint per CHECKPOINT_MINUTES of editing.
      const keepPrevious = keepsCheckpoint(await storage.backups(project.id), deps.now());
      const revision = await storage.write(stored, {
        previousDamaged,
        expected: baseRevision,
        keepPrevious,
      });
      if (keepPrevious) await trimCheckpoints(project.id);
      // The index is not written on every save (autosaves come every few seconds): its entry
      // no longer matches the stamp, so the next listing re-reads this one project. Only a save
      // over a damaged version says at once that the project is sound again.
      if (previousDamaged) await indexSaved(stored, revision);
      return { id: project.id, savedAt, revision };
    }),

    renameProject: serial(async (id: string, name: string) => {
      const { project } = await readActive(id);
      return writeNew({ ...project, name, updatedAt: nowIso() });
    }),

    duplicateProject: serial(async (id: string, name: string) => {
      const { project } = await readActive(id);
      return writeNew(copyOfProject(project, { id: deps.newId(), name, now: nowIso() }));
    }),

    trashProject: serial(async (id: string) => {
      if (!(await storage.has(id, 'active'))) throw new PortError('not-found', `project ${id}`);
      const stamp = await storage.move(id, 'active', 'trash');
      const now = nowIso();
      const previous = indexFrom(await storage.readIndex()).find((e) => e.id === id);
      const entry = await entryFor({ id, place: 'trash', stamp }, previous);
      await updateIndex((entries) => [
        ...entries.filter((e) => e.id !== id),
        { ...entry, trashedAt: now },
      ]);
    }),

    restoreProject: serial(async (id: string) => {
      if (!(await storage.has(id, 'trash'))) throw new PortError('not-found', `trash ${id}`);
      if (await storage.has(id, 'active')) {
        throw new PortError('invalid-request', `project ${id} is already in the library`);
      }
      const stamp = await storage.move(id, 'trash', 'active');
      const previous = indexFrom(await storage.readIndex()).find((e) => e.id === id);
      const entry = await entryFor({ id, place: 'active', stamp }, previous);
      await updateIndex((entries) => [...entries.filter((e) => e.id !== id), entry]);
      return summaryOf(entry);
    }),

    listTrash: serial(async (): Promise<TrashedProject[]> =>
      (await loadIndex())
        .filter((entry) => entry.place === 'trash')
        .map(trashedOf)
        .sort((a, b) => b.trashedAt.localeCompare(a.trashedAt)),
    ),

    purgeProject: serial(async (id: string) => {
      if (!(await storage.has(id, 'trash'))) throw new PortError('not-found', `trash ${id}`);
      await storage.purge(id);
      await updateIndex((entries) => entries.filter((e) => e.id !== id));
      await storage.writeRecent(recentFrom(await storage.readRecent()).filter((r) => r !== id));
    }),

    listBackups: serial(async (id: string): Promise<BackupInfo[]> => {
      const infos: BackupInfo[] = [];
      for (const backup of await storage.backups(id)) {
        const read = await readRaw(await storage.readBackup(id, backup.backupId));
        infos.push(
          read?.ok
            ? {
                backupId: backup.backupId,
                kind: backup.kind,
                size: backup.size,
                savedAt: read.project.updatedAt,
                readable: true,
                name: read.project.name,
                functions: read.project.functions.length,
              }
            : {
                backupId: backup.backupId,
                kind: backup.kind,
                size: backup.size,
                savedAt: backup.takenAt,
                readable: false,
              },
        );
      }
      return infos.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    }),

    recoverProject: serial(async (id: string, backupId: string): Promise<OpenedProject> => {
      await refuseTrashed(id);
      const raw = await storage.readBackup(id, backupId);
      if (raw.kind === 'missing') throw new PortError('not-found', `backup ${backupId}`);
      const read = await readRaw(raw);
      if (!read?.ok) throw new PortError('damaged', `backup ${backupId} cannot be read either`);
      // A backup always belongs to its project; the id is pinned in case a file was moved.
      const project = { ...read.project, id, updatedAt: nowIso() };
      const currentDamaged = await readActive(id).then(
        () => false,
        () => true,
      );
      // The version it replaces is kept first: restoring can itself be undone.
      const revision = await storage.write(project, { previousDamaged: currentDamaged });
      await indexSaved(project, revision);
      await trimCheckpoints(id);
      return { project, revision };
    }),

    // Read outside the queue: saves need not wait while a large file is parsed.
    importProject: async (bytes: Uint8Array): Promise<ImportOutcome> => {
      const read = await readFile(bytes);
      return read.ok ? storeImported(read) : read;
    },

    importRead: async (read: ReadOutcome): Promise<ImportOutcome> =>
      read.ok ? storeImported(read) : read,

    exportText: serial(async (id: string) => {
      const { project } = await readActive(id);
      return { fileName: projectFileName(project), text: projectFileText(project) };
    }),

    listRecent: serial(async () => {
      const active = new Map(
        (await loadIndex()).filter((e) => e.place === 'active').map((e) => [e.id, e]),
      );
      return recentFrom(await storage.readRecent()).flatMap((id) => {
        const entry = active.get(id);
        return entry ? [summaryOf(entry)] : [];
      });
    }),

    markRecent: serial(async (id: string) => {
      await storage.writeRecent(withRecent(recentFrom(await storage.readRecent()), id));
    }),
  };
}
