import { expect, test, type Page } from '@playwright/test';
import { blockingViolations, showTheme, THEMES } from './axe';
import { openProjectFile } from './seed';

/** The accent colour of the theme shown, as computed styles give it. */
const accentOf = (page: Page) =>
  page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--accent)';
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  });

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

    test(`the card's context menu with its highlighted item, ${theme} theme`, async ({ page }) => {
      await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
      await showTheme(page, theme);
      await page
        .getByTestId('function-node')
        .filter({ hasText: 'Key accounts' })
        .click({ button: 'right' });
      const menu = page.getByRole('menu', { name: 'Actions' });
      // Highlighted under the pointer: an item with a shortcut, on the accent colour.
      const withKeys = menu
        .getByRole('menuitem')
        .filter({ has: page.locator('kbd') })
        .first();
      await withKeys.hover();
      await expect(withKeys).toHaveCSS('background-color', await accentOf(page));
      expect(await blockingViolations(page), 'context menu').toEqual([]);
    });

    test(`the checks panel, the export dialog and the glossary, ${theme} theme`, async ({
      page,
    }) => {
      // Three axe runs over the whole page: more than the default budget on a busy machine.
      test.slow();
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

    test(`the demand with its peak hour and Erlang A figures, ${theme} theme`, async ({ page }) => {
      await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
      await showTheme(page, theme);
      await page.getByTestId('function-node').filter({ hasText: 'Key accounts' }).click();
      const demand = page.locator('[data-section="demand"]');
      const patience = demand.getByRole('textbox', { name: 'Patience' });
      await patience.fill('2');
      await patience.press('Enter');
      await expect(
        demand.getByRole('heading', { name: 'If callers hang up (Erlang A)' }),
      ).toBeVisible();
      await demand.scrollIntoViewIfNeeded();
      expect(await blockingViolations(page)).toEqual([]);
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
