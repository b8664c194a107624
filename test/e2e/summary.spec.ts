import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, startBlank } from './seed';

/** The first amount of money in `text`, its spaces plain. */
const amount = (text: string) =>
  /RUB\s\d(?:[\d,.]*\d)?/.exec(text)?.[0].replace(/\s/g, ' ') ?? 'no amount';

/** The amount a row of the summary shows (a row is a term and its value). */
const shown = async (page: Page, testId: string) =>
  amount(await page.getByTestId(testId).locator('dd').innerText());

test('the summary counts the costs entered, its categories add up to it, and it says what is missing', async ({
  page,
}) => {
  await startBlank(page);
  await chooseLanguage(page, 'en');
  // A new key-account function: its staff is costed, its line has no cost yet, and its
  // segment no revenue.
  await page
    .getByRole('button', { name: /Key-account management/ })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  const card = page.getByTestId('function-node');
  await expect(card).toContainText('1 cost missing');
  const staff = amount(await card.innerText());
  await page.getByRole('tab', { name: 'Summary' }).click();
  const panel = page.getByRole('tabpanel');
  // The run cost is the staff's, as the card says, and so is the human resources category's.
  await expect.poll(() => shown(page, 'summary-run-cost')).toBe(staff);
  // It reads as the card reads its own: at least that much, one cost not entered.
  await expect(page.getByTestId('summary-run-cost')).toContainText('1 cost missing');
  await expect(page.getByTestId('summary-human-cost')).not.toContainText('missing');
  await expect(page.getByTestId('summary-technical-cost')).toContainText('1 cost missing');
  await expect.poll(() => shown(page, 'summary-human-cost')).toBe(staff);
  await expect.poll(() => shown(page, 'summary-technical-cost')).toBe('RUB 0');
  await expect(panel).toContainText(
    '1 function has costs not entered yet: the cost totals count only the costs entered.',
  );
  await expect(panel).toContainText(
    '1 function is left out of the profit and the net effect: revenue, growth or margin missing.',
  );

  // Its line costed, only the revenue is missing: the costs note goes, the line's cost counts.
  await page.getByRole('tab', { name: 'Inspector' }).click();
  const lineCost = page.getByTestId('inspector').getByRole('textbox', { name: 'Monthly cost' });
  await lineCost.first().fill('1500');
  await lineCost.first().press('Enter');
  await expect(card).not.toContainText('cost missing');
  const whole = amount(await card.innerText());
  expect(whole).not.toBe(staff);
  await page.getByRole('tab', { name: 'Summary' }).click();
  await expect.poll(() => shown(page, 'summary-run-cost')).toBe(whole);
  await expect.poll(() => shown(page, 'summary-human-cost')).toBe(staff);
  await expect.poll(() => shown(page, 'summary-technical-cost')).toBe('RUB 1,500');
  await expect(panel).not.toContainText('costs not entered yet');
  await expect(page.getByTestId('summary-run-cost')).not.toContainText('missing');
  await expect(panel).toContainText('1 function is left out of the profit');

  await chooseLanguage(page, 'ru');
  await expect(page.getByRole('tabpanel')).toContainText(
    'Функций не вошло в прирост прибыли и чистый эффект, потому что не хватает выручки, роста или маржи: 1.',
  );
});
