import { expect, test } from '@playwright/test';
import { blockingViolations, showTheme, THEMES } from './axe';
import { openProjectFile } from './seed';

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
});
