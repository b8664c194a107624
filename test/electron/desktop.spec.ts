import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronExecutable, SKIP_REASON } from './runtime';

const executable = electronExecutable();

test.skip(!executable, SKIP_REASON);

let app: ElectronApplication;
let userData: string;

test.beforeEach(async () => {
  userData = mkdtempSync(join(tmpdir(), 'ssw-desktop-'));
  app = await electron.launch({
    executablePath: executable,
    // As root (CI containers) Chromium refuses to start its sandbox; elsewhere it stays on.
    args: ['.', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env: { ...process.env, SSW_USER_DATA_DIR: userData },
  });
});

test.afterEach(async () => {
  await app.close();
  rmSync(userData, { recursive: true, force: true });
});

test('the desktop window shows the canvas, with no Node in the page', async () => {
  const page = await app.firstWindow();
  // A first start opens on the start screen; "New project" leads to the canvas.
  await page.getByRole('button', { name: /^Новый проект/ }).click();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect(page.getByText('Настольная версия')).toBeVisible();
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
    'undefined',
  );
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
    'undefined',
  );
});

test('the native menu is built from the command list', async () => {
  await app.firstWindow();
  const labels = await app.evaluate(({ Menu }) =>
    (Menu.getApplicationMenu()?.items ?? []).map((item) => item.label),
  );
  expect(labels).toEqual(expect.arrayContaining(['Файл', 'Правка', 'Вид', 'Справка']));
});
