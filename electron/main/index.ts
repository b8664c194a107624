// Both languages' catalogs: the menu, dialogs and headless export translate in either.
import '../../shared/i18n/all';
import { randomUUID } from 'node:crypto';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  screen,
  session,
} from 'electron';
import Store from 'electron-store';
import type { CommandId } from '../../shared/commands/commands';
import type { Language } from '../../shared/i18n';
import {
  COMMAND_CHANNEL,
  OPEN_PROJECT_CHANNEL,
  RENDERER_LISTENING_CHANNEL,
  type MenuState,
} from '../../shared/port/contract';
import { createLibrary } from '../../shared/port/library';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { failedSaveDialog, guardClose } from './close-guard';
import { createDesktopApi, notifyingLibraryChanges } from './desktop-api';
import { headlessExportArgs, runExport } from './headless-export';
import { isTrustedSender, registerWorkbenchIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { createFileOpener, projectFileArgs } from './open-file';
import { createProjectReader } from './project-reader';
import { RendererRelay } from './renderer-relay';
import { APP_ENTRY_URL, APP_SCHEME, bundleFileFor, contentTypeOf, isAppUrl } from './security';
import { openPreferences } from './storage/preferences';
import { ProjectFiles } from './storage/project-files';
import { SettingsStore, type KeyValueStore } from './storage/settings-store';
import { initialWindowBounds } from './window-state';

// Not `new URL('.', import.meta.url)`: Vite takes that for an asset and inlines this very
// source file as a data: URL, and the app would stop at its first line.
const here = dirname(fileURLToPath(import.meta.url));
const bundleFolder = join(here, '..', 'dist');
const development = !app.isPackaged;

// Tests (and users who keep several profiles) point the app at another data folder.
if (process.env.SSW_USER_DATA_DIR) app.setPath('userData', process.env.SSW_USER_DATA_DIR);

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const exportArgs = headlessExportArgs(process.argv);
if (exportArgs) {
  // Headless: no window, no single-instance lock; the exit code tells scripts how it went.
  void runExport(exportArgs, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    cwd: process.cwd(),
    now: () => new Date(),
  }).then((code) => app.exit(code));
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    focusMainWindow();
    void openFiles?.(projectFileArgs(argv.slice(1), cwd));
  });
  // macOS hands files over by event, also before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (openFiles) void openFiles([path]);
    else pendingFiles.push(path);
  });
  void app.whenReady().then(start);
}

let mainWindow: BrowserWindow | undefined;
/** Files to open, from the command line or the OS, until the library is ready for them. */
const pendingFiles: string[] = exportArgs
  ? []
  : projectFileArgs(process.argv.slice(1), process.cwd());
let openFiles: ((paths: readonly string[]) => Promise<void>) | undefined;
let recentMenu: readonly { id: string; name: string }[] = [];
/** What the renderer last said about its commands; reapplied whenever the menu is rebuilt. */
let menuState: MenuState = {};
let rendererLoaded = false;
/** Files from the OS being opened, and projects to show: held until the renderer listens. */
const relay = new RendererRelay((channel, value) => mainWindow?.webContents.send(channel, value));

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  serveBundle();
  denyPermissions();

  const now = () => new Date();
  const { store: preferences, notices } = await openPreferences(
    join(app.getPath('userData'), 'settings.json'),
    () => new Store({ name: 'settings' }),
    now,
  );
  const settings = new SettingsStore(preferences, notices);
  const projects = new ProjectFiles({
    folder: join(app.getPath('userData'), 'projects'),
    store: preferences,
    now,
  });
  // Files are read and parsed in worker threads (node:worker_threads rather than Electron's
  // utilityProcess: the same code runs in the Node harness and tests, and a thread starts
  // faster), so no file holds up this process: the window, the menu, IPC, a second start.
  const reader = createProjectReader(join(here, 'read-project.worker.js'));
  const library = createLibrary(projects, { now, newId: randomUUID, readFile: reader.readBytes });
  const api = createDesktopApi(
    library,
    settings,
    {
      async chooseSavePath(suggestedName, kind) {
        const options = {
          defaultPath: join(app.getPath('documents'), suggestedName),
          filters:
            kind === 'pdf'
              ? [{ name: 'PDF', extensions: ['pdf'] }]
              : [{ name: 'Sales System Workbench', extensions: ['ssw.json', 'json'] }],
        };
        const result = mainWindow
          ? await dialog.showSaveDialog(mainWindow, options)
          : await dialog.showSaveDialog(options);
        return result.canceled ? undefined : result.filePath;
      },
      printFile: printPdfFile,
    },
    () => projects.takeNotices(),
  );
  const refreshRecentMenu = async () => {
    const next = (await api.listRecent()).map(({ id, name }) => ({ id, name }));
    if (JSON.stringify(next) === JSON.stringify(recentMenu)) return;
    recentMenu = next;
    installMenu(settings.get().language);
  };
  const refreshMenuSoon = () => void refreshRecentMenu().catch((e: unknown) => console.error(e));
  const openInApp = async (id: string) => {
    await api.markRecent(id);
    settings.update({ lastProjectId: id });
    refreshMenuSoon();
    relay.openProject(id);
  };
  openFiles = createFileOpener({
    library,
    read: reader.readPath,
    language: () => settings.get().language,
    open: openInApp,
    showError: (message) => dialog.showErrorBox('Sales System Workbench', message),
    opening: (file) => relay.opening(file),
  }).openAll;
  await refreshRecentMenu().catch((error: unknown) => console.error(error));
  ipcMain.on(RENDERER_LISTENING_CHANNEL, (event) => {
    if (isTrustedSender(event, isAppUrl)) relay.listening();
  });

  registerWorkbenchIpc(
    ipcMain,
    {
      ...notifyingLibraryChanges(api, refreshMenuSoon),
      async updateSettings(patch) {
        const next = await api.updateSettings(patch);
        if (patch.language) installMenu(next.language);
        return next;
      },
      async updateMenuState(state) {
        if (isDeepStrictEqual(state, menuState)) return;
        menuState = state;
        installMenu(settings.get().language);
      },
      cancelOpening: async () => reader.cancel(),
    },
    isAppUrl,
  );

  installMenu(settings.get().language);
  mainWindow = createWindow(preferences, () => settings.get().language);
  app.on('window-all-closed', () => app.quit());
  // Files named at start are read once the window is there: it shows "Opening …" meanwhile,
  // and then the last of them.
  void openFiles(pendingFiles.splice(0));
}

function installMenu(language: Language): void {
  const template = buildMenuTemplate({
    language,
    platform: process.platform,
    development,
    perform: (id: CommandId) => mainWindow?.webContents.send(COMMAND_CHANNEL, id),
    recent: recentMenu,
    openRecent: (id) => mainWindow?.webContents.send(OPEN_PROJECT_CHANNEL, id),
    state: menuState,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/**
 * Serves dist/ on app://bundle with the CSP header and a content type of our own choosing (so
 * `nosniff` cannot meet a guessed one); nothing outside dist/, and no other kind of file, is
 * reachable.
 */
function serveBundle(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = bundleFileFor(request.url, bundleFolder, sep);
    const type = file && contentTypeOf(file);
    if (!file || !type) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString()).catch(() => undefined);
    if (!response?.ok) return new Response('Not found', { status: 404 });
    const headers = new Headers(response.headers);
    headers.set('Content-Type', type);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

/**
 * The system print dialog for a PDF file: a hidden window shows it in Chromium's PDF viewer and
 * prints that (Electron prints a PDF document since 30.x). No preload, no Node, sandboxed; it
 * may not navigate or open windows, and it goes away when the dialog closes.
 */
function printPdfFile(path: string): Promise<boolean> {
  const url = pathToFileURL(path).toString();
  const window = new BrowserWindow({
    show: false,
    parent: mainWindow,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      javascript: false,
      plugins: true,
      webviewTag: false,
    },
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  return new Promise<boolean>((resolve, reject) => {
    window.webContents.once('did-finish-load', () => {
      window.webContents.print({ silent: false, printBackground: true }, (printed, reason) => {
        window.destroy();
        if (printed || /cancel/i.test(reason)) resolve(printed);
        else reject(new Error(`printing failed: ${reason}`));
      });
    });
    window.loadURL(url).catch((error: unknown) => {
      window.destroy();
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
}

function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
}

const WINDOW_STATE_KEY = 'window';
/** Saving even a large project takes well under a second; a renderer this late is stuck. */
const CLOSE_ANSWER_TIMEOUT_MS = 15_000;

function createWindow(preferences: KeyValueStore, language: () => Language): BrowserWindow {
  const initial = initialWindowBounds(
    preferences.get(WINDOW_STATE_KEY),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...initial.bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Sales System Workbench',
    webPreferences: {
      preload: join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.on('did-finish-load', () => {
    rendererLoaded = true;
  });
  // A reload: what main has for the renderer waits until the new page listens.
  window.webContents.on('did-start-loading', () => relay.deaf());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.once('ready-to-show', () => {
    if (initial.maximized) window.maximize();
    window.show();
  });
  guardClose(window, {
    ipc: ipcMain,
    isTrustedUrl: isAppUrl,
    rendererReady: () => rendererLoaded,
    answerTimeoutMs: CLOSE_ANSWER_TIMEOUT_MS,
    async askAfterFailedSave() {
      const { options, choiceOf } = failedSaveDialog(language());
      return choiceOf((await dialog.showMessageBox(window, options)).response);
    },
  });
  window.on('close', () => {
    preferences.set(WINDOW_STATE_KEY, {
      ...window.getNormalBounds(),
      maximized: window.isMaximized(),
    });
  });
  window.on('closed', () => {
    mainWindow = undefined;
    relay.deaf();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
