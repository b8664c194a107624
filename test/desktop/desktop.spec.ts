import { execFileSync } from 'node:child_process';
import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../shared/security/csp';
import { blockingViolations } from '../e2e/axe';
import { recordShown } from '../e2e/shown';
import { expect, test } from './fixtures';
import type { DesktopApp } from './harness/desktop-harness';

/*
 * Every test here runs OUR built main process, preload and renderer through the desktop
 * harness: a fake `electron` in Node, Chromium for the window. They prove our wiring — what main
 * registers, answers and refuses — not that Electron behaves as its documentation says; the
 * real-runtime suite in test/electron/ does that wherever the runtime is installed.
 */

const SHOTS = '/tmp/ssw-harness-shots';
const KEY_ACCOUNTS = resolve('shared/samples/key-accounts.en.json');
const SPECIALISED = resolve('shared/samples/specialised-sales.en.json');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** The first start's window: "New project" on the start screen, then the editor's canvas. */
async function firstWindow(desktop: DesktopApp): Promise<Page> {
  const page = await desktop.page();
  await page.getByRole('button', { name: /^Новый проект/ }).click();
  await page.getByTestId('canvas').waitFor();
  return page;
}

/** The first window's page, switched to English, with the first save done. */
async function englishWindow(desktop: DesktopApp): Promise<Page> {
  const page = await firstWindow(desktop);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved /);
  return page;
}

async function rename(page: Page, name: string): Promise<void> {
  const field = page.getByRole('textbox', { name: 'Project name' });
  await field.fill(name);
  await field.press('Enter');
}

/**
 * The stored project file whose text contains `needle`, once a save has written it: "Saved" in
 * the status bar may still be the save before the edit until the edit has been drawn.
 */
async function projectFileWith(userData: string, needle: string): Promise<string> {
  const folder = join(userData, 'projects');
  const find = () =>
    (existsSync(folder) ? readdirSync(folder) : [])
      .filter((file) => file.endsWith('.ssw.json'))
      .map((file) => join(folder, file))
      .find((file) => readFileSync(file, 'utf8').includes(needle));
  await expect.poll(find, { message: `a stored project contains ${needle}` }).toBeDefined();
  return find() ?? '';
}

/** Closes the window as its close button does and waits until main has let it go. */
async function closeWindow(desktop: DesktopApp): Promise<void> {
  const window = desktop.window();
  window.close();
  // The close handshake saves first: over 10 s on a busy machine. A hang guard, not a wait.
  await expect.poll(() => window.isDestroyed(), { timeout: 60_000 }).toBe(true);
}

test.describe('desktop wiring through the harness (our code on a fake electron, not Electron itself)', () => {
  test('main opens a locked-down window and serves the bundle through our app:// handler with our CSP', async ({
    launch,
  }) => {
    const desktop = await launch();
    const page = await firstWindow(desktop);
    await expect(page.getByTestId('canvas')).toBeVisible();
    await expect(page.getByText('Настольная версия')).toBeVisible();
    await shot(page, 'start');

    const [window] = desktop.fake.windows;
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(existsSync(window?.options.webPreferences?.preload ?? '')).toBe(true);
    expect(desktop.fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);

    const index = await desktop.get('/index.html');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    // The meta policy comes first in <head>, before anything it governs.
    const firstInHead = page.locator('head > :first-child');
    await expect(firstInHead).toHaveAttribute('http-equiv', 'Content-Security-Policy');
    await expect(firstInHead).toHaveAttribute('content', CONTENT_SECURITY_POLICY_META);
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(index.body)?.[1];
    expect((await desktop.get(`/${script}`)).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    // Nothing outside the bundle, nothing the bundle should not serve.
    for (const path of ['/a/..%2f..%2fpackage.json', '/../package.json', '/missing.js', '/x.exe']) {
      expect((await desktop.get(path)).status, path).toBe(404);
    }

    // The page: no Node, the bridge frozen, and the policy enforced (an injected inline script
    // does not run).
    expect(
      await page.evaluate(() => {
        const scope = globalThis as unknown as Record<string, unknown>;
        const inline = document.createElement('script');
        inline.textContent = 'globalThis.inlineRan = true';
        document.head.append(inline);
        return {
          require: typeof scope.require,
          process: typeof scope.process,
          bridgeFrozen: Object.isFrozen(scope.salesWorkbench),
          inlineRan: scope.inlineRan === true,
        };
      }),
    ).toEqual({
      require: 'undefined',
      process: 'undefined',
      bridgeFrozen: true,
      inlineRan: false,
    });

    const labels = desktop.fake.applicationMenu?.template.map((menu) => menu.label);
    expect(labels).toEqual(['Файл', 'Правка', 'Вид', 'Сценарий', 'Справка']);
  });

  test('create, edit, save to real files; closing stores the last edit; a restart reopens it', async ({
    launch,
    profile,
  }) => {
    const first = await launch();
    const page = await englishWindow(first);
    await rename(page, 'Harness north');
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved /);
    const file = await projectFileWith(profile.userData, 'Harness north');

    // An edit, then Close at once: the autosave has not run yet, the close handshake saves it.
    await page.getByRole('button', { name: /Technical support/ }).press('Enter');
    await expect(page.getByTestId('function-node')).toHaveCount(1);
    await closeWindow(first);
    expect(first.fake.app.quitRequests).toBe(1);
    expect(first.fake.messageBoxes).toEqual([]);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { functions: unknown[] };
    expect(stored.functions).toHaveLength(1);

    const second = await launch();
    const again = await second.page();
    await expect(again.getByRole('textbox', { name: 'Project name' })).toHaveValue('Harness north');
    await expect(again.getByTestId('function-node')).toHaveCount(1);
    await shot(again, 'reopened');
  });

  test('a damaged project file is recovered from its newest good backup', async ({
    launch,
    profile,
  }) => {
    const first = await launch();
    const page = await englishWindow(first);
    await rename(page, 'Version one');
    await page.keyboard.press('Control+S');
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved /);
    await rename(page, 'Version two');
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved /);
    const file = await projectFileWith(profile.userData, 'Version two');
    await closeWindow(first);
    writeFileSync(file, '{"schemaVersion": 2, "name": ');

    const second = await launch();
    const again = await second.page();
    const dialog = again.getByTestId('recovery-dialog');
    await expect(dialog).toBeVisible();
    await shot(again, 'recovery');
    await dialog.getByRole('button', { name: 'Continue from this version' }).click();
    // Saves seconds apart keep no checkpoint each: the one kept is the design as first stored
    // (named in Russian, the language before the switch).
    await expect(again.getByRole('textbox', { name: 'Project name' })).toHaveValue('Новый проект');
    expect(readdirSync(join(profile.userData, 'projects', 'damaged'))).toHaveLength(1);
  });

  test('File › Versions… restores a checkpoint into the project file, keeping the one it replaces', async ({
    launch,
    profile,
  }) => {
    const desktop = await launch();
    const page = await englishWindow(desktop);
    await page.getByRole('button', { name: /Technical support/ }).press('Enter');
    await expect(page.getByTestId('function-node')).toHaveCount(1);
    await page.keyboard.press('Control+S');
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved /);
    const file = await projectFileWith(profile.userData, 'Technical support');
    const id = file.slice(file.lastIndexOf('/') + 1, -'.ssw.json'.length);
    const backups = join(profile.userData, 'projects', 'backups', id);

    desktop.clickMenu('file.versions');
    const dialog = page.getByRole('dialog', { name: /^Versions of / });
    const blank = dialog.getByRole('radio', { name: /KB, checkpoint: .*0 functions$/ });
    await blank.check();
    await shot(page, 'versions');
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByTestId('function-node')).toHaveCount(0);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { functions: unknown[] };
    expect(stored.functions).toEqual([]);
    // The version with the function was kept before the file was replaced.
    const kept = readdirSync(backups).map((name) => readFileSync(join(backups, name), 'utf8'));
    expect(kept.some((text) => text.includes('Technical support'))).toBe(true);
  });

  test('a damaged settings file is set aside at start; the library is rebuilt and says so once', async ({
    launch,
    profile,
  }) => {
    const first = await launch();
    const page = await englishWindow(first);
    await rename(page, 'Survives the settings');
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved /);
    await closeWindow(first);
    const settings = join(profile.userData, 'settings.json');
    writeFileSync(settings, ''); // the zero-byte file a crash can leave

    const second = await launch();
    const again = await second.page();
    // Settings are back to their defaults (Russian); the library lists the project and says why.
    await expect(again.getByText('Файл настроек был повреждён')).toBeVisible();
    await expect(
      again.getByTestId('library-row').filter({ hasText: 'Survives the settings' }),
    ).toHaveCount(1);
    expect(second.fake.messageBoxes).toEqual([]);
    const aside = readdirSync(profile.userData).filter((name) =>
      name.startsWith('settings.damaged-'),
    );
    expect(aside).toHaveLength(1);
    await shot(again, 'settings-reset');
  });

  test('File › Import brings a project file in; File › Export PDF saves through the save dialog', async ({
    launch,
    profile,
  }) => {
    const desktop = await launch();
    const page = await englishWindow(desktop);
    const chooser = page.waitForEvent('filechooser');
    desktop.clickMenu('file.importProject');
    await (await chooser).setFiles(KEY_ACCOUNTS);
    await expect(page.getByTestId('library-toast')).toContainText('Imported');
    await page.getByRole('button', { name: 'Open “Key accounts”' }).first().click();
    await expect(page.getByTestId('function-node')).toHaveCount(1);

    const pdf = join(profile.documents, 'key-accounts.pdf');
    desktop.fake.script.savePaths.push(pdf);
    desktop.clickMenu('file.exportPdf');
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByLabel('English').check();
    await dialog.getByRole('button', { name: 'Export PDF' }).click();
    await expect(dialog.getByRole('status')).toHaveText(`Saved to ${pdf}`, {
      timeout: 90_000, // Drawn in a worker: over 30 s on 2 cores at a load average of 30.
    });
    await shot(page, 'exported');

    const [options] = desktop.fake.saveDialogs;
    expect(options?.defaultPath).toMatch(
      new RegExp(`^${profile.documents}/Key accounts \\d{4}-\\d{2}-\\d{2}\\.pdf$`),
    );
    expect(options?.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    if (existsSync('/usr/bin/pdftoppm')) {
      execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, join(SHOTS, 'pdf')]);
    }
  });

  test('File › Print… sends the same PDF report to the system print dialog, and cleans up', async ({
    launch,
  }) => {
    const desktop = await launch();
    const page = await englishWindow(desktop);
    desktop.clickMenu('file.print');
    const dialog = page.getByTestId('print-dialog');
    await expect(dialog.getByRole('heading', { name: 'Print the report' })).toBeVisible();
    await dialog.getByLabel('English').check();
    await dialog.getByRole('button', { name: 'Print…' }).click();
    await expect(dialog.getByRole('status')).toHaveText('The report went to the print dialog.', {
      timeout: 90_000, // Drawn in a worker: over 30 s on 2 cores at a load average of 30.
    });
    await shot(page, 'printed');
    const [job] = desktop.fake.printJobs;
    expect(decodeURI(job?.url ?? '')).toMatch(
      /^file:.*\/ssw-print-[^/]+\/.+ \d{4}-\d{2}-\d{2}\.pdf$/,
    );
    expect(job?.bytes?.subarray(0, 5).toString()).toBe('%PDF-');
    expect(job?.options).toMatchObject({ silent: false });
    // The print window and its temporary file are gone once the dialog has closed.
    expect(desktop.fake.windows).toHaveLength(1);
    expect(existsSync(fileURLToPath(job?.url ?? 'file:///'))).toBe(false);

    desktop.fake.script.printAnswers.push(false);
    await dialog.getByRole('button', { name: 'Print…' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Printing was cancelled.', {
      timeout: 90_000,
    });
  });

  test('a file named on the command line opens, and so does one handed over by a second start', async ({
    launch,
    profile,
  }) => {
    const folder = join(profile.root, 'shared');
    mkdirSync(folder);
    copyFileSync(KEY_ACCOUNTS, join(folder, 'key accounts.ssw.json'));
    const desktop = await launch({ args: [join(folder, 'key accounts.ssw.json')] });
    const page = await desktop.page();
    await expect(page.getByRole('textbox', { name: /Project name|Название проекта/ })).toHaveValue(
      'Key accounts',
    );

    copyFileSync(SPECIALISED, join(folder, 'specialised.ssw.json'));
    const focused = desktop.window().focused;
    desktop.secondInstance(['--some-flag', 'specialised.ssw.json'], folder);
    const expected = (JSON.parse(readFileSync(SPECIALISED, 'utf8')) as { name: string }).name;
    await expect(page.getByRole('textbox', { name: /Project name|Название проекта/ })).toHaveValue(
      expected,
    );
    expect(desktop.window().focused).toBe(focused + 1);

    writeFileSync(join(folder, 'broken.ssw.json'), '{ not json');
    desktop.secondInstance(['broken.ssw.json'], folder);
    await expect.poll(() => desktop.fake.errorBoxes.length).toBe(1);
    expect(desktop.fake.errorBoxes[0]?.content).toContain('broken.ssw.json');

    // A start while the app runs does not open a second window: it hands over and quits.
    const later = await launch({ hasLock: false });
    expect(later.fake.app.quitRequests).toBe(1);
    expect(later.fake.windows).toEqual([]);
  });

  test('a file handed over is read after the window shows, with "Opening …"; one handed over meanwhile waits its turn', async ({
    launch,
    profile,
  }) => {
    const folder = join(profile.root, 'shared');
    mkdirSync(folder);
    // A named pipe: its read takes as long as the test likes, as a huge file's would.
    const slow = join(folder, 'slow.ssw.json');
    execFileSync('mkfifo', [slow]);
    copyFileSync(KEY_ACCOUNTS, join(folder, 'key accounts.ssw.json'));
    const desktop = await launch({ args: [slow] });
    const page = await desktop.page();
    const notice = page.getByTestId('file-opening');
    await expect(notice).toHaveText(/Открываем «slow\.ssw\.json»…/);
    await shot(page, 'opening');
    // The window works meanwhile: main answers it while the worker waits for the file.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(notice).toHaveText(/Opening “slow\.ssw\.json”…/);

    // The first project may show for a moment only, too briefly for polling to catch: the page
    // itself records every project name the editor shows, in order.
    const names = await recordShown(page, 'input.project-name', 'value');
    desktop.secondInstance(['key accounts.ssw.json'], folder);
    writeFileSync(slow, readFileSync(SPECIALISED));
    const name = page.getByRole('textbox', { name: 'Project name' });
    await expect(name).toHaveValue('Key accounts');
    // The file being read opened first, then the one that waited.
    expect((await names.values()).slice(-2)).toEqual([
      (JSON.parse(readFileSync(SPECIALISED, 'utf8')) as { name: string }).name,
      'Key accounts',
    ]);
    await expect(notice).toBeHidden();
    expect(desktop.fake.errorBoxes).toEqual([]);
  });

  test('Cancel on "Opening …" stops reading the file and leaves the app as it was', async ({
    launch,
    profile,
  }) => {
    const stuck = join(profile.root, 'stuck.ssw.json');
    execFileSync('mkfifo', [stuck]);
    const desktop = await launch({ args: [stuck] });
    const page = await desktop.page();
    const notice = page.getByTestId('file-opening');
    await expect(notice).toContainText('stuck.ssw.json');
    await page.getByRole('button', { name: /^Новый проект/ }).waitFor();
    for (const theme of ['light', 'dark', 'contrast']) {
      await page.locator('html').evaluate((html, value) => (html.dataset.theme = value), theme);
      expect(await blockingViolations(page), `opening notice, ${theme}`).toEqual([]);
    }
    await notice.getByRole('button', { name: 'Отмена' }).click();
    await expect(notice).toBeHidden();
    await expect(page.getByRole('button', { name: /^Новый проект/ })).toBeVisible();
    expect(desktop.fake.errorBoxes).toEqual([]);
    const projects = join(profile.userData, 'projects');
    const stored = existsSync(projects) ? readdirSync(projects) : [];
    expect(stored.filter((file) => file.endsWith('.ssw.json'))).toEqual([]);
    // The terminated worker's open of the pipe still waits in the thread pool: let it go.
    try {
      closeSync(openSync(stuck, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // No reader left: nothing waits.
    }
  });

  test('native menu commands reach the renderer, and the menu follows the app', async ({
    launch,
  }) => {
    const desktop = await launch();
    const page = await englishWindow(desktop);
    await expect.poll(() => desktop.fake.applicationMenu?.template[0]?.label).toBe('File');
    await expect.poll(() => desktop.menuItem('edit.undo').enabled).toBe(false);
    expect(desktop.menuItem('edit.delete').enabled).toBe(false);

    await page.getByRole('button', { name: /Technical support/ }).press('Enter');
    await expect(page.getByTestId('function-node')).toHaveCount(1);
    await expect.poll(() => desktop.menuItem('edit.undo').enabled).toBe(true);
    // The clipboard items stay with the platform (they also serve text fields).
    expect(desktop.menuItem('edit.paste')).toMatchObject({ role: 'paste' });
    expect(desktop.menuItem('edit.paste').enabled).toBeUndefined();

    desktop.clickMenu('edit.undo');
    await expect(page.getByTestId('function-node')).toHaveCount(0);
    await expect.poll(() => desktop.menuItem('edit.undo').enabled).toBe(false);
    expect(desktop.menuItem('edit.redo').enabled).toBe(true);

    // A toggle is a checkbox item that follows the app, whichever way it is switched.
    const detailed = page.getByRole('button', { name: 'Detailed cards' });
    await expect(detailed).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => desktop.menuItem('view.detail').checked).toBe(true);
    expect(desktop.menuItem('view.detail').type).toBe('checkbox');
    desktop.clickMenu('view.detail');
    await expect(detailed).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => desktop.menuItem('view.detail').checked).toBe(false);
    await detailed.click();
    await expect.poll(() => desktop.menuItem('view.detail').checked).toBe(true);

    const theme = await page.locator('html').getAttribute('data-theme');
    desktop.clickMenu('view.theme');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', theme ?? '');
    desktop.clickMenu('help.about');
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot(page, 'about');
  });

  test('while presenting, the menu neither edits the design nor opens a dialog', async ({
    launch,
  }) => {
    const desktop = await launch();
    const page = await englishWindow(desktop);
    await page.getByRole('button', { name: /Technical support/ }).press('Enter');
    await expect(page.getByTestId('function-node')).toHaveCount(1);
    await expect.poll(() => desktop.menuItem('edit.undo').enabled).toBe(true);

    desktop.clickMenu('view.present');
    const slides = page.getByRole('dialog', { name: 'Presentation' });
    await expect(slides).toBeVisible();
    await expect.poll(() => desktop.menuItem('edit.undo').enabled).toBe(false);
    expect(desktop.menuItem('help.about').enabled).toBe(false);
    expect(desktop.menuItem('view.theme').enabled).toBe(true);
    // An item clicked before the menu caught up does nothing either.
    desktop.clickMenu('edit.undo');
    desktop.clickMenu('help.about');
    const theme = await page.locator('html').getAttribute('data-theme');
    desktop.clickMenu('view.theme');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', theme ?? '');
    await expect(page.getByRole('dialog')).toHaveCount(1);
    await slides.getByRole('button', { name: 'Leave the presentation' }).click();
    await expect(slides).toBeHidden();
    await expect(page.getByTestId('function-node')).toHaveCount(1);
    await expect.poll(() => desktop.menuItem('edit.undo').enabled).toBe(true);
  });

  test('navigation away, new windows and permission requests are refused', async ({ launch }) => {
    const desktop = await launch();
    const page = await firstWindow(desktop);
    const appUrl = page.url();

    await page.evaluate(() => {
      window.location.href = 'https://example.com/phish';
    });
    await expect
      .poll(() => desktop.fake.log)
      .toContain('navigation refused: https://example.com/phish');
    expect(page.url()).toBe(appUrl);

    const opened = await page.evaluate(() => window.open('https://example.com/popup') !== null);
    expect(opened).toBe(true); // Chromium makes the popup; main's handler decides its fate.
    await expect
      .poll(() => desktop.fake.log)
      .toContain('new window refused: https://example.com/popup');
    await expect.poll(() => page.context().pages()).toEqual([page]);

    const webview = {
      defaultPrevented: false,
      preventDefault: () => (webview.defaultPrevented = true),
    };
    desktop.window().webContents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      expect(await desktop.requestPermission(permission), permission).toBe(false);
      expect(desktop.fake.permissionCheckHandler?.(undefined, permission), permission).toBe(false);
    }
    await expect(page.getByTestId('canvas')).toBeVisible();
  });

  test('IPC from a page that is not the app is refused, whatever it asks', async ({ launch }) => {
    const desktop = await launch();
    const page = await desktop.page();
    const foreign = await page.context().newPage();
    await foreign.route('http://foreign.test/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>not the app</title>' }),
    );
    await foreign.goto('http://foreign.test/');
    // The preload ran there too (as it would if the window were led astray): main says no.
    const answers = await foreign.evaluate(async () => {
      const bridge = (window as unknown as Record<string, Record<string, () => Promise<unknown>>>)
        .salesWorkbench;
      return [await bridge?.listProjects?.(), await bridge?.getSettings?.()];
    });
    for (const answer of answers) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const appBridge = await page.evaluate(
      () =>
        typeof (window as unknown as Record<string, { listProjects?: unknown }>).salesWorkbench
          ?.listProjects,
    );
    expect(appBridge).toBe('function');
  });

  test('closing after a failed save asks Retry / Close without saving / Cancel, and never traps', async ({
    launch,
    profile,
  }) => {
    const desktop = await launch();
    const page = await englishWindow(desktop);
    await rename(page, 'Doomed');
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved /);
    // The project's file becomes a folder: every save of it fails from now on.
    const file = await projectFileWith(profile.userData, 'Doomed');
    rmSync(file);
    mkdirSync(join(file, 'blocker'), { recursive: true });
    await rename(page, 'Doomed, edited');

    desktop.fake.script.messageBoxResponses.push(0, 2); // Retry, then Cancel.
    desktop.window().close();
    await expect.poll(() => desktop.fake.messageBoxes.length).toBe(2);
    await expect(page.getByTestId('save-status')).toContainText(/not saved|failed/i);
    expect(desktop.window().isDestroyed()).toBe(false);
    expect(desktop.fake.messageBoxes[0]).toMatchObject({
      type: 'warning',
      message: 'Your latest changes could not be saved.',
      buttons: ['Retry', 'Close without saving', 'Cancel'],
      cancelId: 2,
    });
    await shot(page, 'save-failed');

    desktop.fake.script.messageBoxResponses.push(1); // Close without saving.
    await closeWindow(desktop);
    expect(desktop.fake.messageBoxes).toHaveLength(3);
    expect(desktop.fake.log).not.toContain('close cancelled by beforeunload');
    expect(desktop.fake.app.quitRequests).toBe(1);
  });

  test('View › Present shows the slides, Esc gives the editor back; View hides the side panels', async ({
    launch,
  }) => {
    const desktop = await launch();
    const page = await englishWindow(desktop);
    await page.getByRole('button', { name: /Technical support/ }).press('Enter');
    await expect(page.getByTestId('function-node')).toHaveCount(1);

    desktop.clickMenu('view.present');
    const slides = page.getByRole('dialog', { name: 'Presentation' });
    await expect(slides.getByText('Slide 1 of 3', { exact: true })).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(slides.getByText('Slide 2 of 3', { exact: true })).toBeVisible();
    await expect(slides.getByRole('heading', { level: 2 })).toHaveText('Technical support');
    await shot(page, 'presentation');
    await page.keyboard.press('Escape');
    await expect(slides).toBeHidden();
    await expect(page.getByTestId('function-node')).toHaveCount(1);

    const side = page.getByRole('complementary', { name: 'Side panel' });
    desktop.clickMenu('view.panels');
    await expect(side).toBeHidden();
    await expect.poll(() => desktop.menuItem('view.panels').checked).toBe(true);
    desktop.clickMenu('view.panels');
    await expect(side).toBeVisible();
    await expect.poll(() => desktop.menuItem('view.panels').checked).toBe(false);
  });
});
