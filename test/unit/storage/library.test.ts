import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, renameProject } from '../../../shared/model';
import {
  CHECKPOINT_MINUTES,
  DAILY_DAYS,
  RECENT_CHECKPOINTS,
} from '../../../shared/port/checkpoints';
import { TRASH_DAYS } from '../../../shared/port/library-index';
import { projectFileText } from '../../../shared/port/project-file';
import { RECENT_KEPT } from '../../../shared/port/recent';
import { loadSample } from '../../../shared/samples';
import { projectWithVariants } from '../../fixtures/scenarios';
import { downgradeToV1 } from '../domain/v1-downgrade';
import { blankProject } from '../shell/fixtures';
import { browserBackEnd, desktopBackEnd, utf8, type BackEnd } from './back-ends';

/** The same behaviour, asserted against both back ends: they share one library. */
describe.each([
  ['desktop', desktopBackEnd],
  ['browser', browserBackEnd],
] as const)('the %s library', (_name, make) => {
  let backEnd: BackEnd;
  afterEach(() => backEnd.cleanup());
  const setUp = () => (backEnd = make());

  it('saves a project and opens it again, equal but for the save time', async () => {
    const { api } = setUp();
    const project = blankProject(1, 'Ключевые клиенты');
    const receipt = await api.saveProject(project);
    expect(await api.openProject(project.id)).toEqual({
      project: { ...project, updatedAt: receipt.savedAt },
      revision: receipt.revision,
    });
  });

  it('refuses a save against a revision that is no longer the stored one, storing nothing', async () => {
    const { api } = setUp();
    const project = blankProject(1, 'Base');
    await api.saveProject(project);
    const opened = await api.openProject(project.id);
    // Another window (tab, copy of the app) stores its version from the same revision first.
    const theirs = await api.saveProject(renameProject(opened.project, 'Theirs'), opened.revision);
    expect(theirs.revision).not.toBe(opened.revision);
    await expect(
      api.saveProject(renameProject(opened.project, 'Mine'), opened.revision),
    ).rejects.toMatchObject({ code: 'conflict' });
    const stored = await api.openProject(project.id);
    expect(stored.project.name).toBe('Theirs');
    expect(stored.revision).toBe(theirs.revision);
    expect(await api.listBackups(project.id)).toHaveLength(1);
    // From the stored revision, a save goes through again.
    const next = await api.saveProject(renameProject(stored.project, 'Mine'), stored.revision);
    expect((await api.openProject(project.id)).revision).toBe(next.revision);
  });

  it('hands out the revision of each stored version: open, save, recover, migrate', async () => {
    const { api } = setUp();
    const first = await api.saveProject(blankProject(1, 'One'));
    const second = await api.saveProject(blankProject(1, 'Two'), first.revision);
    const [backup] = await api.listBackups('project-1');
    const recovered = await api.recoverProject('project-1', backup?.backupId ?? '');
    expect(recovered.revision).not.toBe(second.revision);
    expect((await api.openProject('project-1')).revision).toBe(recovered.revision);
    await api.saveProject(recovered.project, recovered.revision);
  });

  it('lists each project with its figures, most recently changed first', async () => {
    const { api } = setUp();
    const sample = { ...loadSample('key-accounts', 'en'), id: 'ka' };
    await api.saveProject(sample);
    await api.saveProject(blankProject(2));
    const list = await api.listProjects();
    expect(list.map((row) => row.id)).toEqual(['project-2', 'ka']);
    expect(list[1]).toMatchObject({
      name: sample.name,
      company: sample.company,
      functions: sample.functions.length,
      fte: 3,
      openErrors: expect.any(Number),
    });
    expect(list[0]).toMatchObject({ functions: 0, fte: 0, openErrors: 0, scenarios: 1 });
  });

  it('renames and duplicates; the copy has its own id and the same content', async () => {
    const { api } = setUp();
    await api.saveProject({ ...loadSample('key-accounts', 'ru'), id: 'ka' });
    expect(await api.renameProject('ka', 'Пилот')).toMatchObject({ id: 'ka', name: 'Пилот' });
    const copy = await api.duplicateProject('ka', 'Пилот (копия)');
    expect(copy.id).not.toBe('ka');
    const original = (await api.openProject('ka')).project;
    const duplicate = (await api.openProject(copy.id)).project;
    expect(duplicate).toEqual({
      ...original,
      id: copy.id,
      name: 'Пилот (копия)',
      createdAt: duplicate.createdAt,
      updatedAt: duplicate.updatedAt,
    });
    expect((await api.listProjects()).map((row) => row.name).sort()).toEqual([
      'Пилот',
      'Пилот (копия)',
    ]);
  });

  it('moves a project to the trash and back (undo), and purges it for good', async () => {
    const { api } = setUp();
    await api.saveProject(blankProject(1));
    await api.saveProject(blankProject(2));
    await api.trashProject('project-1');
    expect((await api.listProjects()).map((row) => row.id)).toEqual(['project-2']);
    expect((await api.listTrash()).map((row) => row.id)).toEqual(['project-1']);
    // Saving a trashed project is refused rather than silently bringing it back.
    await expect(api.saveProject(blankProject(1))).rejects.toMatchObject({ code: 'not-found' });

    await api.restoreProject('project-1');
    expect((await api.listProjects()).map((row) => row.id).sort()).toEqual([
      'project-1',
      'project-2',
    ]);
    expect(await api.listTrash()).toEqual([]);

    await api.trashProject('project-2');
    await api.purgeProject('project-2');
    expect(await api.listTrash()).toEqual([]);
    await expect(api.openProject('project-2')).rejects.toMatchObject({ code: 'not-found' });
    expect(await api.listBackups('project-2')).toEqual([]);
  });

  it(`empties the trash of projects older than ${TRASH_DAYS} days`, async () => {
    const { api, clock } = setUp();
    await api.saveProject(blankProject(1));
    await api.trashProject('project-1');
    clock.advance((TRASH_DAYS + 1) * 24 * 60 * 60 * 1000);
    expect(await api.listTrash()).toEqual([]);
    await expect(api.restoreProject('project-1')).rejects.toMatchObject({ code: 'not-found' });
  });

  it(`keeps a checkpoint per ${CHECKPOINT_MINUTES} minutes of editing, the last ${RECENT_CHECKPOINTS}, newest first`, async () => {
    const { api, clock } = setUp();
    const minutes = (n: number) => clock.advance(n * 60 * 1000);
    for (let version = 0; version < RECENT_CHECKPOINTS + 3; version += 1) {
      minutes(CHECKPOINT_MINUTES);
      await api.saveProject(renameProject(blankProject(1), `v${version}`));
    }
    const backups = await api.listBackups('project-1');
    expect(backups.map((backup) => backup.name)).toEqual(['v6', 'v5', 'v4', 'v3', 'v2']);
    expect(backups.every((backup) => backup.readable && backup.kind === 'rolling')).toBe(true);

    // Autosaves a few seconds apart replace the version without a checkpoint each.
    minutes(CHECKPOINT_MINUTES);
    for (let version = 10; version < 20; version += 1) {
      await api.saveProject(renameProject(blankProject(1), `v${version}`));
    }
    expect((await api.listBackups('project-1')).map((backup) => backup.name)).toEqual([
      'v7',
      'v6',
      'v5',
      'v4',
      'v3',
    ]);
  });

  it(`keeps the newest checkpoint of each day for ${DAILY_DAYS} days, and one on open`, async () => {
    const { api, clock } = setUp();
    const day = 24 * 60 * 60 * 1000;
    for (let n = 0; n < DAILY_DAYS + 10; n += 1) {
      clock.advance(day);
      await api.saveProject(renameProject(blankProject(1), `day ${n}`));
    }
    const names = (await api.listBackups('project-1')).map((backup) => backup.name);
    // Every version but the current one is a day's last; those older than the window go.
    expect(names).toHaveLength(DAILY_DAYS);
    expect(names[0]).toBe(`day ${DAILY_DAYS + 8}`);
    expect(names).not.toContain('day 0');

    // Opened the next day: the version opened is kept before anything else happens (and the
    // oldest day leaves the window).
    clock.advance(day);
    await api.openProject('project-1');
    const opened = await api.listBackups('project-1');
    expect(opened[0]?.name).toBe(`day ${DAILY_DAYS + 9}`);
    expect(opened).toHaveLength(DAILY_DAYS);
    // Opened again at once: no second copy.
    await api.openProject('project-1');
    expect(await api.listBackups('project-1')).toEqual(opened);
  });

  it('lists each version with the size it has as a file, newest first', async () => {
    const { api, clock } = setUp();
    const minutes = (n: number) => clock.advance(n * 60 * 1000);
    const small = renameProject(blankProject(1), 'Small');
    const first = await api.saveProject(small);
    minutes(CHECKPOINT_MINUTES);
    const sample = { ...loadSample('key-accounts', 'en'), id: 'project-1', name: 'Large' };
    const second = await api.saveProject(sample);
    minutes(CHECKPOINT_MINUTES);
    await api.saveProject(renameProject(blankProject(1), 'Current'));
    const backups = await api.listBackups('project-1');
    expect(backups.map((backup) => backup.name)).toEqual(['Large', 'Small']);
    // As many bytes as the version stored as a file (its save time written in).
    const fileSize = (project: object, savedAt: string) =>
      utf8(projectFileText({ ...(project as typeof small), updatedAt: savedAt })).length;
    expect(backups.map((backup) => backup.size)).toEqual([
      fileSize(sample, second.savedAt),
      fileSize(small, first.savedAt),
    ]);
    expect(backups[0]?.savedAt).toBe(second.savedAt);
  });

  it("counts a version's variants (their changes) in its size", async () => {
    const { api, clock } = setUp();
    const project = { ...projectWithVariants(), id: 'variants' };
    const kept = await api.saveProject(project);
    clock.advance(CHECKPOINT_MINUTES * 60 * 1000);
    await api.saveProject(renameProject(project, 'Current'));
    const [backup] = await api.listBackups('variants');
    const file = projectFileText({ ...project, updatedAt: kept.savedAt });
    expect(file).toContain('"changes"');
    expect(backup?.size).toBe(utf8(file).length);
  });

  it('keeps the version a restore replaces as a checkpoint first, so a restore can be undone', async () => {
    const { api, clock } = setUp();
    await api.saveProject(renameProject(blankProject(1), 'Old'));
    clock.advance(CHECKPOINT_MINUTES * 60 * 1000);
    const current = await api.saveProject(renameProject(blankProject(1), 'Current'));
    const [old] = await api.listBackups('project-1');
    expect(old?.name).toBe('Old');

    const restored = await api.recoverProject('project-1', old?.backupId ?? '');
    expect(restored.project.name).toBe('Old');
    expect((await api.openProject('project-1')).project.name).toBe('Old');
    // Kept although a checkpoint was taken moments ago: what a restore replaces is never lost.
    const after = await api.listBackups('project-1');
    expect(after.map((backup) => backup.name)).toEqual(['Current', 'Old']);
    expect(after[0]?.savedAt).toBe(current.savedAt);

    // And back: the replaced version restores as it was.
    const back = await api.recoverProject('project-1', after[0]?.backupId ?? '');
    expect(back.project.name).toBe('Current');
    const names = (await api.listBackups('project-1')).map((backup) => backup.name);
    expect(names).toEqual(expect.arrayContaining(['Current', 'Old']));
    expect(names.filter((name) => name === 'Old').length).toBeGreaterThanOrEqual(1);
  });

  it('keeps the recent list in order, without trashed projects, at most RECENT_KEPT', async () => {
    const { api } = setUp();
    for (let n = 1; n <= RECENT_KEPT + 2; n += 1) {
      await api.saveProject(blankProject(n));
      await api.markRecent(`project-${n}`);
    }
    await api.markRecent('project-4');
    await api.trashProject(`project-${RECENT_KEPT + 2}`);
    const recent = (await api.listRecent()).map((row) => row.id);
    expect(recent[0]).toBe('project-4');
    expect(recent).not.toContain(`project-${RECENT_KEPT + 2}`);
    expect(recent.length).toBe(RECENT_KEPT - 1);
  });

  it('migrates a version 1 file on open and keeps the original as a backup', async () => {
    const { api, reopen } = setUp();
    const current = { ...loadSample('key-accounts', 'en'), id: 'old' };
    const v1 = downgradeToV1(current);
    // An old file arrives by import (the desktop reads the same on open from disk).
    const outcome = await api.importProject(utf8(JSON.stringify(v1)));
    expect(outcome).toMatchObject({ ok: true, migratedFrom: 1 });
    const opened = await reopen().openProject('old');
    expect(opened.project.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    // Version 1 knew less (one phone per function); what it knew survives.
    expect(opened.project.functions.map((fn) => [fn.id, fn.name, fn.roles])).toEqual(
      current.functions.map((fn) => [fn.id, fn.name, fn.roles]),
    );
  });

  it('exports a file that imports as the identical project', async () => {
    const { api, exportText } = setUp();
    const sample = { ...loadSample('specialised-sales', 'ru'), id: 'rich' };
    await api.saveProject(sample);
    const text = await exportText('rich');
    const stored = (await api.openProject('rich')).project;
    expect(text).toBe(projectFileText(stored));

    // Importing it again while it is there changes nothing.
    expect(await api.importProject(utf8(text))).toMatchObject({ ok: true, alreadyPresent: true });
    expect(await api.listProjects()).toHaveLength(1);

    // In an empty library (a colleague's), it arrives identical, id and all.
    const colleague = make();
    try {
      colleague.clock.advance(60 * 60 * 1000);
      expect(await colleague.api.importProject(utf8(text))).toMatchObject({
        ok: true,
        alreadyPresent: false,
        summary: { id: 'rich' },
      });
      // Identical but for the date it was stored there: "Saved" tells when it came in.
      const imported = (await colleague.api.openProject('rich')).project;
      expect(imported).toEqual({ ...stored, updatedAt: imported.updatedAt });
      expect(imported.updatedAt > stored.updatedAt).toBe(true);
    } finally {
      colleague.cleanup();
    }
  });

  it('keeps the scenarios through save and reopen, export and import, duplicate and restore', async () => {
    const { api, exportText, reopen } = setUp();
    const project = { ...projectWithVariants(), id: 'variants' };
    const first = await api.saveProject(project);
    const reopened = (await reopen().openProject('variants')).project;
    expect(reopened).toEqual({ ...project, updatedAt: first.savedAt });

    const text = await exportText('variants');
    expect(text).toBe(projectFileText(reopened));
    expect(await api.importProject(utf8(text))).toMatchObject({ ok: true, alreadyPresent: true });

    const copy = await api.duplicateProject('variants', 'Copy');
    expect(copy.scenarios).toBe(3);
    expect((await api.openProject(copy.id)).project.scenarios).toEqual(project.scenarios);
    // Listed with the number of scenarios, read from the stored file.
    expect((await reopen().listProjects()).map((row) => [row.name, row.scenarios])).toEqual([
      ['Copy', 3],
      [project.name, 3],
    ]);

    // A later save without the variants; restoring the checkpoint brings them back.
    backEnd.clock.advance((CHECKPOINT_MINUTES + 1) * 60 * 1000);
    const plain = { ...reopened };
    delete plain.scenarios;
    await api.saveProject(plain);
    expect((await api.openProject('variants')).project.scenarios).toBeUndefined();
    const backup = (await api.listBackups('variants')).find((b) => b.savedAt === first.savedAt);
    const restored = await api.recoverProject('variants', backup?.backupId ?? '');
    expect(restored.project.scenarios).toEqual(project.scenarios);
    expect(restored.project.functions).toEqual(project.functions);

    const colleague = make();
    try {
      expect(await colleague.api.importProject(utf8(text))).toMatchObject({ ok: true });
      const imported = (await colleague.api.openProject('variants')).project;
      expect(imported).toEqual({ ...reopened, updatedAt: imported.updatedAt });
    } finally {
      colleague.cleanup();
    }
  });

  it('imports a changed copy of a stored project under a new id, touching nothing', async () => {
    const { api } = setUp();
    await api.saveProject(blankProject(1, 'Mine'));
    const before = await api.openProject('project-1');
    const theirs = { ...blankProject(1, 'Theirs'), company: 'Colleague Ltd' };
    const outcome = await api.importProject(utf8(JSON.stringify(theirs)));
    expect(outcome.ok && outcome.summary.id).not.toBe('project-1');
    expect(await api.openProject('project-1')).toEqual(before);
    expect((await api.listProjects()).map((row) => row.name).sort()).toEqual(['Mine', 'Theirs']);
  });

  it('refuses a damaged import with what is wrong, and the library is untouched', async () => {
    const { api } = setUp();
    await api.saveProject(blankProject(1));
    const before = await api.listProjects();
    const outcome = await api.importProject(utf8('{"schemaVersion": 2, "id": "x", "name": 5}'));
    expect(outcome).toMatchObject({ ok: false, problem: { kind: 'invalid' } });
    expect(!outcome.ok && outcome.problem.detail).toMatch(/\$\.name/);
    expect(await api.listProjects()).toEqual(before);
  });

  it('keeps a recent list and settings across a restart', async () => {
    const { api, reopen } = setUp();
    await api.saveProject(blankProject(1));
    await api.markRecent('project-1');
    await api.updateSettings({ language: 'en', lastProjectId: 'project-1' });
    const again = reopen();
    expect((await again.listRecent()).map((row) => row.id)).toEqual(['project-1']);
    expect(await again.getSettings()).toMatchObject({ language: 'en', lastProjectId: 'project-1' });
  });
});
