import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  BROWSER_BACKUPS_KEPT,
  createBrowserPort,
} from '../../../renderer/port/browser/browser-port';
import { DATABASE_NAME } from '../../../renderer/port/browser/database';
import { renameProject } from '../../../shared/model';
import { PortError } from '../../../shared/port/errors';
import { DEFAULT_SETTINGS } from '../../../shared/port/settings';
import { blankProject, steppingClock } from './fixtures';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('browser edition back end (IndexedDB)', () => {
  it('saves a project and opens it again, equal but for the save time', async () => {
    const port = createBrowserPort(steppingClock());
    const project = blankProject(1, 'Ключевые клиенты');
    const receipt = await port.saveProject(project);
    const opened = await port.openProject(project.id);
    expect(opened).toEqual({ ...project, updatedAt: receipt.savedAt });
    expect(await port.listProjects()).toEqual([
      {
        id: 'project-1',
        name: 'Ключевые клиенты',
        company: project.company,
        updatedAt: receipt.savedAt,
      },
    ]);
  });

  it('lists the most recently saved first', async () => {
    const port = createBrowserPort(steppingClock());
    await port.saveProject(blankProject(1));
    await port.saveProject(blankProject(2));
    await port.saveProject(renameProject(blankProject(1), 'Design 1b'));
    expect((await port.listProjects()).map((s) => s.name)).toEqual(['Design 1b', 'Design 2']);
  });

  it('keeps a rolling set of earlier versions', async () => {
    const port = createBrowserPort(steppingClock());
    for (let version = 0; version < BROWSER_BACKUPS_KEPT + 3; version += 1) {
      await port.saveProject(renameProject(blankProject(1), `v${version}`));
    }
    const db = await openDB(DATABASE_NAME);
    const backups = await db.getAll('backups');
    db.close();
    expect(backups).toHaveLength(BROWSER_BACKUPS_KEPT);
    // The newest earlier versions are kept; the current one is not a backup of itself.
    expect(backups.map((b: { project: { name: string } }) => b.project.name).sort()).toEqual([
      'v2',
      'v3',
      'v4',
      'v5',
      'v6',
    ]);
  });

  it('reports a missing project and a damaged one, each with its own code', async () => {
    const port = createBrowserPort(steppingClock());
    await expect(port.openProject('nope')).rejects.toMatchObject({ code: 'not-found' });

    await port.saveProject(blankProject(3));
    const db = await openDB(DATABASE_NAME);
    await db.put('projects', { id: 'project-3', schemaVersion: 2, name: 17 });
    db.close();
    const failure = await port.openProject('project-3').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PortError);
    expect(failure).toMatchObject({ code: 'damaged' });
    // The damaged record is left as it was, and the library does not list it as if it were fine.
    expect(await port.listProjects()).toEqual([]);
  });

  it('keeps settings, with defaults until something is chosen', async () => {
    const port = createBrowserPort(steppingClock());
    expect(await port.getSettings()).toEqual(DEFAULT_SETTINGS);
    await port.updateSettings({ language: 'en' });
    await port.updateSettings({ theme: 'contrast' });
    const reopened = createBrowserPort(steppingClock());
    expect(await reopened.getSettings()).toEqual({ language: 'en', theme: 'contrast' });
  });
});
