import { expect, test, type Page } from '@playwright/test';
import { openProjectFile } from './seed';

const card = (page: Page, name: string) =>
  page.getByTestId('function-node').filter({ hasText: name });

/** Selects a function by clicking its card (openProjectFile has waited for the view to fit). */
async function inspect(page: Page, name: string) {
  await card(page, name).click();
  await expect(page.getByTestId('inspector').locator('.inspector-heading')).toHaveText(name);
}

/** A figure of the live analysis, by its label, within `scope` (e.g. the inspector's header). */
const figure = (page: Page, scope: string, label: string) =>
  page.locator(scope).locator('.in-figure', { hasText: label }).locator('dd');

const runCost = (page: Page) => figure(page, '.inspector-header', 'Monthly run cost');

test.describe('the inspector', () => {
  test.beforeEach(async ({ page }) => {
    await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
    await inspect(page, 'Key accounts');
  });

  test('commits a field edit once, on Enter, and undoes it in one step', async ({ page }) => {
    await expect(runCost(page)).toHaveText(/413,500/);
    const cost = page.getByRole('textbox', { name: 'Cost per FTE' }).nth(1);
    await expect(cost).toHaveValue('110,000');

    // Typing only changes the field: the analysis waits for the commit.
    await cost.fill('150000');
    await expect(runCost(page)).toHaveText(/413,500/);
    await cost.press('Enter');
    // Two support specialists at 40,000 more each.
    await expect(runCost(page)).toHaveText(/493,500/);
    await expect(cost).toHaveValue('150,000');

    // The whole edit is one undo step, not one per keystroke.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(runCost(page)).toHaveText(/413,500/);
    await expect(cost).toHaveValue('110,000');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(runCost(page)).toHaveText(/493,500/);
  });

  test('a role without its cost leaves the known staff cost in view, with the count', async ({
    page,
  }) => {
    const human = page.locator('[data-section="human"]');
    const summary = human.locator('.in-section-summary');
    await expect(summary).toHaveText(/^3\sFTE · RUB\s400,000$/);
    const cost = page.getByRole('textbox', { name: 'Cost per FTE' }).nth(1);
    await cost.fill('');
    await cost.press('Enter');
    // The key account manager's 180,000 is known; the support specialists' cost is missing.
    await expect(summary).toHaveText(/^3\sFTE · ≥\sRUB\s180,000, 1 cost missing$/);
    await expect(figure(page, '[data-section="human"]', 'Staff cost per month')).toHaveText(
      /^≥\sRUB\s180,000, 1 cost missing$/,
    );
    await expect(runCost(page)).toHaveText(/^≥\sRUB\s193,500, 1 cost missing$/);
  });

  test('refuses invalid input with a message and saves nothing', async ({ page }) => {
    const headcount = page.getByRole('textbox', { name: 'Headcount' }).nth(1);
    await headcount.fill('1.3');
    await headcount.press('Enter');
    await expect(headcount).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toHaveText('Enter a multiple of 0.5.');
    await expect(figure(page, '.inspector-header', 'Headcount, FTE')).toHaveText('3');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

    // Leaving the field keeps the invalid text in view rather than dropping it silently.
    await page.getByRole('textbox', { name: 'Name' }).first().focus();
    await expect(headcount).toHaveValue('1.3');

    await headcount.fill('2.5');
    await headcount.press('Enter');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(figure(page, '.inspector-header', 'Headcount, FTE')).toHaveText('3.5');
  });

  test('an invalid entry at the bottom edge of the panel scrolls its message into view', async ({
    page,
  }) => {
    const headcount = page.getByRole('textbox', { name: 'Headcount' }).nth(1);
    // The field just inside the panel's bottom edge, as when a user scrolls down to it.
    await headcount.evaluate((field) => field.scrollIntoView({ block: 'end' }));
    await expect(headcount).toBeInViewport({ ratio: 1 });
    await headcount.fill('-3');
    const message = page.getByRole('alert');
    await expect(message).toHaveText('Enter 0.5 or more.');
    await expect(message).toBeInViewport({ ratio: 0.9 });
    await expect(headcount).toBeInViewport({ ratio: 1 });
  });

  test('shows the Erlang C staffing beside the demand and reacts to it', async ({ page }) => {
    const demand = page.locator('[data-section="demand"]');
    await expect(demand.getByRole('status')).toContainText('Staff is enough');
    await expect(figure(page, '[data-section="demand"]', 'Agents needed')).toHaveText('1');

    const requests = demand.getByRole('textbox', { name: 'Requests per hour' });
    await requests.fill('30');
    await requests.press('Enter');
    await expect(demand.getByRole('status')).toContainText('Staff is short');
    // The design check about it appears among the function's checks, in the UI language.
    const checks = page.locator('.inspector-checks');
    await expect(checks).toContainText('cannot answer 95% of requests within 15 min');

    // A check leads to the field to fix: the demand's first input.
    await checks.getByRole('button', { name: /cannot answer/ }).click();
    await expect(requests).toBeFocused();
  });

  test('switches every visible string with the language', async ({ page }) => {
    const inspector = page.getByTestId('inspector');
    await expect(inspector).toContainText('Human resources');
    await expect(inspector).toContainText('Pays: the target growth covers the break-even');
    await page.getByRole('button', { name: 'RU', exact: true }).click();
    await expect(inspector).toContainText('Человеческие ресурсы');
    await expect(inspector).toContainText('Окупается');
    await expect(inspector.getByRole('textbox', { name: 'Стоимость ставки' }).first()).toHaveValue(
      /^180\s000$/,
    );
    await expect(inspector).not.toContainText('Human resources');
  });

  test('edits steps as an ordered list, one undo step per change', async ({ page }) => {
    const steps = page.locator('[data-section="process"] li');
    await expect(steps).toHaveCount(5);
    const first = await steps.nth(0).locator('textarea').inputValue();
    await page.getByRole('button', { name: `Move “${first}” down` }).click();
    await expect(steps.nth(1).locator('textarea')).toHaveValue(first);
    // Focus follows the moved step, so it can be moved again from the keyboard.
    await expect(page.getByRole('button', { name: `Move “${first}” down` })).toBeFocused();

    await page.getByRole('button', { name: 'Add a step' }).click();
    await expect(steps).toHaveCount(6);
    await expect(steps.nth(5).locator('textarea')).toBeFocused();
    await page.keyboard.type('Report the results to the director');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-section="process"] summary')).toContainText('Steps: 6');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(steps.nth(5).locator('textarea')).toHaveValue('');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(steps).toHaveCount(5);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(steps.nth(0).locator('textarea')).toHaveValue(first);
  });

  test('the project panel adds a person who can then own a KPI breach', async ({ page }) => {
    await page.getByRole('tab', { name: 'Project' }).click();
    const panel = page.getByTestId('project-panel');
    await expect(panel.getByRole('textbox', { name: 'Contracted hours per FTE' })).toHaveValue(
      '40',
    );
    await panel.getByRole('button', { name: 'Add a person' }).click();
    await page.keyboard.type('Pavel Orlov');
    await page.keyboard.press('Enter');
    await expect(panel).toContainText('Not assigned to any function');

    await page.getByRole('tab', { name: 'Inspector' }).click();
    const owner = page.getByRole('combobox', { name: 'Breach owner' }).first();
    await owner.selectOption({ label: 'Pavel Orlov' });
    await expect(owner).toHaveValue(/.+/);
  });
});

test('several selected functions show their count and totals, nothing to edit', async ({
  page,
}) => {
  await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
  const cards = page.getByTestId('function-node');
  const name = page.getByTestId('inspector').getByRole('textbox', { name: 'Name' }).first();
  await cards.nth(0).click();
  const firstName = await name.inputValue();
  await cards.nth(1).click({ modifiers: ['Control'] });
  await expect(page.getByTestId('inspector')).toContainText('Functions selected: 2');
  await expect(page.getByTestId('inspector').getByRole('textbox')).toHaveCount(0);
  await expect(figure(page, '.inspector-multi', 'Monthly run cost')).toHaveText(/RUB/);

  // Ctrl+click on a selected card takes it out of the selection; a plain click selects one only.
  await cards.nth(1).click({ modifiers: ['Control'] });
  await expect(name).toHaveValue(firstName);
  await cards.nth(2).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('inspector')).toContainText('Functions selected: 2');
  await cards.nth(1).click();
  await expect(name).not.toHaveValue(firstName);
  await expect(page.getByTestId('inspector')).not.toContainText('Functions selected');

  // By keyboard: Shift+Enter on a focused card adds it, Enter alone selects it only.
  // A card is named by its function ("Key accounts — Key-account management. …").
  const focusable = (fn: string) => page.getByRole('group', { name: new RegExp(`^${fn}( —|\\.)`) });
  await card(page, 'Key accounts').click();
  await focusable('Partner program').focus();
  await page.keyboard.press('Shift+Enter');
  await expect(page.getByTestId('inspector')).toContainText('Functions selected: 2');
  await focusable('Lead nurturing').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inspector')).not.toContainText('Functions selected');
  await expect(name).toHaveValue('Lead nurturing');
});

test('a design check in the inspector leads to the very field that fixes it', async ({ page }) => {
  await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
  await inspect(page, 'Key accounts');
  const inspector = page.getByTestId('inspector');

  // Empty the KPI's data source: the check names it and its button focuses that input.
  const source = inspector.getByRole('textbox', { name: 'Data source' }).first();
  await source.fill('');
  await source.press('Enter');
  const finding = inspector
    .getByRole('list', { name: 'Design checks' })
    .getByRole('button', { name: /no measurement source/i });
  await finding.click();
  await expect(source).toBeFocused();

  // A new function has no owner: its check focuses the owner field.
  await page.locator('[data-type-id="events"]').click();
  await inspector
    .getByRole('list', { name: 'Design checks' })
    .getByRole('button', { name: /owner/i })
    .first()
    .click();
  await expect(inspector.getByRole('combobox', { name: 'Accountable owner' })).toBeFocused();
});

test('a response time measured by hand is a finding that leads to how it is measured', async ({
  page,
}) => {
  await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
  await inspect(page, 'Key accounts');
  const inspector = page.getByTestId('inspector');
  const checks = inspector.getByRole('list', { name: 'Design checks' });

  // The 15-minute response KPI is the first; measuring it by hand is what the method warns of.
  const method = inspector.getByRole('combobox', { name: 'Measured' }).first();
  await method.selectOption({ label: 'Manual' });
  const finding = checks.getByRole('button', { name: /is measured by hand/ });
  await expect(finding).toHaveCount(1);
  await page.getByRole('textbox', { name: 'Project name' }).focus();
  await finding.click();
  await expect(method).toBeFocused();

  // Back to automated tracking: the finding clears.
  await method.selectOption({ label: 'Automated' });
  await expect(finding).toHaveCount(0);
});

test.describe('the busiest hour and impatient callers', () => {
  test.beforeEach(async ({ page }) => {
    await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
    await inspect(page, 'Key accounts');
  });

  test('staffs the busiest hour and shows Erlang A once patience is given', async ({ page }) => {
    const demand = page.locator('[data-section="demand"]');
    const erlangC =
      '[data-section="demand"] dl[aria-label="Staffing for the answer time (Erlang C)"]';
    await expect(figure(page, erlangC, 'Agents needed')).toHaveText('1');
    await expect(demand).toContainText('Staffed for the busiest hour: 140% of the average hour');

    // Three times the average hour: 0.6 erlang needs a second agent on line.
    const peak = demand.getByRole('textbox', { name: 'Busiest hour' });
    await peak.fill('300');
    await peak.press('Enter');
    await expect(figure(page, erlangC, 'Agents needed')).toHaveText('2');
    await expect(figure(page, erlangC, 'Agents the average hour would need')).toHaveText('1');
    await expect(demand.getByRole('status')).toContainText('Staff is short');

    // No Erlang A until the callers' patience is known.
    const erlangA = demand.locator('dl[aria-label="If callers hang up (Erlang A)"]');
    await expect(erlangA).toHaveCount(0);
    const patience = demand.getByRole('textbox', { name: 'Patience' });
    await patience.fill('2');
    await patience.press('Enter');
    await expect(
      demand.getByRole('heading', { name: 'If callers hang up (Erlang A)' }),
    ).toBeVisible();
    const hangUp = erlangA.locator('.in-figure', { hasText: 'Hang up with the assigned staff' });
    await expect(hangUp.locator('dd')).toHaveText(/^\d+(\.\d)?%$/);
    const before = await hangUp.locator('dd').textContent();
    await expect(
      erlangA.locator('.in-figure', { hasText: 'Agents needed' }).locator('dd'),
    ).toHaveText(/^\d+$/);
    // More patient callers hang up less.
    await patience.fill('30');
    await patience.press('Enter');
    await expect(hangUp.locator('dd')).not.toHaveText(before ?? '');

    // Back to the average hour: the note asks for the busiest hour and leads to its field.
    await peak.fill('');
    await peak.press('Enter');
    const checks = page.locator('.inspector-checks');
    await checks.getByRole('button', { name: /sized for the average hour/ }).click();
    await expect(peak).toBeFocused();
  });

  test('a ramp-up lowers the return over the period', async ({ page }) => {
    const roi = figure(page, '[data-section="financial"]', 'Return on investment');
    const before = await roi.textContent();
    const ramp = page.getByRole('textbox', { name: 'Months to reach the growth' });
    await ramp.fill('6');
    await ramp.press('Enter');
    await expect(roi).not.toHaveText(before ?? '');
  });
});
