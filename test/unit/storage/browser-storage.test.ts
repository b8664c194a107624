import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBrowserPort } from '../../../renderer/port/browser/browser-port';
import { DATABASE_NAME } from '../../../renderer/port/browser/database';
import { renameProject } from '../../../shared/model';
import { blankProject } from '../shell/fixtures';
import { counterIds, testClock } from './back-ends';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
const port = () => createBrowserPort({ now: testClock().now, newId: counterIds() });

/** A project saved as "Old", then as "Current": the one checkpoint kept, and its key. */
async function savedOverOnce() {
  const api = port();
  await api.saveProject(renameProject(blankProject(1), 'Old'));
  await api.saveProject(renameProject(blankProject(1), 'Current'));
  const [checkpoint] = await api.listBackups('project-1');
  const key: [string, string] = ['project-1', checkpoint?.backupId ?? ''];
  return { api, checkpoint, key };
}

describe('the browser edition storage (IndexedDB)', () => {
  it("refuses a tab's save over what another tab stored since it opened the project", async () => {
    const first = port();
    // Another tab: its own clock and ids, one database.
    const second = createBrowserPort({ now: testClock().now, newId: counterIds('second') });
    await first.saveProject(blankProject(1, 'Start'));
    const inFirst = await first.openProject('project-1');
    const inSecond = await second.openProject('project-1');
    await second.saveProject(renameProject(inSecond.project, 'Second'), inSecond.revision);
    await expect(
      first.saveProject(renameProject(inFirst.project, 'First'), inFirst.revision),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await first.openProject('project-1')).project.name).toBe('Second');
  });

  it('gives a record stored by an older release (no revision) a revision a save can name', async () => {
    const api = port();
    await api.saveProject(blankProject(1, 'Old'));
    const db = await openDB(DATABASE_NAME);
    await db.delete('revisions', 'project-1');
    db.close();
    const opened = await api.openProject('project-1');
    const receipt = await api.saveProject(renameProject(opened.project, 'New'), opened.revision);
    expect(receipt.revision).not.toBe(opened.revision);
  });

  it('reports a damaged record, keeps it, and recovers from the newest good backup', async () => {
    const api = port();
    await api.saveProject(renameProject(blankProject(1), 'Good'));
    await api.saveProject(renameProject(blankProject(1), 'Good 2'));
    await api.listProjects();
    const db = await openDB(DATABASE_NAME);
    await db.put('projects', { id: 'project-1', schemaVersion: 2, name: 17 });
    db.close();

    await expect(api.openProject('project-1')).rejects.toMatchObject({ code: 'damaged' });
    expect(await api.listProjects()).toEqual([
      expect.objectContaining({ id: 'project-1', name: 'Good 2', damaged: true }),
    ]);
    const [newest] = await api.listBackups('project-1');
    expect(newest).toMatchObject({ readable: true, name: 'Good' });
    await api.recoverProject('project-1', newest?.backupId ?? '');
    expect((await api.openProject('project-1')).project.name).toBe('Good');

    const check = await openDB(DATABASE_NAME);
    expect(await check.getAll('damaged')).toEqual([
      expect.objectContaining({
        projectId: 'project-1',
        document: { id: 'project-1', schemaVersion: 2, name: 17 },
      }),
    ]);
    check.close();
  });

  it('keeps the size of a version with it when it is kept, not measured on each listing', async () => {
    const { api, checkpoint, key } = await savedOverOnce();
    const db = await openDB(DATABASE_NAME);
    const record = await db.get('backups', key);
    expect(record?.size).toBe(checkpoint?.size);
    // The listing reads the kept figure: changed behind its back, it shows the change.
    await db.put('backups', { ...record, size: 12345 });
    db.close();
    expect((await api.listBackups('project-1'))[0]?.size).toBe(12345);
  });

  it('lists a damaged checkpoint as such and refuses to restore it, changing nothing', async () => {
    const { api, checkpoint, key } = await savedOverOnce();
    const db = await openDB(DATABASE_NAME);
    await db.put('backups', { ...(await db.get('backups', key)), project: { name: 17 } });
    db.close();

    const listed = await api.listBackups('project-1');
    expect(listed).toEqual([
      expect.objectContaining({ backupId: checkpoint?.backupId, readable: false }),
    ]);
    expect(listed[0]?.size).toBeGreaterThan(0);
    await expect(api.recoverProject('project-1', checkpoint?.backupId ?? '')).rejects.toMatchObject(
      { code: 'damaged' },
    );
    expect((await api.openProject('project-1')).project.name).toBe('Current');
    expect(await api.listBackups('project-1')).toEqual(listed);
  });

  it('opens a database of the first release and keeps its projects', async () => {
    const old = await openDB(DATABASE_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('projects', { keyPath: 'id' });
        db.createObjectStore('backups', { keyPath: ['projectId', 'savedAt'] }).createIndex(
          'byProject',
          'projectId',
        );
        db.createObjectStore('settings');
      },
    });
    await old.put('projects', blankProject(7, 'From release 1'));
    await old.put(
      'settings',
      { language: 'en', theme: 'dark', lastProjectId: 'project-7' },
      'settings',
    );
    old.close();

    const api = port();
    expect((await api.listProjects()).map((row) => row.name)).toEqual(['From release 1']);
    expect(await api.getSettings()).toMatchObject({ lastProjectId: 'project-7' });
    await api.trashProject('project-7');
    expect((await api.listTrash()).map((row) => row.id)).toEqual(['project-7']);
  });

  it('says "storage full" when the browser refuses to store more, and keeps what was stored', async () => {
    const api = port();
    await api.saveProject(renameProject(blankProject(1), 'Stored'));
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await expect(
        api.saveProject(renameProject(blankProject(1), 'Too much')),
      ).rejects.toMatchObject({
        code: 'storage-full',
      });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await api.openProject('project-1')).project.name).toBe('Stored');
  });

  it('says "storage unavailable" when IndexedDB cannot be opened at all', async () => {
    const factory = new IDBFactory();
    factory.open = () => {
      throw new DOMException('IndexedDB is disabled', 'InvalidStateError');
    };
    globalThis.indexedDB = factory;
    const api = port();
    await expect(api.listProjects()).rejects.toMatchObject({ code: 'storage-unavailable' });
    await expect(api.saveProject(blankProject(1))).rejects.toMatchObject({
      code: 'storage-unavailable',
    });
  });
});
