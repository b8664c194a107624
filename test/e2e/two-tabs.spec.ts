import { startBlank } from './seed';
import { expect, test } from '@playwright/test';

test.describe('two tabs on one project (browser edition)', () => {
  test('the second opens it read-only, saves nothing, and takes over when the first closes', async ({
    context,
  }) => {
    const first = await context.newPage();
    await startBlank(first);
    await first.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(first.getByTestId('save-status')).toHaveText(/^Saved /);

    const second = await context.newPage();
    await second.goto('/');
    const banner = second.getByTestId('open-elsewhere');
    await expect(banner).toContainText('open in another tab');
    await expect(second.getByTestId('save-status')).toHaveText('Read-only: open in another tab');
    await expect(first.getByTestId('open-elsewhere')).toHaveCount(0);

    // The first tab edits and saves; the second's edit is never stored over it.
    const firstName = first.getByRole('textbox', { name: 'Project name' });
    await firstName.fill('Edited in the first tab');
    await firstName.press('Enter');
    await expect(first.getByTestId('save-status')).toHaveText(/^Saved /, { timeout: 10_000 });
    const secondName = second.getByRole('textbox', { name: 'Project name' });
    await secondName.fill('Edited in the second tab');
    await secondName.press('Enter');
    await expect(second.getByTestId('save-status')).toHaveText('Read-only: open in another tab');

    // The first tab closes: the second reloads what it stored and may edit from there.
    await first.close();
    await expect(banner).toHaveCount(0, { timeout: 10_000 });
    await expect(secondName).toHaveValue('Edited in the first tab');
    await expect(second.getByTestId('save-status')).toHaveText(/^Saved /);
  });
});
