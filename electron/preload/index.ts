import { contextBridge, ipcRenderer } from 'electron';
import { isCommandId, type CommandId } from '../../shared/commands/commands';
import {
  BRIDGE_GLOBAL,
  channelOf,
  CLOSE_ANSWER_CHANNEL,
  CLOSE_REQUEST_CHANNEL,
  COMMAND_CHANNEL,
  type CloseRequestListener,
  FILE_OPENING_CHANNEL,
  OPEN_PROJECT_CHANNEL,
  RENDERER_LISTENING_CHANNEL,
  WORKBENCH_METHODS,
  type DesktopBridge,
} from '../../shared/port/contract';

/**
 * The bridge: one function per port method, each invoking only its own channel, and a
 * menu-command subscription that passes on nothing but a known command id. ipcRenderer itself
 * never reaches the page.
 */
const methods = Object.fromEntries(
  WORKBENCH_METHODS.map((method) => [
    method,
    (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args),
  ]),
);

const bridge = {
  ...methods,
  onMenuCommand(listener: (id: CommandId) => void): () => void {
    const relay = (_event: Electron.IpcRendererEvent, id: unknown) => {
      if (isCommandId(id)) listener(id);
    };
    ipcRenderer.on(COMMAND_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, relay);
    };
  },
  onOpenProject(listener: (id: string) => void): () => void {
    const relay = (_event: Electron.IpcRendererEvent, id: unknown) => {
      // Only something shaped like a project id gets through; the port validates it again.
      if (typeof id === 'string' && /^[\w-]{1,100}$/.test(id)) listener(id);
    };
    ipcRenderer.on(OPEN_PROJECT_CHANNEL, relay);
    // Main holds a project to open (a file handed over while the window started) until then.
    ipcRenderer.send(RENDERER_LISTENING_CHANNEL);
    return () => {
      ipcRenderer.removeListener(OPEN_PROJECT_CHANNEL, relay);
    };
  },
  onFileOpening(listener: (file: string | undefined) => void): () => void {
    const relay = (_event: Electron.IpcRendererEvent, file: unknown) => {
      // A file name or nothing; the renderer shows it as text.
      if (file === null) listener(undefined);
      else if (typeof file === 'string') listener(file.slice(0, 300));
    };
    ipcRenderer.on(FILE_OPENING_CHANNEL, relay);
    ipcRenderer.send(RENDERER_LISTENING_CHANNEL);
    return () => {
      ipcRenderer.removeListener(FILE_OPENING_CHANNEL, relay);
    };
  },
  onCloseRequest(listener: CloseRequestListener): () => void {
    const relay = (_event: Electron.IpcRendererEvent, requestId: unknown) => {
      if (typeof requestId !== 'number') return;
      // A listener that throws has not stored the work: main then asks the user.
      const answer = (safe: boolean) => ipcRenderer.send(CLOSE_ANSWER_CHANNEL, requestId, safe);
      listener().then(answer, () => answer(false));
    };
    ipcRenderer.on(CLOSE_REQUEST_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(CLOSE_REQUEST_CHANNEL, relay);
    };
  },
} as DesktopBridge; // Built from WORKBENCH_METHODS, which lists every method of the contract.

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
