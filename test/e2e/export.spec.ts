import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { openProjectFile } from './seed';

const hasPdftotext = existsSync('/usr/bin/pdftotext');

test('exports the PDF report in the chosen language with the figures the app shows', async ({
  page,
}, testInfo) => {
  await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
  const card = page.getByTestId('function-node');
  await expect(card).toContainText('FTE');
  const costOnCard = (await card.locator('.function-node-cost').innerText()).split('/')[0]?.trim();

  await page.keyboard.press('Control+E');
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('English').check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Key accounts \d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(dialog.getByRole('status')).toHaveText('The report has been downloaded.');

  const path = testInfo.outputPath('report.pdf');
  await file.saveAs(path);
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  test.skip(!hasPdftotext, 'pdftotext (poppler-utils) is not installed');
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Key accounts');
  // The monthly cost on the card appears in the report, formatted the same way.
  expect(costOnCard).toBeTruthy();
  expect(text.replace(/\s+/g, ' ')).toContain(costOnCard?.replace(/\s+/g, ' '));
});

test('prints the report: Ctrl+P makes the same PDF and opens it in a tab to print from', async ({
  page,
}) => {
  await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
  await expect(page.getByTestId('function-node')).toContainText('FTE');

  await page.keyboard.press('Control+P');
  const dialog = page.getByTestId('print-dialog');
  await expect(dialog.getByRole('heading', { name: 'Print the report' })).toBeVisible();
  await dialog.getByLabel('English').check();
  const popup = page.waitForEvent('popup');
  await dialog.getByRole('button', { name: 'Print…' }).click();
  const tab = await popup;
  expect(tab.url()).toMatch(/^blob:/);
  await expect(dialog.getByRole('status')).toHaveText(
    'The report opened in a new tab: print it from there.',
  );
  // The tab shows a PDF document (the app's CSP keeps even the test from fetching the blob).
  await tab.waitForLoadState();
  expect(await tab.evaluate(() => document.contentType)).toBe('application/pdf');
});

test('the export dialog opens with the focus on the language chosen, and the arrow keys change it', async ({
  page,
}) => {
  await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
  await page.keyboard.press('Control+E');
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'English' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByRole('radio', { name: 'Русский' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Opened again, it starts from the interface language, with the focus there.
  await page.keyboard.press('Control+E');
  await expect(dialog.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'English' })).toBeFocused();
});
