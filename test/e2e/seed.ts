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
 * Opens a project file the way a user brings one in: Projects… → Import, then Open. Ends with
 * the UI in `language` and the project on the canvas.
 */
export async function openProjectFile(page: Page, file: string, language: 'ru' | 'en' = 'ru') {
  const text = readFileSync(file, 'utf8');
  const { name } = JSON.parse(text) as { name: string };
  await startBlank(page);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
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
  if (language === 'ru') await page.getByRole('button', { name: 'RU', exact: true }).click();
}
