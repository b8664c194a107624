import { expect, test } from '@playwright/test';
import { takeFieldRenders, watchFieldRenders } from './react-renders';
import { openProjectFile } from './seed';

/**
 * A committed edit re-renders the field it changed and no other: with some twenty fields open,
 * each re-rendered input is work React does (and DOM it touches) for nothing.
 */
test.describe('an inspector edit renders only its own field', () => {
  test.beforeEach(async ({ page }) => {
    await watchFieldRenders(page);
    await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
    await page.getByTestId('function-node').filter({ hasText: 'Key accounts' }).click();
    await expect(page.locator('.inspector-heading')).toHaveText('Key accounts');
  });

  test('Enter in Name renders the Name field and the heading', async ({ page }) => {
    const name = page.getByTestId('inspector').getByRole('textbox', { name: 'Name' }).first();
    await name.fill('Key accounts North');
    await takeFieldRenders(page);
    await name.press('Enter');
    await expect(page.locator('.inspector-heading')).toHaveText('Key accounts North');
    expect(await takeFieldRenders(page)).toEqual(['Name']);
    await expect(name).toHaveValue('Key accounts North');
  });

  test('a new headcount renders that one field, not Name', async ({ page }) => {
    const fte = page.getByRole('textbox', { name: 'Headcount' }).nth(1);
    const header = page.locator('.inspector-header .in-figure', { hasText: 'Headcount, FTE' });
    await expect(header.locator('dd')).toHaveText('3');
    await fte.fill('2.5');
    await takeFieldRenders(page);
    await fte.press('Enter');
    await expect(header.locator('dd')).toHaveText('3.5');
    expect(await takeFieldRenders(page)).toEqual(['Headcount']);
    await expect(fte).toHaveValue('2.5');
  });

  test('a new planning period in the project panel renders that field alone', async ({ page }) => {
    await page.getByRole('tab', { name: 'Project' }).click();
    const months = page.getByRole('textbox', { name: 'Planning period', exact: true });
    await months.fill('18');
    await takeFieldRenders(page);
    await months.press('Enter');
    await expect(months).toHaveValue('18');
    expect(await takeFieldRenders(page)).toEqual(['Planning period']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(months).toHaveValue('12');
  });
});
