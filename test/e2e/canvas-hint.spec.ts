import { expect, test } from '@playwright/test';
import { startBlank } from './seed';

test('the first-run hint on the canvas is dismissed once, for good', async ({ page }) => {
  await startBlank(page);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  const hint = page.getByRole('note', { name: 'First steps' });
  await expect(hint).toContainText('press Ctrl+K');
  await expect(hint).toContainText('Press ? for every shortcut');
  await hint.getByRole('button', { name: 'Got it' }).click();
  await expect(hint).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Project name' })).toBeVisible();
  await expect(hint).toHaveCount(0);
});
