import { readdirSync, readFileSync } from 'node:fs';
import { blockingViolations, showTheme, THEMES } from './axe';
import { startBlank } from './seed';
import { expect, test, type Page } from '@playwright/test';

const assets = new URL('../../dist/assets/', import.meta.url);
const chunks = () => readdirSync(assets).filter((name) => name.endsWith('.js'));

/** Script chunks the page has fetched so far. */
const fetchedScripts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname.split('/').pop() ?? '')
      .filter((name) => name.endsWith('.js')),
  );

/** Chunks of code the first screen does not use (named by Vite after their module). */
const ON_DEMAND = [
  // Arrange (with dagre).
  'arrange',
  // A drop on the canvas: its nudge clear of cards and departments, and what is said about it.
  'drop-function',
  'library-screen',
  'samples',
  'function-inspector',
  'project-panel',
  'about-dialog',
  'start-screen',
  'export-dialog',
  'conflict-dialog',
  'scenario-dialogs',
  // Each language's strings: the first screen fetches its own language's only (next test).
  'catalog.en',
  'catalog.ru',
  // The other screens' strings: with their code (see below).
  'catalog-later.en',
  'catalog-later.ru',
  // The report's and the presentation's strings: with those screens, not the first one.
  'catalog-output.en',
  'catalog-output.ru',
];

test.describe('the first screen', () => {
  test('its scripts are the entry and what it imports, none of the on-demand code', () => {
    const html = readFileSync(new URL('../index.html', assets), 'utf8');
    const loaded = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
    expect(loaded.length).toBeGreaterThan(0);
    for (const chunk of ON_DEMAND) {
      expect(chunks().filter((name) => name.startsWith(`${chunk}-`)).length, chunk).toBe(1);
      expect(
        loaded.filter((name) => name?.startsWith(`${chunk}-`)),
        chunk,
      ).toEqual([]);
    }
  });

  test('on-demand code is preloaded once the canvas is up, and each piece opens on first use', async ({
    page,
  }) => {
    await startBlank(page);
    await expect(page.locator('.react-flow__pane')).toBeVisible();
    await expect
      .poll(async () => (await fetchedScripts(page)).some((n) => n.startsWith('about-dialog-')))
      .toBe(true);

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.keyboard.press('Control+K');
    await expect(page.getByTestId('command-palette')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Projects…' }).click();
    await expect(page.getByTestId('import-input')).toBeAttached();
  });

  test("it fetches its own language's strings only, the other language's on the switch", async ({
    page,
  }) => {
    const catalogs = async (language: string) =>
      (await fetchedScripts(page)).filter((name) => name.startsWith(`catalog.${language}-`));
    await startBlank(page);
    await expect(page.locator('.react-flow__pane')).toBeVisible();
    // Once the on-demand code is preloaded too, the English strings are still not fetched.
    await expect
      .poll(async () => (await fetchedScripts(page)).some((n) => n.startsWith('about-dialog-')))
      .toBe(true);
    expect(await catalogs('ru')).toHaveLength(1);
    expect(await catalogs('en')).toEqual([]);

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Projects…' })).toBeVisible();
    expect(await catalogs('en')).toHaveLength(1);
  });

  test('the report and presentation strings come with the screens that show them', async ({
    page,
  }) => {
    const output = async () =>
      (await fetchedScripts(page)).filter((name) => name.startsWith('catalog-output.'));
    // No idle preloading here: the strings are fetched by the first use itself.
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await startBlank(page);
    await expect(page.locator('.react-flow__pane')).toBeVisible();
    expect(await output()).toEqual([]);

    await page.getByRole('tab', { name: 'Проект' }).click();
    await expect(page.getByText('Порядок показа')).toBeVisible();
    expect(await output()).toEqual([expect.stringMatching(/^catalog-output\.ru-/)]);
    // Switched to afterwards, a language brings its own.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(page.getByText('Presentation order')).toBeVisible();
    expect((await output()).sort()).toEqual([
      expect.stringMatching(/^catalog-output\.en-/),
      expect.stringMatching(/^catalog-output\.ru-/),
    ]);
  });

  test("the other screens' strings come with their code, in each language shown", async ({
    page,
  }) => {
    const later = async () =>
      (await fetchedScripts(page)).filter((name) => name.startsWith('catalog-later.'));
    const newVariant = async (menu: string, item: string) => {
      await page.getByTestId('scenario-switcher').click();
      await page.getByRole('menu', { name: menu }).getByRole('menuitem', { name: item }).click();
    };
    // No idle preloading here: the strings are fetched by the first use itself.
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await startBlank(page);
    // Reopened as the last project (the start screen, on demand, brought the part with it).
    await page.reload();
    await expect(page.locator('.react-flow__pane')).toBeVisible();
    expect(await later()).toEqual([]);

    // A dialog loaded on demand opens with its texts, never a key.
    await newVariant('Сценарии', 'Новый вариант…');
    const russian = page.getByRole('dialog', { name: 'Новый вариант' });
    await expect(russian.getByRole('textbox', { name: 'Название' })).toBeVisible();
    await expect(russian).not.toContainText('scenario.');
    expect(await later()).toEqual([expect.stringMatching(/^catalog-later\.ru-/)]);
    await russian.getByRole('button', { name: 'Отмена' }).click();

    // The language switched to brings its part of what was shown so far.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Projects…' })).toBeVisible();
    expect((await later()).sort()).toEqual([
      expect.stringMatching(/^catalog-later\.en-/),
      expect.stringMatching(/^catalog-later\.ru-/),
    ]);
    await newVariant('Scenarios', 'New variant…');
    const dialog = page.getByRole('dialog', { name: 'New variant' });
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Projects…' }).click();
    await expect(page.getByRole('heading', { name: 'Projects', exact: true })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('library.');
  });

  test('on-demand code that fails to load says so and offers a reload; the editor stays', async ({
    page,
  }) => {
    // Four axe runs over the whole page: more than the default budget on a busy machine.
    test.slow();
    // As in a tab older than the deployed app: the about dialog's chunk is gone.
    await page.route(/\/assets\/about-dialog-[^/]+\.js$/, (route) => route.abort());
    await startBlank(page);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('button', { name: 'About' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await expect(notice).toContainText('Reload the page to continue');
    await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();
    await expect(page.getByTestId('canvas')).toBeVisible();
    for (const theme of THEMES) {
      await showTheme(page, theme);
      expect(await blockingViolations(page), theme).toEqual([]);
    }

    await notice.getByRole('button', { name: 'Close' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page.getByTestId('canvas')).toBeVisible();
  });

  test('the web build carries no benchmark hook', () => {
    expect(chunks().length).toBeGreaterThan(0);
    for (const name of chunks()) {
      expect(readFileSync(new URL(name, assets), 'utf8'), name).not.toContain('__cardRenders');
    }
  });
});
