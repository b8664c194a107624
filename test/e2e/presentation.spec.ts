import { expect, test, type Page } from '@playwright/test';
import { blockingViolations, showTheme, THEMES } from './axe';
import { openProjectFile, settledView, startBlank } from './seed';

const SPECIALISED = 'shared/samples/specialised-sales.en.json';
/** The sample's six functions in presentation order: departments, then the layout. */
const SLIDES = 8;

const card = (page: Page, name: string) =>
  page.getByTestId('function-node').filter({ hasText: name });
const presentation = (page: Page) => page.getByRole('dialog', { name: 'Presentation' });
const counter = (page: Page, n: number) =>
  expect(presentation(page).getByText(`Slide ${n} of ${SLIDES}`, { exact: true })).toBeVisible();
const focusedId = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-id]')?.getAttribute('data-id'));

async function runFromPalette(page: Page, command: string) {
  await page.keyboard.press('Control+K');
  await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').fill(command);
  await page.keyboard.press('Enter');
}

test.describe('presentation mode', () => {
  test('F5 presents; the keys step, jump and leave; Esc gives back selection, zoom and focus', async ({
    page,
  }) => {
    await openProjectFile(page, SPECIALISED, 'en');
    const before = await settledView(page);
    await page
      .getByRole('toolbar', { name: 'Main toolbar' })
      .getByRole('button', { name: 'Zoom in' })
      .click();
    await card(page, 'Lead nurturing').click();
    await expect(card(page, 'Lead nurturing')).toHaveClass(/selected/);
    const transform = await settledView(page);
    expect(transform).not.toBe(before);
    const focused = await focusedId(page);
    expect(focused).toBeTruthy();

    await page.keyboard.press('F5');
    const slides = presentation(page);
    await expect(slides).toBeVisible();
    await expect(slides.getByRole('heading', { level: 2 })).toHaveText('Specialised sales system');
    await expect(slides).toContainText('Example Trading Ltd');
    await counter(page, 1);
    // The editor underneath is out of reach while presenting: no key edits the design.
    await expect(page.locator('.app-chrome')).toHaveAttribute('inert', '');
    await page.keyboard.press('Delete');

    await page.keyboard.press('ArrowRight');
    await counter(page, 2);
    const first = await slides.getByRole('heading', { level: 2 }).textContent();
    await expect(slides.getByRole('region', { name: 'People' })).toBeVisible();
    await expect(slides.getByRole('region', { name: 'Lines' })).toBeVisible();
    await expect(slides.getByRole('region', { name: 'KPIs' })).toBeVisible();
    await expect(slides.getByRole('region', { name: 'Money' })).toBeVisible();
    await expect(slides.getByRole('region', { name: 'Design checks' })).toBeVisible();
    // Arrows on a presented card do not move the card behind it.
    await page.keyboard.press('Space');
    await counter(page, 3);
    await page.keyboard.press('PageDown');
    await counter(page, 4);
    await page.keyboard.press('PageUp');
    await counter(page, 3);
    await page.keyboard.press('ArrowLeft');
    await counter(page, 2);
    await expect(slides.getByRole('heading', { level: 2 })).toHaveText(first ?? '');

    await page.keyboard.press('End');
    await counter(page, SLIDES);
    await expect(slides.getByRole('heading', { name: 'The design in figures' })).toBeVisible();
    await expect(slides).toContainText('Do not pay for themselves');
    await page.keyboard.press('Home');
    await counter(page, 1);

    // A number and Enter jump; the typed number shows while it is typed.
    await page.keyboard.press('5');
    await expect(slides.getByText('Go to slide 5')).toBeVisible();
    await page.keyboard.press('Enter');
    await counter(page, 5);

    await page.keyboard.press('Escape');
    await expect(slides).toBeHidden();
    await expect(card(page, 'Lead nurturing')).toHaveClass(/selected/);
    await expect(page.getByTestId('function-node')).toHaveCount(6);
    await expect(page.getByTestId('inspector')).toContainText('Lead nurturing');
    await expect.poll(() => settledView(page)).toBe(transform);
    await expect.poll(() => focusedId(page)).toBe(focused);
  });

  test('the toolbar button and the View menu (command palette) present; the buttons step', async ({
    page,
  }) => {
    await openProjectFile(page, SPECIALISED, 'en');
    await page.getByRole('button', { name: 'Present' }).click();
    await counter(page, 1);
    await presentation(page).getByRole('button', { name: 'Next slide' }).click();
    await counter(page, 2);
    await presentation(page).getByRole('button', { name: 'Previous slide' }).click();
    await counter(page, 1);
    await presentation(page).getByRole('button', { name: 'Leave the presentation' }).click();
    await expect(presentation(page)).toBeHidden();

    await runFromPalette(page, 'Present');
    await counter(page, 1);
    await page.keyboard.press('Escape');
    await expect(presentation(page)).toBeHidden();
  });

  test('the order of the slides is changed in the project panel, and set back to the layout’s', async ({
    page,
  }) => {
    await openProjectFile(page, SPECIALISED, 'en');
    await page.getByRole('tab', { name: 'Project' }).click();
    await page.getByText('Presentation order', { exact: true }).click();
    const order = page.locator('[data-section="presentation"] .in-list-items');
    const name = (await order.locator('.in-list-item-body').last().textContent()) ?? '';
    expect(name).not.toBe('');
    for (let step = 0; step < 5; step++) {
      await page.getByRole('button', { name: `Move “${name}” up` }).click();
    }
    await expect(order.getByRole('listitem').first()).toContainText(name);

    await page.keyboard.press('F5');
    await counter(page, 1);
    await page.keyboard.press('ArrowRight');
    await expect(presentation(page).getByRole('heading', { level: 2 })).toHaveText(name);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Back to the layout order' }).click();
    await expect(order.getByRole('listitem').last()).toContainText(name);
  });
});

test('an empty design presents its title and a summary that says it is empty', async ({ page }) => {
  await startBlank(page);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.keyboard.press('F5');
  const slides = presentation(page);
  await expect(slides.getByText('Slide 1 of 2', { exact: true })).toBeVisible();
  await expect(slides).toContainText('The design has no functions yet.');
  await page.keyboard.press('ArrowRight');
  await expect(slides.getByText('Slide 2 of 2', { exact: true })).toBeVisible();
  await expect(slides.getByRole('heading', { name: 'The design in figures' })).toBeVisible();
  await expect(slides).toContainText('The design has no functions yet.');
  await expect(slides).not.toContainText('pays for itself');
});

test.describe('live editing in a workshop', () => {
  test('Ctrl+B and the View menu hide the palette and the side panel, and bring them back', async ({
    page,
  }) => {
    await openProjectFile(page, SPECIALISED, 'en');
    const palette = page.getByRole('navigation', { name: 'Functions' });
    const side = page.getByRole('complementary', { name: 'Side panel' });
    await expect(palette).toBeVisible();
    const canvasWidth = async () => (await page.getByTestId('canvas').boundingBox())?.width ?? 0;
    const narrow = await canvasWidth();

    await page.keyboard.press('Control+B');
    await expect(palette).toBeHidden();
    await expect(side).toBeHidden();
    await expect.poll(canvasWidth).toBeGreaterThan(narrow + 400);
    await page.keyboard.press('Control+B');
    await expect(palette).toBeVisible();
    await expect(side).toBeVisible();

    await runFromPalette(page, 'Hide palette and side panel');
    await expect(side).toBeHidden();
    await runFromPalette(page, 'Hide palette and side panel');
    await expect(side).toBeVisible();
  });

  test('large type scales the cards’ text; zoom to selection brings the card close', async ({
    page,
  }) => {
    await openProjectFile(page, SPECIALISED, 'en');
    const title = card(page, 'Key accounts').locator('.function-node-name');
    const size = () => title.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const before = await size();
    await runFromPalette(page, 'Large type on cards');
    await expect(page.locator('html')).toHaveAttribute('data-large-type', '');
    await expect.poll(size).toBeGreaterThan(before * 1.4);
    await runFromPalette(page, 'Large type on cards');
    await expect(page.locator('html')).not.toHaveAttribute('data-large-type', '');

    await card(page, 'Key accounts').click();
    const width = async () => (await card(page, 'Key accounts').boundingBox())?.width ?? 0;
    const small = await width();
    await page.keyboard.press('Shift+F');
    await expect.poll(width).toBeGreaterThan(small * 1.3);
  });
});

test.describe('presentation mode, axe-core: no serious or critical violation', () => {
  for (const theme of THEMES) {
    test(`title, a function and the summary, ${theme} theme`, async ({ page }) => {
      // Three axe runs over the whole page: more than the default budget on a busy machine.
      test.slow();
      await openProjectFile(page, SPECIALISED, 'en');
      await showTheme(page, theme);
      await page.keyboard.press('F5');
      await counter(page, 1);
      expect(await blockingViolations(page), 'title').toEqual([]);
      await page.keyboard.press('ArrowRight');
      await counter(page, 2);
      expect(await blockingViolations(page), 'function').toEqual([]);
      await page.keyboard.press('End');
      await counter(page, SLIDES);
      expect(await blockingViolations(page), 'summary').toEqual([]);
    });
  }
});
