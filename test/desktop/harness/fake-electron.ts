import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type {
  BrowserWindowConstructorOptions,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  SaveDialogOptions,
} from 'electron';

/**
 * A stand-in for the parts of the `electron` module our main process uses. It does what main
 * asks where that is cheap and observable (events, handlers, files) and records the rest, so
 * the harness can drive main and the tests can check what it asked for. It is not Electron:
 * nothing here says how Electron itself behaves beyond its documented API.
 */

/** An Electron event object: main calls preventDefault to refuse something. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** What the harness does for a window: show its page, deliver messages, close the page. */
export interface WindowHost {
  load(window: FakeBrowserWindow, url: string): Promise<void>;
  deliver(window: FakeBrowserWindow, channel: string, args: readonly unknown[]): void;
  /** Unloads the page; false when its beforeunload kept it open (Electron then cancels). */
  unload(window: FakeBrowserWindow): Promise<boolean>;
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  readonly sent: { channel: string; args: unknown[] }[] = [];

  constructor(
    private readonly window: FakeBrowserWindow,
    private readonly host: WindowHost,
    private readonly electron: FakeElectron,
  ) {
    super();
  }

  /**
   * The print dialog: records what the window showed (a file's bytes as they were then) and
   * answers as scripted — printed, unless the test queued a cancel.
   */
  print(options: unknown, callback: (printed: boolean, reason: string) => void): void {
    const url = this.window.url;
    const bytes = url?.startsWith('file:') ? readFileSync(fileURLToPath(url)) : undefined;
    this.electron.printJobs.push({ url, options, bytes });
    const printed = this.electron.script.printAnswers.shift() ?? true;
    callback(printed, printed ? '' : 'Print job canceled');
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
    this.host.deliver(this.window, channel, args);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  url: string | undefined;
  shown = false;
  focused = 0;
  #destroyed = false;
  #closing = false;

  constructor(
    readonly options: BrowserWindowConstructorOptions,
    private readonly electron: FakeElectron,
  ) {
    super();
    this.webContents = new FakeWebContents(this, electron.host, electron);
    electron.windows.push(this);
  }

  async loadURL(url: string): Promise<void> {
    this.url = url;
    await this.electron.host.load(this, url);
    this.webContents.emit('did-finish-load');
    this.emit('ready-to-show');
  }

  /** As Electron: 'close' (main may prevent it), then the page's beforeunload, then 'closed'. */
  close(): void {
    if (this.#destroyed || this.#closing) return;
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.#closing = true;
    void this.electron.host.unload(this).then((unloaded) => {
      this.#closing = false;
      if (unloaded) this.destroy();
      else this.electron.record('close cancelled by beforeunload');
    });
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.electron.windows.splice(this.electron.windows.indexOf(this), 1);
    this.emit('closed');
    if (this.electron.windows.length === 0) this.electron.app.emit('window-all-closed');
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused += 1;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  maximize(): void {}
  isMaximized(): boolean {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1280, height: 800 };
  }
}

export class FakeApp extends EventEmitter {
  readonly isPackaged = false;
  /** What requestSingleInstanceLock answers: false plays a second start of the app. */
  hasLock = true;
  quitRequests = 0;
  exitCode: number | undefined;
  readonly #paths: Record<string, string>;

  constructor(paths: { userData: string; documents: string }) {
    super();
    this.#paths = { ...paths };
  }

  getPath(name: string): string {
    const path = this.#paths[name];
    if (!path) throw new Error(`fake app.getPath: no path for ${name}`);
    return path;
  }
  setPath(name: string, path: string): void {
    this.#paths[name] = path;
  }
  getVersion(): string {
    return '0.0.0-harness';
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  quit(): void {
    this.quitRequests += 1;
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
}

/** A built menu: the template main passed, with the lookups the tests need. */
export class FakeMenu {
  constructor(readonly template: MenuItemConstructorOptions[]) {}

  /** Depth-first, as Menu.getMenuItemById. */
  getMenuItemById(id: string): MenuItemConstructorOptions | undefined {
    const search = (
      items: readonly MenuItemConstructorOptions[],
    ): MenuItemConstructorOptions | undefined => {
      for (const item of items) {
        if (item.id === id) return item;
        const inner = Array.isArray(item.submenu) ? search(item.submenu) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    return search(this.template);
  }
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string) => boolean;
type InvokeListener = (event: unknown, ...args: unknown[]) => Promise<unknown>;
type MessageListener = (event: unknown, ...args: unknown[]) => void;
type ProtocolHandler = (request: Request) => Promise<Response>;

/** Scripted answers of the native dialogs, taken in order; recorded calls alongside. */
export interface DialogScript {
  savePaths: (string | undefined)[];
  messageBoxResponses: number[];
  /** Whether each print dialog prints (true) or is cancelled. */
  printAnswers: boolean[];
}

export class FakeElectron {
  readonly log: string[] = [];
  readonly windows: FakeBrowserWindow[] = [];
  readonly app: FakeApp;
  readonly invokeHandlers = new Map<string, InvokeListener>();
  readonly messageListeners = new Map<string, Set<MessageListener>>();
  readonly protocolHandlers = new Map<string, ProtocolHandler>();
  readonly privilegedSchemes: unknown[] = [];
  readonly script: DialogScript = { savePaths: [], messageBoxResponses: [], printAnswers: [] };
  readonly printJobs: { url: string | undefined; options: unknown; bytes: Buffer | undefined }[] =
    [];
  readonly saveDialogs: SaveDialogOptions[] = [];
  readonly messageBoxes: MessageBoxOptions[] = [];
  readonly errorBoxes: { title: string; content: string }[] = [];
  readonly openedExternally: string[] = [];
  applicationMenu: FakeMenu | undefined;
  permissionRequestHandler: PermissionRequestHandler | undefined;
  permissionCheckHandler: PermissionCheckHandler | undefined;

  constructor(
    readonly host: WindowHost,
    paths: { userData: string; documents: string },
  ) {
    this.app = new FakeApp(paths);
  }

  record(line: string): void {
    this.log.push(line);
  }

  /** The module object the `electron` import of main.js resolves to. */
  module() {
    return {
      app: this.app,
      BrowserWindow: windowClass(this),
      ipcMain: {
        handle: (channel: string, listener: InvokeListener) => {
          if (this.invokeHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
          this.invokeHandlers.set(channel, listener);
        },
        on: (channel: string, listener: MessageListener) => {
          const set = this.messageListeners.get(channel) ?? new Set();
          this.messageListeners.set(channel, set.add(listener));
        },
        removeListener: (channel: string, listener: MessageListener) => {
          this.messageListeners.get(channel)?.delete(listener);
        },
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown[]) => {
          this.privilegedSchemes.push(...schemes);
        },
        handle: (scheme: string, handler: ProtocolHandler) => {
          this.protocolHandlers.set(scheme, handler);
        },
      },
      net: {
        /** Only file: URLs, which is all main fetches; a missing file rejects, as in Electron. */
        fetch: async (url: string): Promise<Response> =>
          new Response(await readFile(fileURLToPath(url)), { status: 200 }),
      },
      Menu: {
        buildFromTemplate: (template: MenuItemConstructorOptions[]) => new FakeMenu(template),
        setApplicationMenu: (menu: FakeMenu | null) => {
          this.applicationMenu = menu ?? undefined;
        },
        getApplicationMenu: () => this.applicationMenu ?? null,
      },
      dialog: {
        showSaveDialog: async (...args: [unknown, SaveDialogOptions] | [SaveDialogOptions]) => {
          this.saveDialogs.push(args.length === 2 ? args[1] : args[0]);
          const filePath = this.script.savePaths.shift();
          return { canceled: filePath === undefined, filePath: filePath ?? '' };
        },
        showMessageBox: async (_window: unknown, options: MessageBoxOptions) => {
          this.messageBoxes.push(options);
          const response = this.script.messageBoxResponses.shift();
          if (response === undefined) throw new Error('fake dialog: no scripted answer');
          return { response, checkboxChecked: false };
        },
        showErrorBox: (title: string, content: string) => {
          this.errorBoxes.push({ title, content });
        },
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (handler: PermissionRequestHandler) => {
            this.permissionRequestHandler = handler;
          },
          setPermissionCheckHandler: (handler: PermissionCheckHandler) => {
            this.permissionCheckHandler = handler;
          },
        },
      },
      screen: {
        getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
      },
      shell: {
        openExternal: async (url: string) => {
          this.openedExternally.push(url);
        },
      },
    };
  }
}

/** BrowserWindow as main constructs it (`new BrowserWindow(options)`), bound to one fake. */
function windowClass(electron: FakeElectron) {
  return class BrowserWindow extends FakeBrowserWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      super(options, electron);
    }
  };
}
