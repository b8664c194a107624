import { expect, test, type Page } from '@playwright/test';
import { displayFor } from '../../shared/display';
import { blockingViolations, showTheme, THEMES } from './axe';
import { figuresOf, KEY_ACCOUNTS, keyAccountsWithSupport } from './scenario-fixtures';
import { cardsMeasured, openProjectFile, settledView } from './seed';
import { textFitsBox } from './text-fits';

const SPECIALISED = 'shared/samples/specialised-sales.en.json';

const card = (page: Page, name: string) =>
  page.getByTestId('function-node').filter({ hasText: name });
const switcher = (page: Page) => page.getByTestId('scenario-switcher');
const scenarioMenu = (page: Page) => page.getByRole('menu', { name: 'Scenarios' });
const menuItem = (page: Page, name: string | RegExp) =>
  scenarioMenu(page).getByRole('menuitem', { name });

async function fromSwitcher(page: Page, item: string) {
  await switcher(page).click();
  await menuItem(page, item).click();
}

/** Scenario › New variant… from the switcher, named `name`, based on the scenario on the canvas. */
async function newVariant(page: Page, name: string) {
  await fromSwitcher(page, 'New variant…');
  const dialog = page.getByRole('dialog', { name: 'New variant' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(switcher(page)).toContainText(name);
}

async function addFromPalette(page: Page, typeId: string, name: string) {
  await page.locator(`[data-type-id="${typeId}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(card(page, name)).toBeVisible();
}

async function runFromPalette(page: Page, command: string) {
  await page.keyboard.press('Control+K');
  await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').fill(command);
  await page.keyboard.press('Enter');
}

async function dismissHint(page: Page) {
  await page.getByRole('button', { name: 'Got it' }).click();
}

test.describe('scenarios', () => {
  test('the switcher by keyboard: new variant with its errors, Esc cancels, rename, recommend', async ({
    page,
  }) => {
    await openProjectFile(page, KEY_ACCOUNTS, 'en');
    await expect(switcher(page)).toHaveAccessibleName('Scenario: Current system');
    await expect(page.getByTestId('status-scenario')).toHaveCount(0);

    // Menu button: ↓ opens on the scenario on the canvas, End reaches the last item, Esc closes.
    await switcher(page).focus();
    await page.keyboard.press('ArrowDown');
    await expect(scenarioMenu(page)).toBeVisible();
    await expect(
      scenarioMenu(page).getByRole('menuitemradio', { name: 'Current system' }),
    ).toBeFocused();
    await expect(
      scenarioMenu(page).getByRole('menuitemradio', { name: 'Current system' }),
    ).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('End');
    await expect(
      scenarioMenu(page).getByRole('menuitemcheckbox', { name: 'Show differences on the canvas' }),
    ).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(scenarioMenu(page)).toBeHidden();
    await expect(switcher(page)).toBeFocused();

    // Enter opens; ↓ moves to "New variant…", Enter runs it.
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await expect(menuItem(page, 'New variant…')).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New variant' });
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await expect(name).toBeFocused();
    await expect(name).toHaveValue('Variant 1');
    await expect(dialog.getByRole('combobox', { name: 'Based on' })).toHaveValue('baseline');
    await name.fill('  ');
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('alert')).toHaveText('Give the scenario a name.');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await name.fill('current SYSTEM');
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('alert')).toHaveText(
      'There is already a scenario named “current SYSTEM”: choose another name.',
    );
    await name.fill('With support');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(switcher(page)).toHaveAccessibleName('Scenario: With support');
    await expect(page.getByTestId('status-scenario')).toHaveText('Scenario: With support');

    // Esc cancels a new variant: nothing is added.
    await fromSwitcher(page, 'New variant…');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await switcher(page).click();
    await expect(scenarioMenu(page).getByRole('menuitemradio')).toHaveCount(2);
    await page.keyboard.press('Escape');

    // Rename: its own name stays allowed, another's is refused.
    await fromSwitcher(page, 'Rename scenario…');
    const rename = page.getByRole('dialog', { name: 'Rename scenario' });
    await expect(rename.getByRole('textbox', { name: 'Name' })).toHaveValue('With support');
    await rename.getByRole('textbox', { name: 'Name' }).fill('Support now');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(rename).toBeHidden();
    await expect(switcher(page)).toHaveText(/Support now/);

    // Recommend: a star and the word, in the button and in the list.
    await fromSwitcher(page, 'Mark as recommended');
    await expect(switcher(page)).toHaveAccessibleName('Scenario: Support now recommended');
    await expect(switcher(page)).toContainText('recommended');
    // The button shows the star; its name keeps the room to be read whole.
    await expect(switcher(page).locator('.scenario-recommended svg')).toBeVisible();
    const shownName = switcher(page).getByText('Support now', { exact: true });
    expect(await shownName.evaluate(textFitsBox)).toBe(true);
    await expect(page.getByTestId('status-scenario')).toHaveText(
      'Scenario: Support now ★ recommended',
    );
    // The summary panel and presentation mode say which scenario they show.
    await page.getByRole('tab', { name: 'Summary' }).click();
    await expect(page.getByTestId('summary-scenario')).toHaveText(
      'Scenario: Support now ★ recommended',
    );
    await page.keyboard.press('F5');
    await expect(page.getByTestId('slide-scenario')).toHaveText(
      'Scenario: Support now ★ recommended',
    );
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('slide-scenario')).toHaveCount(0);
    await switcher(page).click();
    await expect(
      scenarioMenu(page).getByRole('menuitemradio', { name: 'Support now recommended' }),
    ).toBeVisible();
    await menuItem(page, 'Unmark as recommended').click();
    await expect(switcher(page)).toHaveAccessibleName('Scenario: Support now');
  });

  test('the recommended scenario’s name reads whole in the toolbar: RU at 1280 px, every theme', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/');
    await page.getByRole('button', { name: /^Ключевые клиенты/ }).click();
    await cardsMeasured(page);
    await switcher(page).click();
    await page.getByRole('menuitem', { name: 'Новый вариант…' }).click();
    await page.keyboard.type('Поддержка сейчас');
    await page.keyboard.press('Enter');
    await switcher(page).click();
    await page.getByRole('menuitem', { name: 'Отметить как рекомендуемый' }).click();
    const name = switcher(page).getByText('Поддержка сейчас', { exact: true });
    for (const theme of THEMES) {
      if (theme !== THEMES[0]) await page.getByRole('button', { name: 'Следующая тема' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await name.evaluate(textFitsBox), theme).toBe(true);
    }
  });

  test('the switcher by mouse: switch at once, delete with a confirmation, never the baseline', async ({
    page,
  }) => {
    await openProjectFile(page, KEY_ACCOUNTS, 'en');
    await newVariant(page, 'Without key accounts');
    await card(page, 'Key accounts').click();
    await page.keyboard.press('Delete');
    await expect(page.getByTestId('function-node')).toHaveCount(0);

    await switcher(page).click();
    await scenarioMenu(page).getByRole('menuitemradio', { name: 'Current system' }).click();
    await expect(scenarioMenu(page)).toBeHidden();
    await expect(switcher(page)).toHaveText(/Current system/);
    await expect(card(page, 'Key accounts')).toBeVisible();

    // The baseline cannot be deleted: the item says why.
    await switcher(page).click();
    const remove = menuItem(page, /Delete scenario…/);
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await expect(remove).toContainText('The current system stays: it cannot be deleted.');
    await scenarioMenu(page).getByRole('menuitemradio', { name: 'Without key accounts' }).click();
    await expect(page.getByTestId('function-node')).toHaveCount(0);

    // Cancel keeps it; confirming deletes it and brings the baseline back.
    await fromSwitcher(page, 'Delete scenario…');
    const confirm = page.getByRole('dialog', {
      name: 'Delete the scenario “Without key accounts”?',
    });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(switcher(page)).toHaveText(/Without key accounts/);
    await fromSwitcher(page, 'Delete scenario…');
    await confirm.getByRole('button', { name: 'Delete scenario' }).click();
    await expect(switcher(page)).toHaveText(/Current system/);
    await expect(card(page, 'Key accounts')).toBeVisible();
    await switcher(page).click();
    await expect(scenarioMenu(page).getByRole('menuitemradio')).toHaveCount(1);
  });

  test('undo and redo walk across scenarios; shortcuts, palette and the switch picker', async ({
    page,
  }) => {
    await openProjectFile(page, KEY_ACCOUNTS, 'en');
    await runFromPalette(page, 'New variant');
    await page.getByRole('dialog', { name: 'New variant' }).getByRole('textbox').fill('B');
    await page.keyboard.press('Enter');
    await expect(switcher(page)).toHaveAccessibleName('Scenario: B');
    await addFromPalette(page, 'technical-support', 'Technical support');
    await expect(page.getByTestId('inspector')).toContainText('Technical support');

    // Ctrl+Alt+[ : the previous scenario; the selection of a card it does not have is cleared.
    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    await card(page, 'Technical support').click();
    await page.keyboard.press('Control+Alt+BracketLeft');
    await expect(switcher(page)).toHaveText(/Current system/);
    await expect(card(page, 'Technical support')).toHaveCount(0);
    await expect(page.getByTestId('inspector')).not.toContainText('Technical support');

    // Undo: first the switch (back in B), then the new function (B without it).
    await page.keyboard.press('Control+Z');
    await expect(switcher(page)).toHaveAccessibleName('Scenario: B');
    await expect(card(page, 'Technical support')).toBeVisible();
    await page.keyboard.press('Control+Z');
    await expect(switcher(page)).toHaveAccessibleName('Scenario: B');
    await expect(card(page, 'Technical support')).toHaveCount(0);
    await expect(card(page, 'Key accounts')).toBeVisible();
    // Redo: the function, then the switch.
    await page.keyboard.press('Control+Y');
    await expect(card(page, 'Technical support')).toBeVisible();
    await page.keyboard.press('Control+Shift+Z');
    await expect(switcher(page)).toHaveText(/Current system/);
    await expect(card(page, 'Technical support')).toHaveCount(0);

    // Ctrl+Alt+] : the next one.
    await page.keyboard.press('Control+Alt+BracketRight');
    await expect(switcher(page)).toHaveAccessibleName('Scenario: B');

    // Switch to… lists the scenarios by name.
    await runFromPalette(page, 'Switch to scenario');
    const picker = page.getByRole('dialog', { name: 'Switch to scenario' });
    await expect(picker.getByRole('option', { name: /B on the canvas/ })).toBeVisible();
    await picker.getByRole('combobox').fill('current');
    await page.keyboard.press('Enter');
    await expect(switcher(page)).toHaveText(/Current system/);

    // The shortcuts sheet lists the scenario commands with their keys.
    await page.keyboard.press('Control+/');
    const sheet = page.getByTestId('shortcuts-dialog');
    const next = sheet.getByRole('row', { name: /Next scenario/ });
    await expect(next).toContainText('Ctrl+Alt+]');
    await expect(sheet.getByRole('table', { name: 'Scenarios' })).toContainText('New variant…');
  });

  test('the compare view shows the decision figures and what differs; a row shows the function', async ({
    page,
  }) => {
    await openProjectFile(page, KEY_ACCOUNTS, 'en');
    await newVariant(page, 'With support');
    await addFromPalette(page, 'technical-support', 'Technical support');
    await switcher(page).click();
    await scenarioMenu(page).getByRole('menuitemradio', { name: 'Current system' }).click();
    await expect(switcher(page)).toHaveText(/Current system/);

    await fromSwitcher(page, 'Compare scenarios…');
    const compare = page.getByRole('dialog', { name: 'Compare scenarios' });
    await expect(compare.getByRole('checkbox', { name: 'Current system' })).toBeChecked();
    await expect(compare.getByRole('checkbox', { name: 'With support' })).toBeChecked();
    await expect(compare.getByRole('combobox', { name: 'Compare against' })).toHaveValue(
      'baseline',
    );

    const { baseline, variant } = keyAccountsWithSupport();
    const before = figuresOf(baseline);
    const after = figuresOf(variant);
    const display = displayFor('en', baseline.currency);
    const row = (key: string) => compare.locator(`tr[data-figure="${key}"]`);
    const cells = (key: string) => row(key).locator('td .compare-value');
    await expect(cells('monthlyCost')).toHaveText([
      display.money(before.monthlyCostMinor),
      display.money(after.monthlyCostMinor),
    ]);
    await expect(cells('fte')).toHaveText([
      `${display.number(before.fte)} FTE`,
      `${display.number(after.fte)} FTE`,
    ]);
    await expect(cells('hireFte')).toHaveText([
      `${display.number(before.hireFte)} FTE`,
      `${display.number(after.hireFte)} FTE`,
    ]);
    await expect(cells('net')).toHaveText([
      display.money(before.netMonthlyMinor),
      display.money(after.netMonthlyMinor),
    ]);
    await expect(cells('payback')).toHaveText([
      display.payback(before.payback),
      display.payback(after.payback),
    ]);
    await expect(cells('errors')).toHaveText([String(before.errors), String(after.errors)]);
    // The difference is signed and told better or worse in words; more cost is worse.
    const costDelta = after.monthlyCostMinor - before.monthlyCostMinor;
    expect(costDelta).toBeGreaterThan(0);
    await expect(row('monthlyCost').locator('.compare-delta')).toHaveText(
      `+${display.money(costDelta)} · worse`,
    );
    await expect(row('oneOff').locator('.compare-delta')).toHaveText('no change');
    await expect(row('fte').locator('.compare-delta')).toHaveText(
      `+${display.number(after.fte - before.fte)} FTE`,
    );
    await expect(compare).not.toContainText('NaN');

    // Per function: technical support added, with its figures after.
    const added = compare.getByRole('row', { name: /Added Technical support/ });
    await expect(added).toContainText('— → 2');
    await added.getByRole('button', { name: 'Technical support' }).click();
    await expect(compare).toBeHidden();
    await expect(switcher(page)).toHaveText(/With support/);
    await expect(card(page, 'Technical support')).toHaveClass(/selected/);
    await expect(page.getByTestId('inspector')).toContainText('Technical support');

    // One scenario alone is nothing to compare.
    await fromSwitcher(page, 'Compare scenarios…');
    await compare.getByRole('checkbox', { name: 'With support' }).uncheck();
    await expect(compare.getByRole('status')).toHaveText('Pick at least two scenarios to compare.');
  });

  test('the differences banner and the first-run hint both read: stacked, not on one spot', async ({
    page,
  }) => {
    // A projector's window, the view following a card added below the one there was: the
    // banner pushes the hint down onto the top card unless the view makes room.
    await page.setViewportSize({ width: 1280, height: 720 });
    await openProjectFile(page, KEY_ACCOUNTS, 'en');
    const hint = page.getByRole('note', { name: 'First steps' });
    await expect(hint).toBeVisible();
    await newVariant(page, 'Support now');
    await page.locator('[data-type-id="technical-support"]').focus();
    await page.keyboard.press('Enter');
    await expect(card(page, 'Technical support')).toBeVisible();
    await page.getByRole('button', { name: 'Show differences against “Current system”' }).click();
    const banner = page.getByTestId('differences-banner');
    await expect(banner).toBeVisible();
    // Read again until it holds: the hint takes its place below the banner once both are drawn.
    await expect(async () => {
      const top = await banner.boundingBox();
      const below = await hint.boundingBox();
      if (!top || !below) throw new Error('not on screen');
      expect(below.y, 'the hint starts below the banner').toBeGreaterThanOrEqual(
        top.y + top.height,
      );
    }).toPass();
    // The banner pushed the hint down: the view made room, so no card lies under either.
    await settledView(page);
    const notices = await page.locator('.canvas-notices').boundingBox();
    if (!notices) throw new Error('no notices on screen');
    const under = await page.getByTestId('function-node').evaluateAll(
      (cards, { y, height }) =>
        cards
          .filter((card) => {
            const box = card.getBoundingClientRect();
            return box.top < y + height && box.bottom > y;
          })
          .map((card) => card.textContent),
      notices,
    );
    expect(under, 'cards under the banner and the hint').toEqual([]);
    // The hint's button still takes a click; once it is gone, the banner moves up to the top.
    await hint.getByRole('button', { name: 'Got it' }).click();
    await expect(hint).toHaveCount(0);
    await expect(banner).toBeVisible();
  });

  test('scrolled, the compare view keeps each table’s caption above its sticky header', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 520 });
    await openProjectFile(page, KEY_ACCOUNTS, 'en');
    await newVariant(page, 'With support');
    await addFromPalette(page, 'technical-support', 'Technical support');
    await fromSwitcher(page, 'Compare scenarios…');
    const compare = page.getByRole('dialog', { name: 'Compare scenarios' });
    const figures = compare.getByRole('table', { name: /^Decision figures/ });
    const header = figures.getByRole('columnheader').first();
    await expect(header).toBeVisible();
    // Scroll the view until the table's header row has stuck to the top.
    const body = await compare.getByRole('table').first().boundingBox();
    if (!body) throw new Error('not on screen');
    await page.mouse.move(body.x + body.width / 2, body.y + body.height / 2);
    await page.mouse.wheel(0, 180);
    await expect.poll(async () => (await figures.boundingBox())?.y ?? 0).toBeLessThan(body.y - 100);
    await page.screenshot({ path: '/tmp/polish2-compare-scrolled.png' });
    // Caption and header read in one go, and again until the scroll has come to rest.
    await expect(async () => {
      const { hit, captionBottom, headTop } = await figures.evaluate((table) => {
        const caption = table.querySelector('caption');
        const head = table.querySelector('thead th');
        if (!caption || !head) throw new Error('no caption or header');
        const top = caption.getBoundingClientRect();
        const found = document.elementFromPoint(top.x + 40, top.y + top.height / 2);
        return {
          hit: found !== null && caption.contains(found),
          captionBottom: top.y + top.height,
          headTop: head.getBoundingClientRect().y,
        };
      });
      // The caption is shown (nothing lies over its middle) and the header row starts below it.
      expect(hit, 'caption uncovered').toBe(true);
      expect(headTop, 'header below the caption').toBeGreaterThanOrEqual(captionBottom - 1);
    }).toPass();
  });

  test('on a Mac, ⌘⌥] and ⌘⌥[ switch scenarios though Option types another character', async ({
    page,
  }) => {
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' }),
    );
    await openProjectFile(page, KEY_ACCOUNTS, 'en');
    await newVariant(page, 'With support');
    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    // What a US Mac keyboard sends: Option+] is "‘", Option+[ is "“" (modifiers: Alt 1, Meta 4).
    const cdp = await page.context().newCDPSession(page);
    const press = async (key: string, code: string) => {
      for (const type of ['keyDown', 'keyUp'] as const) {
        await cdp.send('Input.dispatchKeyEvent', { type, key, code, modifiers: 1 | 4 });
      }
    };
    await press('“', 'BracketLeft');
    await expect(switcher(page)).toHaveText(/Current system/);
    await press('‘', 'BracketRight');
    await expect(switcher(page)).toHaveText(/With support/);
  });

  test('the scenario menu and the canvas menu look alike: one popup style', async ({ page }) => {
    await openProjectFile(page, KEY_ACCOUNTS, 'en');
    const look = (menu: ReturnType<Page['getByRole']>) =>
      menu.evaluate((element) => {
        const style = getComputedStyle(element);
        return [
          style.backgroundColor,
          style.borderTopWidth,
          style.borderTopColor,
          style.borderTopLeftRadius,
          style.boxShadow,
          style.paddingTop,
        ];
      });
    await switcher(page).click();
    const scenarios = await look(scenarioMenu(page));
    await page.screenshot({ path: '/tmp/polish2-menu-scenarios.png' });
    await page.keyboard.press('Escape');
    const pane = await page.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('not on screen');
    await page.mouse.click(pane.x + pane.width - 4, pane.y + pane.height - 4, { button: 'right' });
    const canvasMenu = page.getByRole('menu', { name: 'Actions' });
    await expect(canvasMenu).toBeVisible();
    await page.screenshot({ path: '/tmp/polish2-menu-canvas.png' });
    expect(await look(canvasMenu)).toEqual(scenarios);
  });

  test('the differences overlay marks new and changed cards and ghosts the removed ones', async ({
    page,
  }) => {
    await openProjectFile(page, SPECIALISED, 'en');
    await dismissHint(page);
    await newVariant(page, 'Leaner');
    await card(page, 'Events').click();
    await page.keyboard.press('Delete');
    await expect(card(page, 'Events')).toHaveCount(0);
    await card(page, 'Lead nurturing').click();
    await page
      .getByTestId('inspector')
      .getByRole('textbox', { name: 'Name' })
      .first()
      .fill('Lead nurturing by email');
    await page.keyboard.press('Tab');
    await expect(card(page, 'Lead nurturing by email')).toBeVisible();
    await addFromPalette(page, 'key-accounts', 'Key-account management');

    await page.getByRole('button', { name: 'Show differences against “Current system”' }).click();
    await expect(page.getByTestId('differences-banner')).toHaveText(
      'Differences against “Current system”: 1 new, 1 changed, 1 removed',
    );
    await expect(card(page, 'Key-account management').locator('.diff-badge')).toHaveText('New');
    await expect(card(page, 'Lead nurturing by email').locator('.diff-badge')).toHaveText(
      // It handed leads over to the removed Events: its links changed too.
      'Changed: name, type or purpose, links',
    );
    await expect(card(page, 'Partner program').locator('.diff-badge')).toHaveCount(0);
    const ghost = page.getByTestId('ghost-node');
    await expect(ghost).toHaveCount(1);
    await expect(ghost).toContainText('Removed');
    await expect(ghost).toContainText('Events');
    // Not selectable, not draggable: the ghost is not part of the design.
    await expect(page.locator('.react-flow__node-ghost')).not.toHaveClass(/selectable|draggable/);

    // On the reference itself nothing differs.
    await page.keyboard.press('Control+Alt+BracketLeft');
    await expect(page.getByTestId('differences-banner')).toContainText('the reference itself');
    await expect(ghost).toHaveCount(0);
    await expect(page.locator('.diff-badge')).toHaveCount(0);
    await page.keyboard.press('Control+Alt+BracketRight');
    await expect(ghost).toHaveCount(1);

    // Off again from the palette.
    await runFromPalette(page, 'Show differences');
    await expect(page.getByTestId('differences-banner')).toHaveCount(0);
    await expect(page.locator('.diff-badge')).toHaveCount(0);
    await expect(ghost).toHaveCount(0);
  });

  for (const theme of THEMES) {
    test(`switcher, dialogs, compare view and overlay pass axe in the ${theme} theme`, async ({
      page,
    }) => {
      // Four axe runs over the whole page: more than the default budget on a busy machine.
      test.slow();
      await page.setViewportSize({ width: 1280, height: 720 });
      await openProjectFile(page, SPECIALISED, 'en');
      await dismissHint(page);
      await newVariant(page, 'Leaner');
      await card(page, 'Events').click();
      await page.keyboard.press('Delete');
      await addFromPalette(page, 'key-accounts', 'Key-account management');
      await page.getByRole('button', { name: /Show differences against/ }).click();
      await expect(page.getByTestId('ghost-node')).toHaveCount(1);
      await fromSwitcher(page, 'Mark as recommended');
      await showTheme(page, theme);
      expect(await blockingViolations(page), 'overlay').toEqual([]);
      await page.screenshot({ path: `/tmp/scen-ui-overlay-${theme}.png` });

      await switcher(page).click();
      await expect(scenarioMenu(page)).toBeVisible();
      expect(await blockingViolations(page), 'switcher').toEqual([]);
      await page.screenshot({ path: `/tmp/scen-ui-switcher-${theme}.png` });
      await menuItem(page, 'New variant…').click();
      const dialog = page.getByRole('dialog', { name: 'New variant' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill('');
      await page.keyboard.press('Enter');
      await expect(dialog.getByRole('alert')).toBeVisible();
      expect(await blockingViolations(page), 'new variant').toEqual([]);
      await page.screenshot({ path: `/tmp/scen-ui-new-${theme}.png` });
      await page.keyboard.press('Escape');

      await fromSwitcher(page, 'Compare scenarios…');
      const compare = page.getByRole('dialog', { name: 'Compare scenarios' });
      await expect(compare.getByTestId('compare-figures')).toBeVisible();
      expect(await blockingViolations(page), 'compare').toEqual([]);
      await page.screenshot({ path: `/tmp/scen-ui-compare-${theme}.png` });
    });
  }
});
