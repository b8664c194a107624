import { expect, test, type Page } from '@playwright/test';
import { blockingViolations, showTheme } from './axe';
import { arrangeByKey, openProjectFile } from './seed';

/** Ctrl+K, then the query typed into the palette's field, as a user types it. */
async function typeInPalette(page: Page, name: string, query: string) {
  await page.keyboard.press('Control+K');
  const field = page.getByRole('combobox', { name });
  await expect(field).toBeFocused();
  await page.keyboard.type(query);
  return page.getByRole('listbox', { name });
}

test.describe('the command palette finds commands by the words people use', () => {
  test('RU: «Упорядочить» offers «Расставить автоматически», and Enter arranges the cards', async ({
    page,
  }) => {
    await openProjectFile(page, 'shared/samples/specialised-sales.ru.json', 'ru');
    // Nothing selected, the focus on the canvas.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await arrangeByKey(page, async () => {
      const list = await typeInPalette(page, 'Палитра команд', 'Упорядочить');
      await expect(list.getByRole('option', { selected: true })).toHaveText(
        /^Расставить автоматически/,
      );
      await expect(list).not.toContainText('Ничего не найдено');
      await page.screenshot({ path: '/tmp/palette-ru-arrange.png' });
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog', { name: 'Палитра команд' })).toBeHidden();
    });
  });

  test('RU: «тёмная тема» and «темная» find the theme; «масштаб» the zoom commands', async ({
    page,
  }) => {
    await openProjectFile(page, 'shared/samples/key-accounts.ru.json', 'ru');
    const list = await typeInPalette(page, 'Палитра команд', 'тёмная тема');
    await expect(list.getByRole('option')).toHaveText([/^Следующая тема/]);
    const field = page.getByRole('combobox', { name: 'Палитра команд' });
    await field.fill('темная');
    await expect(list.getByRole('option')).toHaveText([/^Следующая тема/]);
    await field.fill('масштаб');
    await expect(list.getByRole('option', { name: /^Увеличить/ })).toBeVisible();
    await expect(list.getByRole('option', { name: /^Показать всё/ })).toBeVisible();
  });

  test('EN: "dark" offers the theme command, and Enter turns the theme dark', async ({ page }) => {
    await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    const list = await typeInPalette(page, 'Command palette', 'dark');
    await expect(list.getByRole('option', { selected: true })).toHaveText(/^Next theme/);
    await page.screenshot({ path: '/tmp/palette-en-dark-light.png' });
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`EN: the palette with label and keyword matches has no serious axe violation, ${theme} theme`, async ({
      page,
    }) => {
      await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
      await showTheme(page, theme);
      // The zoom commands by their labels, shortcuts shown, then large type by a keyword.
      const list = await typeInPalette(page, 'Command palette', 'zoom');
      await expect(list.getByRole('option')).toHaveText([
        /^Zoom to fit/,
        /^Zoom in/,
        /^Zoom out/,
        /^Zoom to selection/,
        /^Large type on cards/,
      ]);
      await page.screenshot({ path: `/tmp/palette-en-zoom-${theme}.png` });
      expect(await blockingViolations(page)).toEqual([]);
    });
  }
});
