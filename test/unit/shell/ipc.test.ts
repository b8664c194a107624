import { describe, expect, it } from 'vitest';
import {
  registerWorkbenchIpc,
  type IpcEventLike,
  type IpcMainLike,
} from '../../../electron/main/ipc';
import { isAppUrl } from '../../../electron/main/security';
import { channelOf, WORKBENCH_METHODS, type WorkbenchApi } from '../../../shared/port/contract';
import { PortError, type PortResult } from '../../../shared/port/errors';
import { DEFAULT_SETTINGS } from '../../../shared/port/settings';
import { projectWithVariants } from '../../fixtures/scenarios';
import { blankProject } from './fixtures';

const summary = {
  id: 'project-1',
  name: 'Design 1',
  company: '',
  updatedAt: '2026-11-26T10:00:00.000Z',
  functions: 0,
  fte: 0,
  openErrors: 0,
  scenarios: 1,
};

type Listener = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;

function setUp(overrides: Partial<WorkbenchApi> = {}) {
  const listeners = new Map<string, Listener>();
  const ipc: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
  const calls: string[] = [];
  const api: WorkbenchApi = {
    listProjects: async () => (calls.push('list'), []),
    openProject: async (id) => (
      calls.push(`open ${id}`),
      { project: blankProject(), revision: 'r1' }
    ),
    saveProject: async (project, base) => (
      calls.push(`save ${project.id} ${base ?? 'new'}`),
      { id: project.id, savedAt: 'now', revision: 'r2' }
    ),
    renameProject: async (id, name) => (calls.push(`rename ${id} ${name}`), summary),
    duplicateProject: async (id) => (calls.push(`duplicate ${id}`), summary),
    trashProject: async (id) => void calls.push(`trash ${id}`),
    restoreProject: async (id) => (calls.push(`restore ${id}`), summary),
    listTrash: async () => [],
    purgeProject: async (id) => void calls.push(`purge ${id}`),
    listBackups: async () => [],
    recoverProject: async (id, backupId) => (
      calls.push(`recover ${id} ${backupId}`),
      { project: blankProject(), revision: 'r3' }
    ),
    importProject: async (bytes) => (
      calls.push(`import ${bytes.byteLength}`),
      { ok: true, summary, alreadyPresent: false }
    ),
    exportProject: async (id) => (calls.push(`export ${id}`), { saved: false, fileName: 'x' }),
    listRecent: async () => [],
    markRecent: async (id) => void calls.push(`recent ${id}`),
    getSettings: async () => DEFAULT_SETTINGS,
    updateSettings: async (patch) => ({ ...DEFAULT_SETTINGS, ...patch }),
    savePdf: async (_pdf, fileName) => (calls.push(`pdf ${fileName}`), { saved: true }),
    printPdf: async (_pdf, fileName) => (calls.push(`print ${fileName}`), { printed: true }),
    takeStartupNotices: async () => [],
    updateMenuState: async (state) => void calls.push(`menu ${JSON.stringify(state)}`),
    ...overrides,
  };
  registerWorkbenchIpc(ipc, api, isAppUrl);
  const invoke = (
    method: string,
    args: unknown[],
    frame: IpcEventLike['senderFrame'] = { url: 'app://bundle/index.html', parent: null },
  ) => {
    const listener = listeners.get(`workbench:${method}`);
    if (!listener) throw new Error(`no handler for ${method}`);
    return listener({ senderFrame: frame }, ...args) as Promise<PortResult<unknown>>;
  };
  return { listeners, invoke, calls };
}

describe('IPC handlers', () => {
  it('listen on exactly one channel per port method', () => {
    const { listeners } = setUp();
    expect([...listeners.keys()].sort()).toEqual(WORKBENCH_METHODS.map(channelOf).sort());
  });

  it('answer a valid call from the app page', async () => {
    const { invoke, calls } = setUp();
    const project = blankProject(7);
    expect(await invoke('saveProject', [project])).toEqual({
      ok: true,
      value: { id: 'project-7', savedAt: 'now', revision: 'r2' },
    });
    // With the revision the edits started from, which crosses the bridge as given.
    await invoke('saveProject', [project, 'r1']);
    expect(calls).toEqual(['save project-7 new', 'save project-7 r1']);
  });

  it('pass a project with scenarios on whole, and refuse one whose variant is broken', async () => {
    const saved: unknown[] = [];
    const { invoke } = setUp({
      saveProject: async (project) => (
        saved.push(project),
        { id: project.id, savedAt: 'now', revision: 'r2' }
      ),
    });
    const project = projectWithVariants();
    expect(await invoke('saveProject', [project])).toMatchObject({ ok: true });
    expect(saved).toEqual([project]);

    const lean = project.scenarios?.list[2];
    const design = lean?.design;
    if (!project.scenarios || !lean || !design) throw new Error('the fixture has a stored variant');
    const dangling = { ...design, links: [{ ...design.links[0], to: 'no-such-function' }] };
    const list = project.scenarios.list.map((s) =>
      s === lean ? { ...lean, design: dangling } : s,
    );
    const broken = await invoke('saveProject', [
      { ...project, scenarios: { ...project.scenarios, list } },
    ]);
    expect(broken).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!broken.ok && broken.error.detail).toContain('scenario "Lean": no function with id');
    expect(saved).toHaveLength(1);
  });

  it('refuse a sender that is not the app page, without calling the back end', async () => {
    const { invoke, calls } = setUp();
    const foreign = await invoke('listProjects', [], { url: 'https://example.com/', parent: null });
    const framed = await invoke('listProjects', [], { url: 'app://bundle/index.html', parent: {} });
    const gone = await invoke('listProjects', [], null);
    for (const result of [foreign, framed, gone]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual([]);
  });

  it('reject a bad payload with a message that says where it is wrong', async () => {
    const { invoke, calls } = setUp();
    const traversal = await invoke('openProject', ['../../etc/passwd']);
    expect(traversal).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!traversal.ok && traversal.error.detail).toMatch(/openProject: argument 1/);

    const broken = { ...blankProject(), name: 42 };
    const badSave = await invoke('saveProject', [broken]);
    expect(badSave).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!badSave.ok && badSave.error.detail).toMatch(/argument 1 › name/);

    const extra = await invoke('listProjects', ['surprise']);
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-request' } });

    const notPdf = await invoke('savePdf', [new TextEncoder().encode('<html>'), 'report.pdf']);
    expect(notPdf).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const pdf = new TextEncoder().encode('%PDF-1.7 …');
    const escaping = await invoke('savePdf', [pdf, '../../.bashrc']);
    expect(escaping).toMatchObject({ ok: false, error: { code: 'invalid-request' } });

    const typo = await invoke('updateSettings', [{ langauge: 'en' }]);
    expect(typo).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls).toEqual([]);
  });

  it('take menu state for known commands only, with nothing but enabled and checked', async () => {
    const { invoke, calls } = setUp();
    const refused = [
      await invoke('updateMenuState', [{ 'shell.exec': { enabled: true } }]),
      await invoke('updateMenuState', [{ 'edit.undo': { enabled: 'yes' } }]),
      await invoke('updateMenuState', [{ 'edit.undo': { enabled: true, click: 'x' } }]),
    ];
    for (const result of refused) {
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    const state = {
      'edit.undo': { enabled: false },
      'view.detail': { enabled: true, checked: true },
    };
    expect(await invoke('updateMenuState', [state])).toEqual({ ok: true, value: undefined });
    expect(calls).toEqual([`menu ${JSON.stringify(state)}`]);
  });

  it('let a PDF through under a plain file name', async () => {
    const { invoke, calls } = setUp();
    const pdf = new TextEncoder().encode('%PDF-1.7 …');
    expect(await invoke('savePdf', [pdf, 'Ключевые клиенты.pdf'])).toEqual({
      ok: true,
      value: { saved: true },
    });
    expect(calls).toEqual(['pdf Ключевые клиенты.pdf']);
  });

  it('refuse library calls with paths, oversized imports or empty names before the back end', async () => {
    const { invoke, calls } = setUp();
    const refused = [
      await invoke('recoverProject', ['project-1', '../../settings.json']),
      await invoke('recoverProject', ['project-1', '.hidden']),
      await invoke('renameProject', ['project-1', '   ']),
      await invoke('renameProject', ['project-1', 'x'.repeat(201)]),
      await invoke('duplicateProject', ['../x', 'Copy']),
      await invoke('trashProject', ['__proto__']),
      await invoke('importProject', [new Uint8Array(60 * 1024 * 1024 + 1)]),
      await invoke('importProject', ['{"text":"not bytes"}']),
      await invoke('importProject', [{ not: 'bytes' }]),
      await invoke('markRecent', [42]),
    ];
    for (const answer of refused) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(calls).toEqual([]);
  });

  it('let valid library calls through, names trimmed', async () => {
    const { invoke, calls } = setUp();
    await invoke('renameProject', ['project-1', '  Пилот <b>1</b>  ']);
    await invoke('recoverProject', ['project-1', '2026-11-26T10-00-01-000Z-000001.ssw.json']);
    await invoke('importProject', [new TextEncoder().encode('{}')]);
    expect(calls).toEqual([
      'rename project-1 Пилот <b>1</b>',
      'recover project-1 2026-11-26T10-00-01-000Z-000001.ssw.json',
      'import 2',
    ]);
  });

  it('pass a back-end failure on as a typed error', async () => {
    const { invoke } = setUp({
      openProject: async () => {
        throw new PortError('damaged', 'project x is not valid JSON');
      },
      listProjects: async () => {
        throw new Error('disk on fire');
      },
    });
    expect(await invoke('openProject', ['x'])).toEqual({
      ok: false,
      error: { code: 'damaged', detail: 'project x is not valid JSON' },
    });
    expect(await invoke('listProjects', [])).toEqual({
      ok: false,
      error: { code: 'internal', detail: 'disk on fire' },
    });
  });
});
