import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import { createDesktopApi } from '../../../electron/main/desktop-api';
import { openPreferences } from '../../../electron/main/storage/preferences';
import { ProjectFiles } from '../../../electron/main/storage/project-files';
import { SettingsStore } from '../../../electron/main/storage/settings-store';
import { createLibrary } from '../../../shared/port/library';
import { DEFAULT_SETTINGS } from '../../../shared/port/settings';
import { blankProject } from '../shell/fixtures';
import { counterIds, testClock } from './back-ends';

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const settingsFile = () => join(folder, 'settings.json');
/** electron-store is conf with Electron's user-data folder; conf itself runs in Node. */
const createStore = () =>
  new Conf<Record<string, unknown>>({ cwd: folder, configName: 'settings' });

/** The desktop back end as the app starts it: settings opened first, then the library. */
async function start() {
  const clock = testClock();
  const { store, notices } = await openPreferences(settingsFile(), createStore, clock.now);
  const files = new ProjectFiles({ folder: join(folder, 'projects'), store, now: clock.now });
  const library = createLibrary(files, { now: clock.now, newId: counterIds() });
  const settings = new SettingsStore(store, notices);
  return createDesktopApi(library, settings, {
    chooseSavePath: async () => undefined,
    printFile: async () => false,
  });
}

const DAMAGE: readonly [string, (healthy: Buffer) => Buffer][] = [
  ['0 bytes', () => Buffer.alloc(0)],
  ['truncated', (healthy) => healthy.subarray(0, Math.floor(healthy.length / 2))],
  ['NUL-filled', (healthy) => Buffer.alloc(healthy.length)],
  ['not an object', () => Buffer.from('[1, 2, 3]')],
];

describe('a damaged settings file', () => {
  it.each(DAMAGE)(
    '(%s) is set aside and rebuilt; the library is all there',
    async (_name, damage) => {
      folder = mkdtempSync(join(tmpdir(), 'ssw-settings-'));
      const before = await start();
      await before.saveProject(blankProject(1, 'Ключевые клиенты'));
      await before.saveProject(blankProject(2, 'Support'));
      await before.updateSettings({ language: 'en', theme: 'dark', lastProjectId: 'project-2' });
      expect(await before.takeStartupNotices()).toEqual([]);
      const damaged = damage(readFileSync(settingsFile()));
      writeFileSync(settingsFile(), damaged);
      if (damaged.length === 0 || damaged[0] === 0) {
        // What used to stop the app from starting, every time.
        expect(createStore).toThrow();
      }

      const after = await start();
      expect(await after.takeStartupNotices()).toEqual(['settings-reset']);
      expect(await after.takeStartupNotices()).toEqual([]); // told once
      expect(await after.getSettings()).toEqual(DEFAULT_SETTINGS);
      // The index is rebuilt from the project files themselves.
      expect((await after.listProjects()).map((row) => row.name).sort()).toEqual([
        'Support',
        'Ключевые клиенты',
      ]);
      expect((await after.openProject('project-1')).project.name).toBe('Ключевые клиенты');

      // The damaged file is kept beside, byte for byte; the new one is healthy.
      const kept = readdirSync(folder).filter((name) => name.startsWith('settings.damaged-'));
      expect(kept).toHaveLength(1);
      expect(readFileSync(join(folder, kept[0] ?? ''))).toEqual(damaged);
      await after.updateSettings({ theme: 'contrast' });
      expect(JSON.parse(readFileSync(settingsFile(), 'utf8'))).toMatchObject({
        settings: { theme: 'contrast' },
      });

      // The next start is an ordinary one.
      expect(await (await start()).takeStartupNotices()).toEqual([]);
    },
  );

  it('is no notice when it is simply missing (a first start)', async () => {
    folder = mkdtempSync(join(tmpdir(), 'ssw-settings-'));
    const api = await start();
    expect(await api.takeStartupNotices()).toEqual([]);
    expect(await api.listProjects()).toEqual([]);
  });
});
