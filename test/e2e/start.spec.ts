import { expect, test } from '@playwright/test';

test.describe('the start screen', () => {
  test('a first run offers the samples; one opens on the canvas, and File › New comes back to it', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'С чего начать' })).toBeVisible();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Where to start' })).toBeVisible();
    // Each sample says what it shows.
    const sample = page.getByRole('button', { name: /^Specialised sales system/ });
    await expect(sample).toContainText('six functions in three departments');
    await expect(page.getByRole('button', { name: /^Key accounts/ })).toContainText('Erlang C');

    await sample.click();
    await expect(page.getByTestId('function-node')).toHaveCount(6);
    await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue(
      'Specialised sales system',
    );
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved /);

    // File › New (its key) shows the start screen again, with the project among the recent.
    await page.keyboard.press('Control+N');
    await expect(page.getByRole('heading', { name: 'Where to start' })).toBeVisible();
    await expect(
      page.getByRole('button', { name: /^Specialised sales system/ }).last(),
    ).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Recent projects' }).getByRole('button', {
        name: /^Specialised sales system/,
      }),
    ).toBeVisible();
    // Esc goes back to the open project, unchanged.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('function-node')).toHaveCount(6);

    // "New project" from the start screen makes a blank design.
    await page.keyboard.press('Control+N');
    await page.getByRole('button', { name: /^New project/ }).click();
    await expect(page.getByTestId('canvas')).toBeVisible();
    await expect(page.getByTestId('function-node')).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue(
      'Untitled design',
    );
  });

  test('"Import file…" brings a project file in through the library', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /^Import file…/ }).click();
    await (await chooser).setFiles('shared/samples/key-accounts.en.json');
    await expect(page.getByTestId('library-toast')).toContainText('Imported');
    await page.getByRole('button', { name: 'Open “Key accounts”' }).first().click();
    await expect(page.getByTestId('function-node')).toHaveCount(1);
  });

  test('About says what the app is for, not only its version', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('button', { name: /^New project/ }).click();
    await page.getByRole('button', { name: 'About' }).click();
    const about = page.getByRole('dialog', { name: 'Sales System Workbench' });
    await expect(about).toContainText('specialised into functions');
    await expect(about).toContainText(/Version \d/);
  });
});
