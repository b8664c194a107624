import { expect, test, type Locator, type Page } from '@playwright/test';
import { openProjectFile } from './seed';

const KEY_ACCOUNTS = 'shared/samples/key-accounts.en.json';
const SPECIALISED = 'shared/samples/specialised-sales.en.json';

/**
 * A card as a screen reader announces it: the function's name, then its type or its status (a
 * link's name also starts with a function's name, then an arrow).
 */
const card = (page: Page, name: string) =>
  page.getByRole('group', { name: new RegExp(`^${name}( — |\\. )`) });

const paletteItem = (page: Page, name: string) =>
  page.getByRole('toolbar', { name: 'Functions' }).getByRole('button', { name });

/**
 * How far right of Key accounts a card is drawn, both read at once: the view may still be panning
 * to a card just added, which moves every card on screen but not one against another.
 */
async function leftOf(locator: Locator): Promise<number> {
  const lefts = await locator
    .page()
    .getByTestId('function-node')
    .evaluateAll((nodes) =>
      nodes.map((node) => ({
        name: node.querySelector('.function-node-name')?.textContent?.trim() ?? '',
        left: node.getBoundingClientRect().left,
      })),
    );
  const name = await locator.locator('.function-node-name').textContent();
  const leftOfCard = (wanted: string | null) =>
    lefts.find((card) => card.name === wanted?.trim())?.left ?? Number.NaN;
  return leftOfCard(name) - leftOfCard('Key accounts');
}

test.describe('the canvas by keyboard', () => {
  test('a function added with Enter takes the focus; a run of arrow keys is one undo step', async ({
    page,
  }) => {
    // The page's clock is the test's: the five presses fall within the one-second merge window
    // however slowly a loaded machine delivers them.
    await page.clock.install();
    await openProjectFile(page, KEY_ACCOUNTS, 'en');
    await paletteItem(page, 'Technical support').focus();
    await page.keyboard.press('Enter');

    const support = card(page, 'Technical support');
    await expect(support).toBeFocused();
    const before = await leftOf(support);
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 100);
    for (let press = 0; press < 5; press++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => leftOf(support)).toBeGreaterThan(before);
    const moved = await leftOf(support);
    await page.clock.resume();

    // One Ctrl+Z takes back all five moves.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => leftOf(support)).toBe(before);
    await expect(support).toBeFocused();
    // The next one takes back the step before them: the card added with Enter.
    await page.keyboard.press('Control+Z');
    await expect(support).toHaveCount(0);
    await page.keyboard.press('Control+Shift+Z');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => leftOf(support)).toBe(moved);
  });

  test('the function found with Ctrl+F takes the focus', async ({ page }) => {
    await openProjectFile(page, SPECIALISED, 'en');
    await page.keyboard.press('Control+F');
    const find = page.getByRole('dialog', { name: 'Find a function' });
    await find.getByRole('combobox').fill('Events');
    await page.keyboard.press('Enter');
    await expect(card(page, 'Events')).toBeFocused();
    await expect(page.getByTestId('inspector')).toContainText('Events');
  });

  test('deleting the focused card hands the focus to the next card, the last one to the canvas', async ({
    page,
  }) => {
    await openProjectFile(page, KEY_ACCOUNTS, 'en');
    await paletteItem(page, 'Events').focus();
    await page.keyboard.press('Enter');
    await expect(card(page, 'Events')).toBeFocused();

    // Events is the last card: the focus goes back to the one before, selected.
    await page.keyboard.press('Delete');
    await expect(card(page, 'Events')).toHaveCount(0);
    await expect(card(page, 'Key accounts')).toBeFocused();
    await expect(page.getByTestId('inspector')).toContainText('Key accounts');

    // The last card of all: the canvas takes the focus, not the page body.
    await page.keyboard.press('Delete');
    await expect(page.getByTestId('function-node')).toHaveCount(0);
    await expect(page.getByRole('main', { name: 'Sales system design canvas' })).toBeFocused();
    // The keys still act on the canvas: undo brings the card back.
    await page.keyboard.press('Control+Z');
    await expect(page.getByTestId('function-node')).toHaveCount(1);
  });

  test('a paste puts the focus on the copy', async ({ page }) => {
    await openProjectFile(page, KEY_ACCOUNTS, 'en');
    await card(page, 'Key accounts').click();
    await page.keyboard.press('Control+C');
    await page.keyboard.press('Control+V');
    await expect(card(page, 'Key accounts')).toHaveCount(2);
    // The copy is drawn after the original.
    await expect(card(page, 'Key accounts').last()).toBeFocused();
  });

  test('F2 renames the card in place; Enter commits as one undo step', async ({ page }) => {
    await openProjectFile(page, KEY_ACCOUNTS, 'en');
    await card(page, 'Key accounts').click();
    await page.keyboard.press('F2');

    const field = page.getByRole('textbox', { name: 'Function name' });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('Key accounts');
    // The name starts selected: what is typed replaces it.
    await page.keyboard.type('Key clients');
    await expect(field).toHaveValue('Key clients');
    await field.press('Enter');

    await expect(field).toHaveCount(0);
    await expect(card(page, 'Key clients')).toBeFocused();
    await expect(card(page, 'Key clients')).toContainText('Key clients');
    // The function's own name is the first of the inspector's name fields (lines, tools …).
    const inspectorName = page
      .getByTestId('inspector')
      .getByRole('textbox', { name: 'Name', exact: true })
      .first();
    await expect(inspectorName).toHaveValue('Key clients');

    await page.keyboard.press('Control+Z');
    await expect(card(page, 'Key accounts')).toContainText('Key accounts');
    await expect(inspectorName).toHaveValue('Key accounts');
  });

  test('a double-click on the title renames; Escape cancels; an empty name is refused', async ({
    page,
  }) => {
    await openProjectFile(page, KEY_ACCOUNTS, 'en');
    const keyAccounts = card(page, 'Key accounts');
    const field = page.getByRole('textbox', { name: 'Function name' });

    // A double-click elsewhere on the card does not rename it.
    await keyAccounts.getByText('3 FTE').dblclick();
    await expect(field).toHaveCount(0);

    await keyAccounts.getByText('Key accounts', { exact: true }).dblclick();
    await expect(field).toBeFocused();
    await field.fill('   ');
    await field.press('Enter');
    await expect(page.getByRole('alert')).toContainText('A name cannot be empty');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toBeFocused();

    await field.fill('Strategic clients');
    await field.press('Escape');
    await expect(field).toHaveCount(0);
    await expect(keyAccounts).toContainText('Key accounts');
    await expect(keyAccounts).toBeFocused();
    // Nothing was written: the only undo step is still the opening of the project.
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  test('Rename in the card’s menu opens the field; leaving the field commits', async ({ page }) => {
    await openProjectFile(page, KEY_ACCOUNTS, 'en');
    await card(page, 'Key accounts').click({ button: 'right' });
    await page
      .getByRole('menu', { name: 'Actions' })
      .getByRole('menuitem', { name: /Rename/ })
      .click();
    const field = page.getByRole('textbox', { name: 'Function name' });
    await expect(field).toBeFocused();
    await field.fill('Key clients');
    await field.press('Tab');
    await expect(field).toHaveCount(0);
    await expect(card(page, 'Key clients')).toContainText('Key clients');
  });

  test('Tab goes from the toolbar through the palette, as one stop, to the cards', async ({
    page,
  }) => {
    await openProjectFile(page, KEY_ACCOUNTS, 'en');
    await page.getByRole('button', { name: 'About' }).focus();
    await page.keyboard.press('Tab');
    const first = paletteItem(page, 'Key-account management');
    await expect(first).toBeFocused();
    // Inside the palette the arrows move; they do not nudge the selection.
    await page.keyboard.press('ArrowDown');
    await expect(paletteItem(page, 'Promotion of a product or category')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(card(page, 'Key accounts')).toBeFocused();
    // The card Tab reached is the one the keys act on.
    await expect(page.getByTestId('inspector')).toContainText('Key accounts');
  });

  test('rename from the command palette acts on the card just added, not the one before', async ({
    page,
  }) => {
    await openProjectFile(page, KEY_ACCOUNTS, 'en');
    await page.getByRole('button', { name: 'About' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(card(page, 'Key accounts')).toBeFocused();

    const commands = page.getByRole('dialog', { name: 'Command palette' });
    await page.keyboard.press('Control+K');
    await commands.getByRole('combobox').fill('Add: Events');
    await page.keyboard.press('Enter');
    await expect(card(page, 'Events')).toBeFocused();

    // Closing, the dialog hands the focus back to where it was; that must not select it.
    await page.keyboard.press('Control+K');
    await commands.getByRole('combobox').fill('Rename');
    await page.keyboard.press('Enter');
    const field = page.getByRole('textbox', { name: 'Function name' });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('Events');
  });

  test('cards and links are announced by name, in the UI language', async ({ page }) => {
    await openProjectFile(page, SPECIALISED, 'en');
    await expect(card(page, 'Key accounts')).toHaveAccessibleName(
      /^Key accounts — Key-account management\. /,
    );
    await expect(
      page.getByRole('group', { name: 'Key accounts → Technical support, Escalation' }),
    ).toHaveCount(1);
    await expect(
      page.getByRole('group', { name: 'Partner program → Key accounts, Reporting' }),
    ).toHaveCount(1);

    await page.getByRole('button', { name: 'RU', exact: true }).click();
    await expect(
      page.getByRole('group', { name: 'Key accounts → Technical support, Эскалация' }),
    ).toHaveCount(1);
    await expect(card(page, 'Key accounts')).toHaveAccessibleName(
      /^Key accounts — Работа с ключевыми клиентами\. /,
    );
  });

  test('the canvas controls and what the keys do are told in the UI language', async ({ page }) => {
    await openProjectFile(page, KEY_ACCOUNTS, 'ru');
    // The toolbar's zoom button and the canvas' own.
    await expect(page.getByRole('button', { name: 'Увеличить', exact: true })).toHaveCount(2);
    await expect(card(page, 'Key accounts')).toHaveAccessibleDescription(/F2 переименовывает/);
  });
});
