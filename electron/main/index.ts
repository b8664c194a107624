import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
import { COMMAND_CHANNEL } from '../../shared/port/contract';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { runExport } from '../cli/export';
import { createDesktopApi } from './desktop-api';
import { headlessExportArgs } from './headless-export';
import { registerWorkbenchIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { APP_ENTRY_URL, APP_SCHEME, bundleFileFor, isAppUrl } from './security';
import { ProjectFiles } from './storage/project-files';
import { SettingsStore, type KeyValueStore } from './storage/settings-store';
import { initialWindowBounds } from './window-state';

const here = fileURLToPath(new URL('.', import.meta.url));
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
  app.on('second-instance', () => focusMainWindow());
  void app.whenReady().then(start);
}

let mainWindow: BrowserWindow | undefined;

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  serveBundle();
  denyPermissions();

  const preferences: KeyValueStore = new Store({ name: 'settings' });
  const settings = new SettingsStore(preferences);
  const projects = new ProjectFiles({
    folder: join(app.getPath('userData'), 'projects'),
    now: () => new Date(),
  });
  const api = createDesktopApi(projects, settings, {
    async chooseSavePath(suggestedName) {
      const options = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const result = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
  });
  registerWorkbenchIpc(
    ipcMain,
    {
      ...api,
      async updateSettings(patch) {
        const next = await api.updateSettings(patch);
        if (patch.language) installMenu(next.language);
        return next;
      },
    },
    isAppUrl,
  );

  installMenu(settings.get().language);
  mainWindow = createWindow(preferences);
  app.on('window-all-closed', () => app.quit());
}

function installMenu(language: Parameters<typeof buildMenuTemplate>[0]['language']): void {
  const template = buildMenuTemplate({
    language,
    platform: process.platform,
    development,
    perform: (id: CommandId) => mainWindow?.webContents.send(COMMAND_CHANNEL, id),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Serves dist/ on app://bundle with the CSP header; nothing outside dist/ is reachable. */
function serveBundle(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = bundleFileFor(request.url, bundleFolder, sep);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
}

const WINDOW_STATE_KEY = 'window';

function createWindow(preferences: KeyValueStore): BrowserWindow {
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
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.once('ready-to-show', () => {
    if (initial.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    preferences.set(WINDOW_STATE_KEY, {
      ...window.getNormalBounds(),
      maximized: window.isMaximized(),
    });
  });
  window.on('closed', () => {
    mainWindow = undefined;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
