import { expect, test, type Locator, type Page } from '@playwright/test';
import { openProjectFile } from './seed';

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

/** The element lies wholly within the window. */
async function expectInside(page: Page, locator: Locator, what: string) {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  const b = await box(locator);
  expect(b.x, `${what}: left`).toBeGreaterThanOrEqual(0);
  expect(b.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width, `${what}: right`).toBeLessThanOrEqual(width);
  expect(b.y + b.height, `${what}: bottom`).toBeLessThanOrEqual(height);
}

for (const size of WINDOWS) {
  test.describe(`a ${size.name} window`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

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
