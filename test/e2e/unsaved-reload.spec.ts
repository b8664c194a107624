import { startBlank } from './seed';
import { expect, test } from '@playwright/test';

test.describe('an edit just made (browser edition)', () => {
  test('survives a reload before the autosave, and is not called saved before it is', async ({
    page,
  }) => {
    // The page's timers run on a clock the test holds: however slow the machine, the autosave
    // (1.5 s after the edit) cannot run before the test has looked and reloaded.
    await page.clock.install();
    await startBlank(page);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const status = page.getByTestId('save-status');
    await expect(status).toHaveText(/^Saved /);
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    const name = page.getByRole('textbox', { name: 'Project name' });
    await name.fill('Edited just now');
    await name.press('Enter');
    // Nothing has been stored by the autosave yet, and the status says so.
    await expect(status).toHaveText('Unsaved changes');
    // The reload follows with the clock running again: the page's own pagehide flush and its
    // journal must keep the edit.
    await page.clock.resume();
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
