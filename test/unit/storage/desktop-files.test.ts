import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesktopApi } from '../../../electron/main/desktop-api';
import { INDEX_FILE, ProjectFiles } from '../../../electron/main/storage/project-files';
import { SettingsStore } from '../../../electron/main/storage/settings-store';
import { CURRENT_SCHEMA_VERSION, renameProject } from '../../../shared/model';
import { CHECKPOINT_MINUTES, RECENT_CHECKPOINTS } from '../../../shared/port/checkpoints';
import { createLibrary } from '../../../shared/port/library';
import { projectFileText } from '../../../shared/port/project-file';
import { loadSample } from '../../../shared/samples';
import { downgradeToV1 } from '../domain/v1-downgrade';
import { blankProject } from '../shell/fixtures';
import { counterIds, desktopBackEnd } from './back-ends';

let backEnd: ReturnType<typeof desktopBackEnd>;
let projects: string;
beforeEach(() => {
  backEnd = desktopBackEnd();
  projects = join(backEnd.folder, 'projects');
});
afterEach(() => backEnd.cleanup());

const fileOf = (id: string) => join(projects, `${id}.ssw.json`);
const namesIn = (folder: string) => (existsSync(folder) ? readdirSync(folder).sort() : []);

describe('desktop project files', () => {
  it('detect a file another program changed since it was opened, and never overwrite it', async () => {
    const { api } = backEnd;
    await api.saveProject(blankProject(1, 'Mine'));
    const opened = await api.openProject('project-1');
    // A sync client or an editor rewrites the file behind the app's back (same size, too).
    const theirs = readFileSync(fileOf('project-1'), 'utf8').replace('"Mine"', '"Ours"');
    writeFileSync(fileOf('project-1'), theirs);
    await expect(
      api.saveProject(renameProject(opened.project, 'Mine 2'), opened.revision),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(readFileSync(fileOf('project-1'), 'utf8')).toBe(theirs);
    expect(namesIn(projects).filter((name) => name.includes('.tmp'))).toEqual([]);
    // Reloaded, the user's next save goes through.
    const again = await api.openProject('project-1');
    expect(again.project.name).toBe('Ours');
    await api.saveProject(renameProject(again.project, 'Mine 2'), again.revision);
  });

  it('say a folder standing where a project file should be is damaged, not "unexpected"', async () => {
    const { api } = backEnd;
    await api.saveProject(blankProject(1, 'Mine'));
    rmSync(fileOf('project-1'));
    mkdirSync(fileOf('project-1'));
    await expect(api.openProject('project-1')).rejects.toMatchObject({ code: 'damaged' });
    await expect(api.saveProject(blankProject(1, 'Mine'))).rejects.toMatchObject({
      code: 'damaged',
    });
  });

  it('write one JSON file per project atomically, leaving no temporary file', async () => {
    const { api } = backEnd;
    const receipt = await api.saveProject(blankProject(1, 'Ключевые клиенты'));
    const onDisk = readFileSync(fileOf('project-1'), 'utf8');
    expect(onDisk).toBe(
      projectFileText({ ...blankProject(1, 'Ключевые клиенты'), updatedAt: receipt.savedAt }),
    );
    expect(namesIn(projects).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it(`rotate checkpoints on disk: the ${RECENT_CHECKPOINTS} newest of one day`, async () => {
    for (let version = 0; version < RECENT_CHECKPOINTS + 4; version += 1) {
      backEnd.clock.advance(CHECKPOINT_MINUTES * 60 * 1000);
      await backEnd.api.saveProject(renameProject(blankProject(1), `v${version}`));
    }
    const folder = join(projects, 'backups', 'project-1');
    const names = namesIn(folder).map(
      (name) => JSON.parse(readFileSync(join(folder, name), 'utf8')).name as string,
    );
    expect(names).toEqual(['v3', 'v4', 'v5', 'v6', 'v7']);
  });

  it('report a damaged file, leave it untouched, and recover from the newest good backup', async () => {
    const { api } = backEnd;
    await api.saveProject(renameProject(blankProject(1), 'Good 1'));
    await api.saveProject(renameProject(blankProject(1), 'Good 2'));
    await api.listProjects(); // the index knows the project by name
    const junk = '{"schemaVersion": 2, "name": "Good 2", "functions": [\u0000\u0000';
    writeFileSync(fileOf('project-1'), junk);

    const listed = await api.listProjects();
    expect(listed).toEqual([
      expect.objectContaining({ id: 'project-1', name: 'Good 2', damaged: true }),
    ]);
    await expect(api.openProject('project-1')).rejects.toMatchObject({ code: 'damaged' });
    expect(readFileSync(fileOf('project-1'), 'utf8')).toBe(junk);

    const backups = await api.listBackups('project-1');
    expect(backups[0]).toMatchObject({ readable: true, name: 'Good 1' });
    const recovered = await api.recoverProject('project-1', backups[0]?.backupId ?? '');
    expect(recovered.project.name).toBe('Good 1');
    expect((await api.openProject('project-1')).project.name).toBe('Good 1');
    // The damaged file is kept aside, byte for byte; the library lists the project as fine.
    const aside = namesIn(join(projects, 'damaged'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(projects, 'damaged', aside[0] ?? ''), 'utf8')).toBe(junk);
    expect((await api.listProjects())[0]).not.toHaveProperty('damaged');
  });

  it('never overwrite a damaged file: a save sets it aside and keeps the good backups', async () => {
    const { api } = backEnd;
    await api.saveProject(renameProject(blankProject(1), 'Good'));
    await api.saveProject(renameProject(blankProject(1), 'Good again'));
    writeFileSync(fileOf('project-1'), 'truncated {');
    await api.saveProject(renameProject(blankProject(1), 'From memory'));
    const aside = namesIn(join(projects, 'damaged'));
    expect(aside.map((name) => readFileSync(join(projects, 'damaged', name), 'utf8'))).toEqual([
      'truncated {',
    ]);
    expect((await api.listBackups('project-1')).map((b) => b.name)).toEqual(['Good']);
  });

  it('migrate an old-version file on open, keeping the original beside it', async () => {
    const { api } = backEnd;
    mkdirSync(projects, { recursive: true });
    const original = `${JSON.stringify(downgradeToV1({ ...loadSample('key-accounts', 'ru'), id: 'old' }), null, 2)}\n`;
    writeFileSync(fileOf('old'), original);

    const opened = await api.openProject('old');
    expect(opened.migratedFrom).toBe(1);
    expect(JSON.parse(readFileSync(fileOf('old'), 'utf8')).schemaVersion).toBe(
      CURRENT_SCHEMA_VERSION,
    );
    const kept = join(projects, 'backups', 'old', 'original-v1.ssw.json');
    expect(readFileSync(kept, 'utf8')).toBe(original);
    expect((await api.listBackups('old')).some((b) => b.kind === 'original' && b.readable)).toBe(
      true,
    );
    // Opened again, it is current: no second migration.
    expect((await api.openProject('old')).migratedFrom).toBeUndefined();
  });

  it('keep the index consistent with the files, whatever happened behind its back', async () => {
    const { api, store } = backEnd;
    await api.saveProject(blankProject(1, 'One'));
    await api.saveProject(blankProject(2, 'Two'));
    await api.saveProject(blankProject(3, 'Three'));
    const names = async () => (await api.listProjects()).map((row) => row.name).sort();
    expect(await names()).toEqual(['One', 'Three', 'Two']);

    // Edited outside the app, removed outside the app, written before a crash hit the index.
    writeFileSync(fileOf('project-1'), projectFileText(blankProject(1, 'One, edited')));
    rmSync(fileOf('project-2'));
    const files = new ProjectFiles({
      folder: projects,
      store: { get: (k) => store.get(k), set: (k, v) => void store.set(k, v) },
      now: () => new Date(),
    });
    await files.write(blankProject(4, 'Four, index not updated'));
    expect(await names()).toEqual(['Four, index not updated', 'One, edited', 'Three']);
    const indexFile = join(projects, INDEX_FILE);
    const indexed = (JSON.parse(readFileSync(indexFile, 'utf8')) as { id: string }[])
      .map((entry) => entry.id)
      .sort();
    expect(indexed).toEqual(['project-1', 'project-3', 'project-4']);

    // A lost or garbled index is rebuilt from the files, and the user is told once.
    writeFileSync(indexFile, '{"surprise": true}');
    expect(await files.takeNotices()).toEqual(['index-rebuilt']);
    expect(await names()).toEqual(['Four, index not updated', 'One, edited', 'Three']);
    expect(await files.takeNotices()).toEqual([]);
    writeFileSync(indexFile, '');
    expect(await names()).toEqual(['Four, index not updated', 'One, edited', 'Three']);
    rmSync(indexFile);
    expect(await names()).toEqual(['Four, index not updated', 'One, edited', 'Three']);
  });

  it('keep the index beside the projects, out of the settings, untouched by a save', async () => {
    const { api, store } = backEnd;
    await api.saveProject(blankProject(1, 'One'));
    await api.listProjects();
    const indexFile = join(projects, INDEX_FILE);
    const before = readFileSync(indexFile, 'utf8');
    expect([...store.keys()]).not.toContain('libraryIndex');
    const opened = await api.openProject('project-1');
    await api.saveProject(renameProject(opened.project, 'One, renamed'), opened.revision);
    expect(readFileSync(indexFile, 'utf8')).toBe(before);
    // The next listing sees the new name all the same (the stamp changed), and records it.
    expect((await api.listProjects()).map((row) => row.name)).toEqual(['One, renamed']);
    expect(readFileSync(indexFile, 'utf8')).toContain('One, renamed');
    expect(await api.takeStartupNotices()).toEqual([]);
  });

  it('clear temporary files an interrupted write left behind, on the next listing', async () => {
    const { api } = backEnd;
    await api.saveProject(blankProject(1));
    writeFileSync(join(projects, '.project-1.ssw.json.0a1b2c3d4e5f.tmp'), '{"half": ');
    await api.listProjects();
    expect(namesIn(projects).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('read only the files it wrote: other names in the folder are left alone', async () => {
    const { api } = backEnd;
    await api.saveProject(blankProject(1));
    writeFileSync(join(projects, 'notes.txt'), 'hello');
    writeFileSync(join(projects, '../escape.ssw.json'), '{}');
    writeFileSync(join(projects, 'has space.ssw.json'), projectFileText(blankProject(9)));
    expect((await api.listProjects()).map((row) => row.id)).toEqual(['project-1']);
  });
});

describe('desktop file export and PDF save', () => {
  /** What the print dialog was shown: the file and its bytes at that moment. */
  const printed: { path: string; bytes: Buffer }[] = [];
  const make = (choice: string | undefined, print = true) =>
    createDesktopApi(
      createLibrary(
        new ProjectFiles({ folder: projects, store: new Map(), now: () => new Date() }),
        { now: () => new Date(), newId: counterIds() },
      ),
      new SettingsStore({ get: () => undefined, set: () => undefined }),
      {
        chooseSavePath: async () => choice,
        printFile: async (path) => {
          printed.push({ path, bytes: readFileSync(path) });
          return print;
        },
      },
    );
  const pdf = new TextEncoder().encode('%PDF-1.7 test');

  it('prints the PDF from a file that lives only as long as the print dialog', async () => {
    printed.length = 0;
    expect(await make(undefined).printPdf(pdf, 'Key accounts.pdf')).toEqual({ printed: true });
    expect(await make(undefined, false).printPdf(pdf, 'report.pdf')).toEqual({ printed: false });
    expect(printed.map((p) => basename(p.path))).toEqual(['Key accounts.pdf', 'report.pdf']);
    for (const { path, bytes } of printed) {
      expect(bytes).toEqual(Buffer.from(pdf));
      expect(existsSync(path)).toBe(false);
    }
  });

  it('writes the PDF the user chose', async () => {
    const target = join(backEnd.folder, 'report.pdf');
    expect(await make(target).savePdf(pdf, 'report.pdf')).toEqual({ saved: true, path: target });
    expect(readFileSync(target)).toEqual(Buffer.from(pdf));
  });

  it('writes nothing when the dialog is cancelled', async () => {
    expect(await make(undefined).savePdf(pdf, 'report.pdf')).toEqual({ saved: false });
    const api = make(undefined);
    await api.saveProject(blankProject(1, 'A/B: "C"'));
    expect(await api.exportProject('project-1')).toEqual({
      saved: false,
      fileName: 'A B C .ssw.json'.replace(' .', '.'),
    });
  });

  it('reports a folder that cannot be written', async () => {
    await expect(
      make(join(backEnd.folder, 'missing', 'report.pdf')).savePdf(pdf, 'report.pdf'),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});
