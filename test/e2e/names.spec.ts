import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const RLO = '\u202E';
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

/** The specialised-sales sample with right-to-left overrides and zero-width spaces in names. */
function spoofedSample(): string {
  const project = JSON.parse(readFileSync('shared/samples/specialised-sales.en.json', 'utf8')) as {
    name: string;
    functions: { id: string; name: string }[];
    groups: { name: string }[];
    links: { label: string }[];
  };
  project.name = `Plan${RLO}fdp.exe`;
  for (const fn of project.functions) {
    if (fn.id === 'fn-key-accounts') fn.name = `Key${RLO}stnuocca\u200B`;
  }
  for (const group of project.groups) group.name = `${RLO}${group.name}`;
  for (const link of project.links) if (link.label) link.label = `\u2067${link.label}`;
  return JSON.stringify(project);
}

async function shownText(page: Page): Promise<string> {
  return `${await page.title()}\n${await page.locator('body').innerText()}`;
}

test('names with bidi overrides and zero-width characters show as plain text everywhere', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('canvas').waitFor();
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByRole('button', { name: 'Projects…' }).click();
  await page.getByTestId('import-input').setInputFiles({
    name: 'spoofed.ssw.json',
    mimeType: 'application/json',
    buffer: Buffer.from(spoofedSample()),
  });
  await expect(page.getByTestId('library-toast')).toContainText('Imported');
  expect(await shownText(page)).not.toMatch(INVISIBLE);
  await page.getByRole('button', { name: 'Open “Planfdp.exe”' }).click();

  // Card, group frame, link labels, status, title.
  const card = page.getByTestId('function-node').filter({ hasText: 'Keystnuocca' });
  await expect(card).toBeVisible();
  await expect(page).toHaveTitle(/^Planfdp\.exe/);
  expect(await shownText(page)).not.toMatch(INVISIBLE);

  // The inspector's header, and the find dialog.
  await card.click();
  await expect(page.getByTestId('inspector').getByRole('heading', { level: 2 })).toHaveText(
    'Keystnuocca',
  );
  expect(await shownText(page)).not.toMatch(INVISIBLE);
  await page.keyboard.press('Control+F');
  await page.getByRole('textbox', { name: 'Find a function' }).fill('Key');
  await expect(page.getByRole('option', { name: /^Keystnuocca/ })).toBeVisible();
  expect(await shownText(page)).not.toMatch(INVISIBLE);
  await page.keyboard.press('Escape');

  // The report's suggested file name.
  await page.keyboard.press('Control+E');
  const dialog = page.getByTestId('export-dialog');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Planfdp\.exe \d{4}-\d{2}-\d{2}\.pdf$/);
});
