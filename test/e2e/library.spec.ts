import { readFileSync } from 'node:fs';
import { startBlank } from './seed';
import { expect, test, type Page } from '@playwright/test';

const SHOTS = process.env.SSW_SHOTS; // a folder to keep screenshots in while looking by hand

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/**
 * Starts on a fresh design in English and opens the library, its list loaded: the heading shows
 * at once, the list (read from storage) a little later, the fresh design its one row.
 */
async function openLibrary(page: Page) {
  await startBlank(page);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved /);
  await page.getByRole('button', { name: 'Projects…' }).click();
  await expect(page.getByRole('heading', { name: 'Projects' })).toBeVisible();
  await expect(rows(page)).toHaveCount(1);
}

const rows = (page: Page) => page.getByTestId('library-row');
const row = (page: Page, name: string) => rows(page).filter({ hasText: name });

async function chooseFile(page: Page, name: string, text: string | Buffer) {
  await page.getByTestId('import-input').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  });
}

test.describe('the project library (browser edition)', () => {
  test('create, edit, reload: the project comes back unchanged', async ({ page }) => {
    await openLibrary(page);
    await page.getByRole('combobox', { name: 'Create a project from a sample' }).selectOption({
      label: 'Key accounts',
    });
    const name = page.getByRole('textbox', { name: 'Project name' });
    await expect(name).toHaveValue('Key accounts');
    await name.fill('Key accounts — north');
    await name.press('Enter');
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved /);
    await expect(page).toHaveTitle('Key accounts — north — Sales System Workbench');

    await page.reload();
    await expect(name).toHaveValue('Key accounts — north');
    await page.getByRole('button', { name: 'Projects…' }).click();
    const north = row(page, 'Key accounts — north');
    await expect(north).toHaveCount(1);
    // The summary: functions, FTE and open errors of the sample.
    await expect(north.locator('td.num').nth(0)).toHaveText('1');
    await expect(north.locator('td.num').nth(1)).toHaveText('3');
    await shot(page, 'library-list');
  });

  test('rename, duplicate, delete and undo the delete; search and sort', async ({ page }) => {
    await openLibrary(page);
    await page.getByRole('button', { name: 'New project' }).click();
    await expect(page.getByRole('textbox', { name: 'Project name' })).toBeVisible();
    await page.getByRole('button', { name: 'Projects…' }).click();
    await expect(rows(page)).toHaveCount(2);

    const first = rows(page).first();
    await first.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('textbox', { name: /^New name of/ }).fill('Alpha plan');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(row(page, 'Alpha plan')).toHaveCount(1);

    await row(page, 'Alpha plan').getByRole('button', { name: 'Duplicate' }).click();
    await expect(row(page, 'Alpha plan (copy)')).toHaveCount(1);
    await expect(rows(page)).toHaveCount(3);

    await page.getByRole('searchbox', { name: 'Search by name or company' }).fill('copy');
    await expect(rows(page)).toHaveCount(1);
    await page.getByRole('searchbox', { name: 'Search by name or company' }).fill('');
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('name');
    await expect(rows(page).first()).toContainText('Alpha plan');

    await row(page, 'Alpha plan (copy)').getByRole('button', { name: 'Move to the trash' }).click();
    await expect(page.getByTestId('library-toast')).toContainText('was moved to the trash');
    await expect(rows(page)).toHaveCount(2);
    await expect(page.getByText('Trash (1)')).toBeVisible();
    await shot(page, 'library-trashed');
    await page.getByTestId('library-toast').getByRole('button', { name: 'Undo' }).click();
    await expect(row(page, 'Alpha plan (copy)')).toHaveCount(1);
    await expect(page.getByText('Trash (0)')).toBeVisible();

    // It survives a reload, and opens in the editor.
    await page.reload();
    await page.getByRole('button', { name: 'Projects…' }).click();
    await expect(rows(page)).toHaveCount(3);
    await page.getByRole('button', { name: 'Open “Alpha plan (copy)”' }).click();
    await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue(
      'Alpha plan (copy)',
    );
  });

  test('import a valid file; export and re-import gives an identical project', async ({ page }) => {
    await openLibrary(page);
    const sample = readFileSync('shared/samples/specialised-sales.en.json', 'utf8');
    await chooseFile(page, 'colleague.ssw.json', sample);
    await expect(page.getByTestId('library-toast')).toContainText('Imported');
    const imported = row(page, JSON.parse(sample).name);
    await expect(imported).toHaveCount(1);

    const download = page.waitForEvent('download');
    await imported.getByRole('button', { name: 'Export the file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.ssw\.json$/);
    const exported = readFileSync((await file.path()) ?? '', 'utf8');
    // The same design, dated when it came into this library.
    const undated = (text: string) => ({ ...JSON.parse(text), updatedAt: undefined });
    expect(undated(exported)).toEqual(undated(sample));

    // Delete it for good, then bring it back from the exported file: identical, id and all.
    await imported.getByRole('button', { name: 'Move to the trash' }).click();
    await page.getByText('Trash (1)').click();
    await page.getByTestId('trash-row').getByRole('button', { name: 'Delete for good' }).click();
    await page
      .getByTestId('trash-row')
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await expect(page.getByText('Trash (0)')).toBeVisible();
    await chooseFile(page, file.suggestedFilename(), exported);
    await expect(page.getByTestId('library-toast')).toContainText('Imported');
    const again = page.waitForEvent('download');
    await row(page, JSON.parse(sample).name)
      .getByRole('button', { name: 'Export the file' })
      .click();
    expect(undated(readFileSync((await (await again).path()) ?? '', 'utf8'))).toEqual(
      undated(exported),
    );
  });

  test('a damaged or hostile file is refused with the reason; the library is untouched', async ({
    page,
  }) => {
    await openLibrary(page);
    const before = await rows(page).allTextContents();

    await chooseFile(page, 'broken.ssw.json', '{"schemaVersion": 2, "name": "Half');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The file “broken.ssw.json” was not imported');
    await expect(alert).toContainText('not valid JSON');
    await expect(alert).toContainText('Nothing in your library was changed.');
    await shot(page, 'library-import-refused');

    await chooseFile(page, 'future.ssw.json', JSON.stringify({ schemaVersion: 99, id: 'x' }));
    await expect(alert).toContainText('made by a newer version of the app');

    await chooseFile(page, 'proto.ssw.json', '{"schemaVersion":2,"__proto__":{"polluted":1}}');
    await expect(alert).toContainText('__proto__');
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty(
      'polluted',
    );

    await chooseFile(page, 'nul.ssw.json', Buffer.from([0x7b, 0x00, 0x00, 0x7d]));
    await expect(alert).toContainText('not valid JSON');
    await expect(rows(page)).toHaveText(before);
  });

  test('names with markup show as text, never as markup', async ({ page }) => {
    await openLibrary(page);
    const sample = JSON.parse(readFileSync('shared/samples/key-accounts.en.json', 'utf8'));
    const hostile = '<img src=x onerror="window.hacked=1"><b>Bold</b> & co';
    await chooseFile(
      page,
      'hostile.ssw.json',
      JSON.stringify({ ...sample, id: 'hostile', name: hostile, company: '<script>x()</script>' }),
    );
    const hostileRow = page.locator('[data-project-id="hostile"]');
    await expect(hostileRow).toContainText(hostile);
    await expect(hostileRow).toContainText('<script>x()</script>');
    await expect(hostileRow.locator('img, b, script')).toHaveCount(0);
    await page.getByRole('button', { name: `Open “${hostile}”` }).click();
    await expect(page).toHaveTitle(`${hostile} — Sales System Workbench`);
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
  });

  test('a damaged last project is reported at start and recovered from its backup', async ({
    page,
  }) => {
    await openLibrary(page);
    await page.getByRole('button', { name: 'New project' }).click();
    const name = page.getByRole('textbox', { name: 'Project name' });
    await name.fill('Version one');
    await name.press('Enter');
    await page.keyboard.press('Control+S');
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved /);
    await name.fill('Version two');
    await name.press('Enter');
    await page.keyboard.press('Control+S');
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved /);
    const id = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('sales-system-workbench');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const settings = await new Promise<{ lastProjectId: string }>((resolve) => {
        const get = db.transaction('settings').objectStore('settings').get('settings');
        get.onsuccess = () => resolve(get.result);
      });
      await new Promise<void>((resolve) => {
        const tx = db.transaction('projects', 'readwrite');
        tx.objectStore('projects').put({ id: settings.lastProjectId, schemaVersion: 2, name: 7 });
        tx.oncomplete = () => resolve();
      });
      db.close();
      return settings.lastProjectId;
    });

    await page.reload();
    const dialog = page.getByTestId('recovery-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('cannot be opened');
    await expect(dialog.getByRole('radio').first()).toBeChecked();
    // Saves minutes apart keep no checkpoint each: the one kept is the design as first stored.
    await expect(dialog.getByRole('radio').first()).toHaveAccessibleName(/Untitled design/);
    await shot(page, 'library-recovery');
    await dialog.getByRole('button', { name: 'Continue from this version' }).click();
    await expect(name).toHaveValue('Untitled design');
    await expect(page.locator(`[data-project-id="${id}"]`)).toHaveCount(0); // the editor is shown
  });
});

test('File › Import can be called off: a cancelled file chooser, or Esc, goes back to the project', async ({
  page,
}) => {
  await startBlank(page);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved /);
  const importFromPalette = async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'Command palette' }).fill('Import a project file');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Projects' })).toBeVisible();
    return chooser;
  };

  // The file chooser's Cancel (what the browser reports when it is closed without a file).
  const chooser = await importFromPalette();
  await chooser.element().dispatchEvent('cancel');
  await expect(page.getByRole('textbox', { name: 'Project name' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Projects' })).toBeHidden();

  // Esc on the library, once the chooser is gone, also goes back to the project.
  await importFromPalette();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Project name' })).toBeVisible();

  // Esc while typing in the library's search clears nothing but the typing: the library stays.
  await page.getByRole('button', { name: 'Projects…' }).click();
  const search = page.getByRole('searchbox');
  await search.fill('zzz');
  await search.press('Escape');
  await expect(page.getByRole('heading', { name: 'Projects' })).toBeVisible();
});
