import { expect, test, type Locator, type Page } from '@playwright/test';
import { blockingViolations, THEMES } from './axe';
import { chooseLanguage, openProjectFile } from './seed';
import { textFitsBox } from './text-fits';

/** A projector's 1280×720, and a 1280-wide screen at 150 % browser zoom (853×480 CSS px). */
const WINDOWS = [
  { name: '1280×720', width: 1280, height: 720 },
  { name: '1280 wide at 150 %', width: 853, height: 480 },
] as const;

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

/**
 * The element lies wholly within the window, once it has come to rest: a menu is placed after it
 * is first drawn, a toolbar fits itself to the width after a language switch.
 */
async function expectInside(page: Page, locator: Locator, what: string) {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  await expect(async () => {
    const b = await box(locator);
    expect(b.x, `${what}: left`).toBeGreaterThanOrEqual(0);
    expect(b.y, `${what}: top`).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width, `${what}: right`).toBeLessThanOrEqual(width);
    expect(b.y + b.height, `${what}: bottom`).toBeLessThanOrEqual(height);
  }).toPass();
}

/** Every control of the toolbar is on its one row: none wrapped below, none cut off. */
async function expectOneToolbarRow(page: Page, name: string) {
  const toolbar = page.getByRole('toolbar', { name });
  // Read again until it holds: the toolbar fits its controls to the width after it is drawn.
  await expect(async () => {
    const bar = await box(toolbar);
    const controls = await toolbar.getByRole('button').all();
    expect(controls.length).toBeGreaterThan(10);
    for (const control of controls) {
      const what = (await control.getAttribute('aria-label')) ?? (await control.innerText());
      const b = await box(control);
      // One row: each control is centred on the bar's middle, and inside it.
      expect(Math.abs(b.y + b.height / 2 - (bar.y + bar.height / 2)), `${what}: row`).toBeLessThan(
        3,
      );
      expect(b.x + b.width, `${what}: right`).toBeLessThanOrEqual(bar.x + bar.width);
    }
    expect(bar.height, 'toolbar height').toBeLessThan(56);
    expect(bar.x + bar.width, 'toolbar right').toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
  }).toPass();
}

for (const size of WINDOWS) {
  test.describe(`a ${size.name} window`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the toolbar keeps to one row, in English and in Russian', async ({ page }) => {
      await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
      await expectOneToolbarRow(page, 'Main toolbar');
      await page.screenshot({ path: `/tmp/polish2-toolbar-${size.width}-en.png` });
      await chooseLanguage(page, 'ru');
      await expectOneToolbarRow(page, 'Основная панель');
      await page.screenshot({ path: `/tmp/polish2-toolbar-${size.width}-ru.png` });
    });

    test('nothing is cut off or scrolls sideways; the right-click menu stays inside', async ({
      page,
    }) => {
      await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
      await page.getByTestId('function-node').filter({ hasText: 'Key accounts' }).click();
      await expect(page.getByTestId('inspector')).toContainText('Key-account management');

      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.inner);

      // Every toolbar control is on screen.
      const toolbar = page.getByRole('toolbar', { name: 'Main toolbar' });
      for (const button of await toolbar.getByRole('button').all()) {
        await expectInside(page, button, (await button.getAttribute('aria-label')) ?? 'button');
      }
      // A long project name is cut with an ellipsis and told in full by its tooltip.
      const name = page.getByRole('textbox', { name: 'Project name' });
      const longName = 'Specialised sales system of the Volga region, second draft for the board';
      await name.fill(longName);
      await name.press('Enter');
      await expectInside(page, name, 'project name');
      await expect(name).toHaveAttribute('title', longName);

      // The inspector's drop-downs fit in the side panel.
      const panel = await box(page.getByRole('complementary'));
      for (const select of await page.getByTestId('inspector').getByRole('combobox').all()) {
        const b = await box(select);
        expect(b.x + b.width, 'drop-down right edge').toBeLessThanOrEqual(panel.x + panel.width);
      }

      // Right-click near the canvas's bottom-right corner: the menu opens up and to the left.
      const canvas = await box(page.locator('.react-flow__pane'));
      await page.mouse.click(canvas.x + canvas.width - 4, canvas.y + canvas.height - 4, {
        button: 'right',
      });
      const menu = page.getByRole('menu');
      await expect(menu).toBeVisible();
      await expectInside(page, menu, 'canvas menu');
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();

      // A card's menu, longer, from the lowest card.
      const lowest = page.getByTestId('function-node').filter({ hasText: 'Partner program' });
      await lowest.click({ button: 'right' });
      await expect(menu).toBeVisible();
      await expect(menu.getByRole('menuitem', { name: 'Rename' })).toBeVisible();
      await expectInside(page, menu, 'card menu');
      // Esc closes it from its focused item, and the focus goes back to the card.
      await expect(menu.getByRole('menuitem').first()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();
      await expect(page.locator('.react-flow__node', { has: lowest })).toBeFocused();
    });
  });
}

test.describe('a window too narrow for the whole toolbar', () => {
  test.use({ viewport: { width: 853, height: 480 } });

  test('the More menu holds the language, the theme and About', async ({ page }) => {
    // Four axe runs over the whole page: more than the default budget on a busy machine.
    test.slow();
    await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
    const more = page.getByRole('button', { name: 'More' });
    await expect(page.getByRole('button', { name: 'About' })).toBeHidden();
    const menu = page.getByRole('menu', { name: 'More' });

    // Next theme, from the menu, in every theme: axe finds nothing serious with the menu open.
    const html = page.locator('html');
    for (const theme of THEMES) {
      await more.click();
      await expect(menu).toBeVisible();
      await page.screenshot({ path: `/tmp/polish2-more-${theme}.png` });
      expect(await blockingViolations(page)).toEqual([]);
      await menu.getByRole('menuitem', { name: 'Next theme' }).click();
      await expect(menu).toBeHidden();
      await expect(html).not.toHaveAttribute('data-theme', theme);
    }

    // ↓ opens it on the checked language; Esc closes it and gives the focus back.
    await more.focus();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitemradio', { name: 'English' })).toBeFocused();
    await expect(menu.getByRole('menuitemradio', { name: 'English' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(more).toBeFocused();

    // About opens the About dialog.
    await more.click();
    await menu.getByRole('menuitem', { name: 'About' }).click();
    await expect(page.getByRole('dialog')).toContainText('Sales System Workbench');
    await page.keyboard.press('Escape');

    // The language, as a radio item: the whole UI switches.
    await more.click();
    await menu.getByRole('menuitemradio', { name: 'Русский' }).click();
    await expect(page.getByRole('textbox', { name: 'Название проекта' })).toBeVisible();
    await page.getByRole('button', { name: 'Ещё' }).click();
    await expect(page.getByRole('menuitemradio', { name: 'Русский' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  });
});

test.describe('a 1440×900 window', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the scenario button shows its whole name; the project name box gives way', async ({
    page,
  }) => {
    await openProjectFile(page, 'shared/samples/key-accounts.ru.json', 'ru');
    const scenario = page.getByRole('button', { name: 'Сценарий: Текущая система' });
    const name = scenario.getByText('Текущая система', { exact: true });
    await expect(name).toBeVisible();
    // Read once the toolbar has fitted itself: the name is not cut by an ellipsis.
    await expect(async () => {
      expect(await name.evaluate(textFitsBox), 'scenario name cut').toBe(true);
    }).toPass();
  });
});
