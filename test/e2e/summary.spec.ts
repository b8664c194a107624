import { expect, test } from '@playwright/test';
import { chooseLanguage, startBlank } from './seed';

test('the summary says which totals leave a function out, and for what', async ({ page }) => {
  await startBlank(page);
  await chooseLanguage(page, 'en');
  // A new key-account function: its line has no cost yet, and its segment no revenue.
  await page
    .getByRole('button', { name: /Key-account management/ })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('function-node')).toContainText('1 cost missing');
  await page.getByRole('tab', { name: 'Summary' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel).toContainText(
    '1 function is left out of the cost totals: a cost is missing.',
  );
  await expect(panel).toContainText(
    '1 function is left out of the profit and the net effect: revenue, growth or margin missing.',
  );

  // Its line costed, only the revenue is missing: the costs note goes.
  await page.getByRole('tab', { name: 'Inspector' }).click();
  const lineCost = page.getByTestId('inspector').getByRole('textbox', { name: 'Monthly cost' });
  await lineCost.first().fill('1500');
  await lineCost.first().press('Enter');
  await expect(page.getByTestId('function-node')).not.toContainText('cost missing');
  await page.getByRole('tab', { name: 'Summary' }).click();
  await expect(panel).not.toContainText('left out of the cost totals');
  await expect(panel).toContainText('1 function is left out of the profit');

  await chooseLanguage(page, 'ru');
  await expect(page.getByRole('tabpanel')).toContainText(
    'Функций не вошло в прирост прибыли и чистый эффект, потому что не хватает выручки, роста или маржи: 1.',
  );
});
