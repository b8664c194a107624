import { startBlank } from './seed';
import { expect, test } from '@playwright/test';

test.describe('an edit just made (browser edition)', () => {
  test('survives a reload before the autosave, and is not called saved before it is', async ({
    page,
  }) => {
    await startBlank(page);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const status = page.getByTestId('save-status');
    await expect(status).toHaveText(/^Saved /);
    const name = page.getByRole('textbox', { name: 'Project name' });
    await name.fill('Edited just now');
    await name.press('Enter');
    // Well inside the autosave delay: nothing has been stored by the autosave yet. The reload
    // follows at once (the page's own pagehide flush and journal must keep the edit).
    await expect(status).not.toHaveText(/^Saved /);
    await page.reload();
    await expect(name).toHaveValue('Edited just now');
    await expect(status).toHaveText(/^Saved /);
    await expect(page).toHaveTitle('Edited just now — Sales System Workbench');
    // Stored, not only shown: it is there after another reload too.
    await page.reload();
    await expect(name).toHaveValue('Edited just now');
    await expect(status).toHaveText(/^Saved /);
  });
});
