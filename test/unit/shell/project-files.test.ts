import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesktopApi } from '../../../electron/main/desktop-api';
import { BACKUPS_KEPT, ProjectFiles } from '../../../electron/main/storage/project-files';
import { SettingsStore } from '../../../electron/main/storage/settings-store';
import { renameProject } from '../../../shared/model';
import { DEFAULT_SETTINGS } from '../../../shared/port/settings';
import { blankProject, steppingClock } from './fixtures';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'ssw-files-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('desktop project files', () => {
  it('write one JSON file per project and read it back', async () => {
    const files = new ProjectFiles({ folder, now: steppingClock() });
    const project = blankProject(1, 'Ключевые клиенты');
    const receipt = await files.save(project);
    expect(await files.open(project.id)).toEqual({ ...project, updatedAt: receipt.savedAt });
    const onDisk = JSON.parse(readFileSync(files.fileOf(project.id), 'utf8'));
    expect(onDisk.name).toBe('Ключевые клиенты');
    // No temporary file is left behind by the atomic write.
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keep the previous versions as a rolling set of backups', async () => {
    const files = new ProjectFiles({ folder, now: steppingClock() });
    for (let version = 0; version < BACKUPS_KEPT + 2; version += 1) {
      await files.save(renameProject(blankProject(1), `v${version}`));
    }
    const backups = await files.backupsOf('project-1');
    expect(backups).toHaveLength(BACKUPS_KEPT);
    const names = backups.map(
      (name) => JSON.parse(readFileSync(join(folder, 'backups', 'project-1', name), 'utf8')).name,
    );
    expect(names).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
  });

  it('report a damaged file as damaged and leave it untouched', async () => {
    const files = new ProjectFiles({ folder, now: steppingClock() });
    await files.save(blankProject(2));
    writeFileSync(files.fileOf('project-2'), '{"schemaVersion": 2, "name": ');
    await expect(files.open('project-2')).rejects.toMatchObject({ code: 'damaged' });
    expect(readFileSync(files.fileOf('project-2'), 'utf8')).toBe('{"schemaVersion": 2, "name": ');
    await expect(files.open('absent')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('desktop settings', () => {
  it('fall back to defaults key by key and keep what was set', () => {
    const map = new Map<string, unknown>([['settings', { language: 'xx', theme: 'dark' }]]);
    const settings = new SettingsStore({
      get: (key) => map.get(key),
      set: (key, value) => void map.set(key, value),
    });
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(settings.update({ language: 'en' })).toEqual({ language: 'en', theme: 'dark' });
    expect(settings.get()).toEqual({ language: 'en', theme: 'dark' });
  });
});

describe('desktop PDF save', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7 test');
  const api = (choice: string | undefined) =>
    createDesktopApi(
      new ProjectFiles({ folder, now: steppingClock() }),
      new SettingsStore({ get: () => undefined, set: () => undefined }),
      { chooseSavePath: async () => choice },
    );

  it('writes the file the user chose', async () => {
    const target = join(folder, 'report.pdf');
    expect(await api(target).savePdf(pdf, 'report.pdf')).toEqual({ saved: true, path: target });
    expect(readFileSync(target)).toEqual(Buffer.from(pdf));
  });

  it('writes nothing when the dialog is cancelled', async () => {
    expect(await api(undefined).savePdf(pdf, 'report.pdf')).toEqual({ saved: false });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reports a folder that cannot be written', async () => {
    await expect(
      api(join(folder, 'missing', 'report.pdf')).savePdf(pdf, 'report.pdf'),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});
