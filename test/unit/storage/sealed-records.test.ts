import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserPort } from '../../../renderer/port/browser/browser-port';
import { DATABASE_NAME, openDatabase } from '../../../renderer/port/browser/database';
import { IdbStorage } from '../../../renderer/port/browser/idb-storage';
import { createLibrary } from '../../../shared/port/library';
import { projectFileSchema } from '../../../shared/model';
import { PROJECT_FILE_KEYS } from '../../../shared/model/scenario-file';
import { digestOf, SCHEMA_FINGERPRINT } from '../../../shared/model/seal';
import { readProjectDocument } from '../../../shared/port/project-read';
import type * as ProjectRead from '../../../shared/port/project-read';
import { projectWithVariants } from '../../fixtures/scenarios';
import { blankProject } from '../shell/fixtures';
import { counterIds, testClock } from './back-ends';

// The validating reader, watched: a sealed record must open without it.
vi.mock('../../../shared/port/project-read', async (importOriginal) => {
  const actual = await importOriginal<typeof ProjectRead>();
  return { ...actual, readProjectDocument: vi.fn(actual.readProjectDocument) };
});
const fullReads = vi.mocked(readProjectDocument);

const model = fileURLToPath(new URL('../../../shared/model/', import.meta.url));

/**
 * The sources that decide whether a document is valid and how it is read: the schema, its
 * vocabularies, primitives and refinements, the migrations, the reader and the scenario form.
 */
function schemaSources(): string {
  const files = [
    'ids.ts',
    'integrity.ts',
    'parse.ts',
    'primitives.ts',
    'safe-json.ts',
    'scenario-file.ts',
    'scenario-rules.ts',
    'schema.ts',
    'version.ts',
    'vocabulary.ts',
    ...readdirSync(join(model, 'migrations'))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `migrations/${name}`),
  ].sort();
  return files
    .map((file) => `${file}\n${readFileSync(join(model, file), 'utf8').replace(/\r\n/g, '\n')}`)
    .join('\n');
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fullReads.mockClear();
});
const port = () => createBrowserPort({ now: testClock().now, newId: counterIds() });
const database = () => openDB(DATABASE_NAME);

interface SealedRecord {
  id: string;
  seal: { format: number; schema: string; digest: string };
  text: string;
}

describe('sealed records: what this release wrote opens without validating it again', () => {
  it('has a schema fingerprint that follows the schema (update it when this fails)', () => {
    expect(SCHEMA_FINGERPRINT, 'shared/model/seal.ts SCHEMA_FINGERPRINT').toBe(
      digestOf(schemaSources()),
    );
  });

  it("writes the schema's keys, in its order, then the scenarios", () => {
    expect(PROJECT_FILE_KEYS).toEqual(Object.keys(projectFileSchema.shape));
  });

  it('stores a project as sealed text and opens it without the validating reader', async () => {
    const api = port();
    const project = { ...projectWithVariants(), id: 'project-1' };
    await api.saveProject(project);
    const db = await database();
    const record = (await db.get('projects', 'project-1')) as SealedRecord;
    db.close();
    expect(record.seal).toEqual({
      format: 3,
      schema: SCHEMA_FINGERPRINT,
      digest: expect.any(String),
    });
    expect(JSON.parse(record.text)).toMatchObject({ id: 'project-1', schemaVersion: 3 });
    fullReads.mockClear();

    const opened = await api.openProject('project-1');
    expect(fullReads).not.toHaveBeenCalled();
    // The same project the full reader makes of the same text.
    const full = readProjectDocument(JSON.parse(record.text));
    expect(full.ok && full.project).toEqual(opened.project);
    expect(opened.project).toEqual({ ...project, updatedAt: opened.project.updatedAt });
    // The library's listing reads it the same way.
    fullReads.mockClear();
    expect(await api.listProjects()).toHaveLength(1);
    expect(fullReads).not.toHaveBeenCalled();
  });

  it('validates a record changed after it was sealed, and reports it damaged when it is', async () => {
    const api = port();
    await api.saveProject(blankProject(1, 'Sealed'));
    const db = await database();
    const record = (await db.get('projects', 'project-1')) as SealedRecord;
    // Changed behind the writer's back, still a valid project: opened, by the full reader.
    await db.put('projects', { ...record, text: record.text.replace('"Sealed"', '"By hand"') });
    fullReads.mockClear();
    expect((await api.openProject('project-1')).project.name).toBe('By hand');
    expect(fullReads).toHaveBeenCalledOnce();
    // Damaged: refused and reported as before.
    await db.put('projects', { ...record, text: record.text.replace('"Sealed"', '17') });
    await expect(api.openProject('project-1')).rejects.toMatchObject({
      code: 'damaged',
      message: expect.stringContaining('name'),
    });
    // Cut short: not JSON any more.
    await db.put('projects', { ...record, text: record.text.slice(0, 40) });
    await expect(api.openProject('project-1')).rejects.toMatchObject({ code: 'damaged' });
    db.close();
  });

  it("takes another release's seal for no seal: the record is validated", async () => {
    const api = port();
    await api.saveProject(blankProject(1, 'Sealed'));
    const db = await database();
    const record = (await db.get('projects', 'project-1')) as SealedRecord;
    await db.put('projects', { ...record, seal: { ...record.seal, schema: 'another-release' } });
    db.close();
    fullReads.mockClear();
    expect((await api.openProject('project-1')).project.name).toBe('Sealed');
    expect(fullReads).toHaveBeenCalledOnce();
  });

  it('migrates a version-2 record (a plain object, as older releases stored) and seals it', async () => {
    const api = port();
    await api.listProjects(); // creates the database
    const db = await database();
    await db.put('projects', { ...blankProject(7, 'From release 2'), schemaVersion: 2 });
    const opened = await api.openProject('project-7');
    expect(opened.migratedFrom).toBe(2);
    expect(opened.project.name).toBe('From release 2');
    const resealed = (await db.get('projects', 'project-7')) as SealedRecord;
    db.close();
    expect(resealed.seal.schema).toBe(SCHEMA_FINGERPRINT);
    fullReads.mockClear();
    expect((await api.openProject('project-7')).project).toEqual(opened.project);
    expect(fullReads).not.toHaveBeenCalled();
  });

  it('hands the opened project back before it keeps the checkpoint on open, taken before anything else', async () => {
    await port().saveProject(blankProject(1, 'Stored'));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // Reading the kept versions waits until released: the open must not wait for it.
    class HeldStorage extends IdbStorage {
      override async backups(id: string) {
        await held;
        return super.backups(id);
      }
    }
    const database = openDatabase();
    const clock = testClock();
    const library = createLibrary(new HeldStorage(() => database, clock.now, counterIds()), {
      now: clock.now,
      newId: counterIds(),
    });
    const opened = await library.openProject('project-1');
    expect(opened.project.name).toBe('Stored');
    const listed = library.listBackups('project-1');
    release();
    expect((await listed).map((backup) => backup.name)).toEqual(['Stored']);
    (await database).close();
  });
});
