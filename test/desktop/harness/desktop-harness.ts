import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { register } from 'node:module';
import type { MenuItemConstructorOptions } from 'electron';
import type { Browser, Frame, Page, Route, Request } from '@playwright/test';
import { APP_ORIGIN } from '../../../electron/main/security';
import { bundleServer, rawGet } from './bundle-server';
import { FakeElectron, FakeEvent, type FakeBrowserWindow, type WindowHost } from './fake-electron';
import {
  decodeValue,
  DELIVER_HOOK,
  encodeValue,
  IPC_BINDING,
  preloadInitScript,
  type PageMessage,
} from './renderer-side';

/**
 * The desktop harness: our built main process (dist-electron/main.js) running in this Node
 * process against a fake `electron`, its windows shown by Chromium. Pages come from main's own
 * app:// protocol handler, turned into an HTTP endpoint on 127.0.0.1; the real preload runs in
 * each page; IPC goes to the handlers main registered, with the sender main would see. It
 * verifies our wiring — not Electron's behaviour, which the test/electron suite covers.
 */

const ROOT = new URL('../../../', import.meta.url);
const MAIN_URL = new URL('dist-electron/main.js', ROOT).href;
const PRELOAD_PATH = new URL('dist-electron/preload.cjs', ROOT);
const FAKE_GLOBAL = Symbol.for('ssw.harness.electron');

let hooked = false;
let launches = 0;

export interface LaunchOptions {
  readonly userData: string;
  /** Where the fake's "documents" folder is (the save dialogs' default folder). */
  readonly documents: string;
  /** Command-line arguments after `electron .`. */
  readonly args?: readonly string[];
  /** False plays a second start while the app already runs (the lock is taken). */
  readonly hasLock?: boolean;
}

export type DesktopApp = Awaited<ReturnType<typeof launchDesktop>>;

/** Starts main afresh with a fresh fake; each launch gets its own browser context. */
export async function launchDesktop(browser: Browser, options: LaunchOptions) {
  if (!hooked) {
    register('./resolve-electron.mjs', import.meta.url);
    hooked = true;
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const server = await bundleServer(() => fake.protocolHandlers.get('app'));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pages = new Map<FakeBrowserWindow, Page>();
  const windowOf = (page: Page) => [...pages].find(([, p]) => p === page)?.[0];
  let firstLoad: (page: Page) => void = () => undefined;
  const firstPage = new Promise<Page>((resolve) => (firstLoad = resolve));

  /** The URL main would see for a frame: our endpoint is the app:// origin in disguise. */
  const appUrlOf = (url: string) =>
    url.startsWith(`${origin}/`) ? APP_ORIGIN + url.slice(origin.length) : url;
  const senderOf = (frame: Frame) => ({
    senderFrame: { url: appUrlOf(frame.url()), parent: frame.parentFrame() ? {} : null },
    sender: windowOf(frame.page())?.webContents,
  });

  const host: WindowHost = {
    async load(window, url) {
      if (url.startsWith('file:') && url.endsWith('.pdf')) {
        // A print window showing a PDF: no page of ours runs there; print() reads the file.
        fake.record(`print window: ${url}`);
        return;
      }
      if (!url.startsWith(`${APP_ORIGIN}/`)) throw new Error(`harness: main loaded ${url}`);
      const page = await context.newPage();
      pages.set(window, page);
      page.on('console', (message) => {
        if (message.type() === 'error') fake.record(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => fake.record(`page error: ${error.message}`));
      await page.goto(origin + url.slice(APP_ORIGIN.length));
      firstLoad(page);
    },
    deliver(window, channel, args) {
      const page = pages.get(window);
      void page
        ?.evaluate(
          ([hook, name, values]) =>
            (window as unknown as Record<string, (c: string, a: unknown) => void>)[hook]?.(
              name,
              values,
            ),
          [DELIVER_HOOK, channel, encodeValue(args)] as const,
        )
        .catch(() => undefined); // A page that closed meanwhile, as a message to a gone window.
    },
    async unload(window) {
      const page = pages.get(window);
      if (!page || page.isClosed()) return true;
      const outcome = new Promise<boolean>((resolve) => {
        page.once('close', () => resolve(true));
        page.on('dialog', (dialog) => {
          if (dialog.type() !== 'beforeunload') return;
          // Electron cancels a close that beforeunload refuses, silently.
          void dialog.dismiss().then(() => resolve(false));
        });
      });
      await page.close({ runBeforeUnload: true });
      return outcome;
    },
  };

  const fake = new FakeElectron(host, { userData: options.userData, documents: options.documents });
  fake.app.hasLock = options.hasLock ?? true;

  await context.exposeBinding(IPC_BINDING, async ({ frame }, message: PageMessage) => {
    const event = senderOf(frame);
    const args = decodeValue(message.args) as unknown[];
    if (message.kind === 'send') {
      for (const listener of fake.messageListeners.get(message.channel) ?? [])
        listener(event, ...args);
      return undefined;
    }
    const handler = fake.invokeHandlers.get(message.channel);
    // Electron's own words for a channel nobody handles.
    if (!handler) throw new Error(`No handler registered for '${message.channel}'`);
    return encodeValue(await handler(event, ...args));
  });
  await context.addInitScript({ content: preloadInitScript(readFileSync(PRELOAD_PATH, 'utf8')) });
  await context.route('**/*', (route, request) => routeRequest(route, request));
  /*
   * A popup main refused: Electron would not have made it; Chromium has, and is loading an error
   * page in it. It is closed as soon as both its refusal and its page are known, which come in
   * either order: waiting for the error page instead takes seconds on a busy machine (a new
   * renderer process starts for it), and a test may well look for the popup to be gone by then.
   */
  let unclaimedRefusals = 0;
  const refusalWaiters: (() => void)[] = [];
  const popupRefused = () => {
    const waiter = refusalWaiters.shift();
    if (waiter) waiter();
    else unclaimedRefusals += 1;
  };
  context.on('page', (page) => {
    void page.opener().then(async (opener) => {
      if (!opener) return;
      let waiter: (() => void) | undefined;
      const refused = await new Promise<boolean>((resolve) => {
        if (unclaimedRefusals > 0) {
          unclaimedRefusals -= 1;
          resolve(true);
          return;
        }
        waiter = () => resolve(true);
        refusalWaiters.push(waiter);
        // Not refused: it loads, and where it went decides.
        void page
          .waitForLoadState('domcontentloaded')
          .catch(() => undefined)
          .then(() => resolve(false));
      });
      // Loaded first: its turn for a refusal is over.
      const waiting = waiter ? refusalWaiters.indexOf(waiter) : -1;
      if (waiting >= 0) refusalWaiters.splice(waiting, 1);
      if (refused || !page.url().startsWith(`${origin}/`)) await page.close();
    });
  });

  /**
   * The app is offline: requests leave only for our endpoint. A window's own navigation asks
   * main (will-navigate); a popup asks main's window-open handler, as Electron does.
   */
  async function routeRequest(route: Route, request: Request): Promise<void> {
    const frame = frameOf(request);
    if (!frame) {
      // A new window's first request, issued before Chromium made its frame (Playwright cannot
      // name the opener yet). The app has one window, so it is the one main is asked about.
      const [opener] = fake.windows;
      const answer = opener?.webContents.windowOpenHandler?.({ url: appUrlOf(request.url()) });
      if (answer?.action !== 'allow') {
        fake.record(`new window refused: ${request.url()}`);
        popupRefused();
        return route.abort('blockedbyclient');
      }
    }
    const page = frame?.page();
    const window = page && windowOf(page);
    const navigates = request.isNavigationRequest() && frame === page?.mainFrame();
    if (navigates && window && page.url() !== 'about:blank' && request.url() !== page.url()) {
      const event = new FakeEvent();
      window.webContents.emit('will-navigate', event, appUrlOf(request.url()));
      if (event.defaultPrevented) {
        fake.record(`navigation refused: ${request.url()}`);
        // "204 No Content" leaves the page where it is, as a prevented navigation does.
        return route.fulfill({ status: 204 });
      }
    }
    if (request.url().startsWith(`${origin}/`)) return route.continue();
    fake.record(`offline: ${request.url()}`);
    return route.abort('internetdisconnected');
  }

  const launch = (launches += 1);
  // Each launch evaluates main.js afresh, and with it a bundled signal-exit that adds one
  // listener per signal to this process; ten launches would trip Node's leak warning.
  process.setMaxListeners(process.getMaxListeners() + 1);
  (globalThis as Record<symbol, unknown>)[FAKE_GLOBAL] = fake.module();
  const argv = process.argv;
  // As `electron . <args>` would start it (what main reads at its first line).
  process.argv = [argv[0] ?? 'node', '.', ...(options.args ?? [])];
  try {
    await import(`${MAIN_URL}?launch=${launch}`);
  } finally {
    process.argv = argv;
  }

  const menuItem = (id: string): MenuItemConstructorOptions => {
    const item = fake.applicationMenu?.getMenuItemById(id);
    if (!item) throw new Error(`no menu item ${id}`);
    return item;
  };

  return {
    fake,
    /** The first window's page, once main has loaded it. */
    page: () => firstPage,
    window: (): FakeBrowserWindow => {
      const [window] = fake.windows;
      if (!window) throw new Error('no window open');
      return window;
    },
    menuItem,
    /** Chooses a native menu item, as a click does. */
    clickMenu(id: string): void {
      const click = menuItem(id).click as (() => void) | undefined; // Our items ignore click's arguments.
      if (!click) throw new Error(`menu item ${id} has no click`);
      click();
    },
    /** The OS hands a second start's command line to the running app. */
    secondInstance(args: readonly string[], cwd: string): void {
      fake.app.emit('second-instance', new FakeEvent(), ['electron', '.', ...args], cwd);
    },
    /** Asks main's permission handler, as Chromium would for a page's request. */
    requestPermission(permission: string): Promise<boolean> {
      return new Promise((resolve) =>
        fake.permissionRequestHandler?.(fake.windows[0]?.webContents, permission, resolve),
      );
    },
    /** A raw GET on the endpoint (paths Chromium would normalise away). */
    get: (path: string) => rawGet(server, path),
    async dispose(): Promise<void> {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The frame a request comes from; none yet for a new window's first navigation. */
function frameOf(request: Request): Frame | undefined {
  try {
    return request.frame();
  } catch {
    return undefined;
  }
}
