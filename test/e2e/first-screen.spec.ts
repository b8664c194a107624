import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** Names of the app's script chunks the page has fetched so far. */
const fetchedScripts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname.split('/').pop() ?? '')
      .filter((name) => name.endsWith('.js')),
  );

const LOADED_ON_DEMAND = [
  'auto-layout',
  'library-screen',
  'samples',
  'function-inspector',
  'project-panel',
  'editor-dialogs',
  'about-dialog',
  'export-dialog',
];

test.describe('the first screen', () => {
  test('loads neither dagre, the library, the inspector nor the dialogs until they are used', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('.react-flow__pane')).toBeVisible();
    const first = await fetchedScripts(page);
    for (const chunk of LOADED_ON_DEMAND) {
      expect(first.filter((name) => name.startsWith(`${chunk}-`))).toEqual([]);
    }

    // Each opens on its first use all the same.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.keyboard.press('Control+K');
    await expect(page.getByTestId('command-palette')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Projects…' }).click();
    await expect(page.getByTestId('import-input')).toBeAttached();
    const later = await fetchedScripts(page);
    expect(later.some((name) => name.startsWith('editor-dialogs-'))).toBe(true);
    expect(later.some((name) => name.startsWith('library-screen-'))).toBe(true);
  });

  test('the web build carries no benchmark hook', () => {
    const assets = new URL('../../dist/assets/', import.meta.url);
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const name of scripts) {
      expect(readFileSync(new URL(name, assets), 'utf8'), name).not.toContain('__cardRenders');
    }
  });
});
