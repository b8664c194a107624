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

    test(`the checks panel, the export dialog and the glossary, ${theme} theme`, async ({
      page,
    }) => {
      await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
      await showTheme(page, theme);
      await page.getByRole('tab', { name: /Checks/ }).click();
      await expect(page.getByRole('tabpanel')).toBeVisible();
      expect(await blockingViolations(page), 'checks panel').toEqual([]);

      await page.getByRole('button', { name: 'Export PDF report…' }).click();
      await expect(page.getByTestId('export-dialog')).toBeVisible();
      expect(await blockingViolations(page), 'export dialog').toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('export-dialog')).toBeHidden();

      await page.getByTestId('function-node').filter({ hasText: 'Technical support' }).click();
      await page.getByRole('button', { name: 'What is “Shrinkage”?' }).click();
      await expect(page.getByTestId('glossary-dialog')).toBeVisible();
      expect(await blockingViolations(page), 'glossary').toEqual([]);
    });

    test(`the start screen, ${theme} theme`, async ({ page }) => {
      await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
      await showTheme(page, theme);
      await page.keyboard.press('Control+N');
      await expect(page.getByRole('heading', { name: 'Where to start' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Recent projects' })).toContainText(
        'Specialised sales system',
      );
      expect(await blockingViolations(page)).toEqual([]);
    });

    test(`the project library, ${theme} theme`, async ({ page }) => {
      await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
      await showTheme(page, theme);
      await page.getByRole('button', { name: 'Projects…' }).click();
      await expect(page.getByRole('button', { name: 'New project' })).toBeVisible();
      expect(await blockingViolations(page)).toEqual([]);
    });
  }

  test('the command list (Ctrl+K) is operated with the keyboard alone', async ({ page }) => {
    await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
    await page.keyboard.press('Control+K');
    const field = page.getByRole('combobox', { name: 'Command palette' });
    await expect(field).toBeFocused();
    const list = page.getByRole('listbox', { name: 'Command palette' });
    const active = () => list.getByRole('option', { selected: true });
    // The field names the active option; the arrows move it and keep it in sight.
    await expect(field).toHaveAttribute(
      'aria-activedescendant',
      (await active().getAttribute('id')) ?? '',
    );
    for (let step = 0; step < 25; step++) await page.keyboard.press('ArrowDown');
    await expect(active()).toBeInViewport();
    await expect(field).toHaveAttribute(
      'aria-activedescendant',
      (await active().getAttribute('id')) ?? '',
    );
    await page.keyboard.press('Control+End');
    await expect(active()).toBeInViewport();
    await page.keyboard.press('Control+Home');
    await expect(active()).toContainText('Add:');
    // Typing narrows the list; Enter runs the active command.
    await page.keyboard.type('theme');
    await expect(active()).toContainText('Next theme');
    const before = await page.locator('html').getAttribute('data-theme');
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', before ?? '');
  });
});
