import axe from 'axe-core';
import { expect, test, type Page } from '@playwright/test';
import { openProjectFile } from './seed';

const THEMES = ['light', 'dark', 'contrast'] as const;

/**
 * axe-core's serious and critical violations on the page as it is now, each with the elements it
 * found. axe is evaluated as a script rather than added as a <script> tag: the app's CSP allows
 * no inline scripts, and the test should not loosen it.
 */
async function blockingViolations(page: Page) {
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      elements: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/** Steps through the themes with the toolbar's own button (light → dark → contrast). */
async function showTheme(page: Page, theme: (typeof THEMES)[number]) {
  const html = page.locator('html');
  for (let step = 0; step < THEMES.length; step++) {
    if ((await html.getAttribute('data-theme')) === theme) return;
    await page.getByRole('button', { name: 'Next theme' }).click();
  }
  await expect(html).toHaveAttribute('data-theme', theme);
}

test.describe('accessibility (axe-core: no serious or critical violation)', () => {
  for (const theme of THEMES) {
    test(`the editor with a selected card, its inspector and its rename field, ${theme} theme`, async ({
      page,
    }) => {
      await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
      await showTheme(page, theme);
      await page.getByTestId('function-node').filter({ hasText: 'Key accounts' }).click();
      await expect(page.getByTestId('inspector')).toContainText('Key accounts');
      expect(await blockingViolations(page), 'card selected').toEqual([]);

      // The rename field on the card, with its message for an empty name.
      await page.keyboard.press('F2');
      const field = page.getByRole('textbox', { name: 'Function name' });
      await field.fill('');
      await field.press('Enter');
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await blockingViolations(page), 'rename field').toEqual([]);
    });

    test(`the project library, ${theme} theme`, async ({ page }) => {
      await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
      await showTheme(page, theme);
      await page.getByRole('button', { name: 'Projects…' }).click();
      await expect(page.getByRole('button', { name: 'New project' })).toBeVisible();
      expect(await blockingViolations(page)).toEqual([]);
    });

    test(`the print dialog, ${theme} theme`, async ({ page }) => {
      await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
      await showTheme(page, theme);
      await page.keyboard.press('Control+P');
      await expect(page.getByRole('heading', { name: 'Print the report' })).toBeVisible();
      expect(await blockingViolations(page)).toEqual([]);
    });
  }
});
