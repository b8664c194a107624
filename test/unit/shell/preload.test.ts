import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BRIDGE_GLOBAL,
  channelOf,
  CLOSE_ANSWER_CHANNEL,
  CLOSE_REQUEST_CHANNEL,
  COMMAND_CHANNEL,
  FILE_OPENING_CHANNEL,
  OPEN_PROJECT_CHANNEL,
  RENDERER_LISTENING_CHANNEL,
  WORKBENCH_METHODS,
  type DesktopBridge,
} from '../../../shared/port/contract';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** The preload's view of electron: what it exposes, invokes, sends and listens to. */
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>();
  return {
    exposed: new Map<string, unknown>(),
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'answer' })),
    send: vi.fn(),
    listeners,
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener({}, ...args);
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    send: electron.send,
    on: (channel: string, listener: Listener) =>
      electron.listeners.set(channel, (electron.listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel: string, listener: Listener) =>
      electron.listeners.get(channel)?.delete(listener),
  },
}));

await import('../../../electron/preload/index');
const bridge = electron.exposed.get(BRIDGE_GLOBAL) as DesktopBridge;

beforeEach(() => {
  electron.invoke.mockClear();
  electron.send.mockClear();
});

describe('preload bridge', () => {
  it('exposes one function per port method and the four subscriptions, nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
    expect(Object.keys(bridge).sort()).toEqual(
      [
        ...WORKBENCH_METHODS,
        'onMenuCommand',
        'onOpenProject',
        'onFileOpening',
        'onCloseRequest',
      ].sort(),
    );
  });

  it('says when it listens for files from the OS, and passes on only a name or nothing', () => {
    const files: (string | undefined)[] = [];
    const stop = bridge.onFileOpening((file) => files.push(file));
    expect(electron.send).toHaveBeenCalledWith(RENDERER_LISTENING_CHANNEL);
    electron.emit(FILE_OPENING_CHANNEL, 'plan.ssw.json');
    electron.emit(FILE_OPENING_CHANNEL, { toString: () => 'x' });
    electron.emit(FILE_OPENING_CHANNEL, null);
    stop();
    electron.emit(FILE_OPENING_CHANNEL, 'later.ssw.json');
    expect(files).toEqual(['plan.ssw.json', undefined]);
  });

  it('invokes each method on its own channel only, with its arguments', async () => {
    expect(await bridge.renameProject('p-1', 'North')).toEqual({ ok: true, value: 'answer' });
    expect(electron.invoke).toHaveBeenCalledWith(channelOf('renameProject'), 'p-1', 'North');
  });

  it('passes on only known command ids and project-id-shaped strings, until unsubscribed', () => {
    const commands: string[] = [];
    const projects: string[] = [];
    const stopCommands = bridge.onMenuCommand((id) => commands.push(id));
    const stopProjects = bridge.onOpenProject((id) => projects.push(id));
    electron.emit(COMMAND_CHANNEL, 'edit.undo');
    electron.emit(COMMAND_CHANNEL, 'shell.exec');
    electron.emit(OPEN_PROJECT_CHANNEL, 'project-1');
    electron.emit(OPEN_PROJECT_CHANNEL, '../../etc/passwd');
    electron.emit(OPEN_PROJECT_CHANNEL, 42);
    stopCommands();
    stopProjects();
    electron.emit(COMMAND_CHANNEL, 'edit.redo');
    electron.emit(OPEN_PROJECT_CHANNEL, 'project-2');
    expect(commands).toEqual(['edit.undo']);
    expect(projects).toEqual(['project-1']);
  });

  it('answers a close request with the listener’s outcome; a failing listener answers false', async () => {
    const outcomes = [
      Promise.resolve(true),
      Promise.resolve(false),
      Promise.reject(new Error('x')),
    ];
    const stop = bridge.onCloseRequest(() => outcomes.shift() ?? Promise.resolve(true));
    electron.emit(CLOSE_REQUEST_CHANNEL, 1);
    electron.emit(CLOSE_REQUEST_CHANNEL, 2);
    electron.emit(CLOSE_REQUEST_CHANNEL, 3);
    electron.emit(CLOSE_REQUEST_CHANNEL, 'not a request id');
    await vi.waitFor(() => expect(electron.send).toHaveBeenCalledTimes(3));
    expect(electron.send.mock.calls).toEqual([
      [CLOSE_ANSWER_CHANNEL, 1, true],
      [CLOSE_ANSWER_CHANNEL, 2, false],
      [CLOSE_ANSWER_CHANNEL, 3, false],
    ]);
    stop();
    electron.emit(CLOSE_REQUEST_CHANNEL, 4);
    expect(electron.send).toHaveBeenCalledTimes(3);
  });
});
