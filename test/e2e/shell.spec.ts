import { startBlank } from './seed';
import { expect, test } from '@playwright/test';

test.describe('the browser edition shell', () => {
  test('shows the canvas, switches language, saves and reopens the document', async ({ page }) => {
    await startBlank(page);

    // The canvas and the chrome around it, in Russian by default.
    await expect(page.getByTestId('canvas')).toBeVisible();
    await expect(page.locator('.react-flow__pane')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Сохранить' })).toBeVisible();
    await expect(page.getByText('Браузерная версия')).toBeVisible();

    // Switching the language changes the UI text at once.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
    await expect(page.getByText('Browser edition')).toBeVisible();
    await expect(
      page.getByText('Drag a function here from the palette', { exact: false }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // Rename the design and save it with the keyboard.
    const name = page.getByRole('textbox', { name: 'Project name' });
    await name.fill('Key accounts — pilot');
    await name.press('Enter');
    await expect(page.getByTestId('save-status')).toHaveText('Unsaved changes');
    await page.keyboard.press('Control+S');
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved /);

    // After a reload the same document and the chosen language come back.
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue(
      'Key accounts — pilot',
    );
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved /);
    await expect(page).toHaveTitle('Key accounts — pilot — Sales System Workbench');
  });

  test('undo and redo walk back and forth through a rename', async ({ page }) => {
    await startBlank(page);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const name = page.getByRole('textbox', { name: 'Project name' });
    const original = await name.inputValue();
    await name.fill('Second name');
    await name.press('Enter');
    await expect(name).toHaveValue('Second name');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(name).toHaveValue(original);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(name).toHaveValue('Second name');
  });

  test('the page forbids inline scripts and network access through its CSP', async ({ page }) => {
    await page.goto('/');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("default-src 'none'");
  });
});
