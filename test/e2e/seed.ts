import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/**
 * A first run, as a newcomer meets it: the start screen (in Russian, the default), where "New
 * project" creates a blank design and opens it on the canvas.
 */
export async function startBlank(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: /^Новый проект/ }).click();
  await page.getByTestId('canvas').waitFor();
}

/**
 * Switches the UI language with the toolbar's RU | EN switch or, in a window too narrow for it,
 * from the toolbar's More menu.
 */
export async function chooseLanguage(page: Page, language: 'ru' | 'en') {
  const code = page.getByRole('button', { name: language.toUpperCase(), exact: true });
  const more = page.getByRole('button', { name: /^(More|Ещё)$/ });
  await expect(code.or(more)).toBeVisible();
  if (await code.isVisible()) await code.click();
  else {
    await more.click();
    await page
      .getByRole('menuitemradio', { name: language === 'ru' ? 'Русский' : 'English' })
      .click();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/**
 * Opens a project file the way a user brings one in: Projects… → Import, then Open. Ends with
 * the UI in `language` and the project on the canvas.
 */
export async function openProjectFile(page: Page, file: string, language: 'ru' | 'en' = 'ru') {
  const text = readFileSync(file, 'utf8');
  const { name } = JSON.parse(text) as { name: string };
  await startBlank(page);
  await chooseLanguage(page, 'en');
  await page.getByRole('button', { name: 'Projects…' }).click();
  await page.getByTestId('import-input').setInputFiles({
    name: 'project.ssw.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByTestId('library-toast')).toContainText('Imported');
  await page
    .getByRole('button', { name: `Open “${name}”` })
    .first()
    .click();
  await page.getByTestId('canvas').waitFor();
  await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue(name);
  if (language === 'ru') await chooseLanguage(page, 'ru');
}
