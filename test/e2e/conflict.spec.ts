import { expect, test, type Page } from '@playwright/test';
import { blockingViolations, THEMES } from './axe';
import { startBlank } from './seed';

const status = (page: Page) => page.getByTestId('save-status');

/**
 * Another writer stores a new version of the open project behind this page's back, as another
 * tab (or an older copy of the page) would: a new record and a new revision in one transaction.
 * It writes as an older release did, a plain object: the page reads that by the full reader.
 */
async function storeElsewhere(page: Page, name: string): Promise<void> {
  await page.evaluate(async (newName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sales-system-workbench');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const id = (await new Promise<unknown>((resolve) => {
      const read = db.transaction('settings').objectStore('settings').get('settings');
      read.onsuccess = () => resolve(read.result);
    })) as { lastProjectId: string };
    const tx = db.transaction(['projects', 'revisions'], 'readwrite');
    const projects = tx.objectStore('projects');
    const read = projects.get(id.lastProjectId);
    read.onsuccess = () => {
      // This release stores sealed JSON text (shared/model/seal.ts); either form is read.
      const stored = read.result as { id: string; text?: string };
      const document = (stored.text === undefined ? stored : JSON.parse(stored.text)) as object;
      projects.put({ ...document, name: newName });
      tx.objectStore('revisions').put(`elsewhere-${newName}`, id.lastProjectId);
    };
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, name);
}

/** The name of the open project as stored (what the last save wrote), not as shown. */
function storedName(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sales-system-workbench');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = <T>(store: string, key: string) =>
      new Promise<T | undefined>((resolve) => {
        const get = db.transaction(store).objectStore(store).get(key);
        get.onsuccess = () => resolve(get.result as T | undefined);
        get.onerror = () => resolve(undefined);
      });
    const settings = await read<{ lastProjectId?: string }>('settings', 'settings');
    const record = settings?.lastProjectId
      ? await read<{ name?: string; text?: string }>('projects', settings.lastProjectId)
      : undefined;
    db.close();
    // This release stores sealed JSON text (shared/model/seal.ts); an older one, the object.
    const project = (record?.text === undefined ? record : JSON.parse(record.text)) as
      { name?: string } | undefined;
    return project?.name;
  });
}

/**
 * Waits until `name` is the open project's and stored: the status says "Saved" and the store
 * holds it. Another writer must not come before the app's own save (or its open) is done, or
 * the test races the app instead of the app meeting the other writer.
 */
async function savedAs(page: Page, name: string) {
  await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue(name);
  await expect(status(page)).toHaveText(/^Saved /);
  await expect.poll(() => storedName(page)).toBe(name);
}

async function rename(page: Page, name: string) {
  const field = page.getByRole('textbox', { name: 'Project name' });
  await field.fill(name);
  await field.press('Enter');
}

test('a save over a version stored elsewhere is refused; the user keeps theirs as a copy or loads the stored one', async ({
  page,
}) => {
  // Four axe runs over the whole page: more than the default budget on a busy machine.
  test.slow();
  await startBlank(page);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await rename(page, 'Plan');
  await savedAs(page, 'Plan');

  await storeElsewhere(page, 'Stored elsewhere');
  await rename(page, 'Plan, my edit');
  const dialog = page.getByTestId('conflict-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('This project was changed elsewhere');
  await expect(status(page)).toHaveText(
    'Not saved: changed elsewhere. Choose which version to keep.',
  );
  for (const theme of THEMES) {
    // The modal dialog keeps the toolbar's theme button out of reach; the theme is what the
    // root element says.
    await page.locator('html').evaluate((html, value) => (html.dataset.theme = value), theme);
    expect(await blockingViolations(page), `conflict dialog, ${theme}`).toEqual([]);
    await page.screenshot({ path: `/tmp/storage-conflict-${theme}.png` });
  }
  // Escape does not dismiss it: nothing is saved until the user chooses.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();

  await dialog.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(dialog).toBeHidden();
  const name = page.getByRole('textbox', { name: 'Project name' });
  await expect(name).toHaveValue('Plan, my edit (copy)');
  await expect(status(page)).toHaveText(/^Saved /);
  await page.getByRole('button', { name: 'Projects…' }).click();
  await expect(page.getByRole('button', { name: 'Open “Stored elsewhere”' })).toBeVisible();
  await page.getByRole('button', { name: 'Open “Plan, my edit (copy)”' }).click();
  // Opened (read from storage) before the other writer stores its version, not after.
  await savedAs(page, 'Plan, my edit (copy)');

  // Again on the copy; this time the stored version wins.
  await storeElsewhere(page, 'Copy stored elsewhere');
  await rename(page, 'Copy, my edit');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Load the stored version' }).click();
  await expect(dialog).toBeHidden();
  await expect(name).toHaveValue('Copy stored elsewhere');
  await expect(status(page)).toHaveText(/^Saved /);
  // And the next edit is saved on top of it.
  await rename(page, 'Copy, edited after');
  await expect(status(page)).toHaveText(/^Saved /);
});
