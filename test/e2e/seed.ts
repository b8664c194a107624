import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/**
 * Puts a project file into the browser edition's storage as the last opened project, then
 * reloads: the app opens it as a user would find it after a restart.
 */
export async function openProjectFile(page: Page, file: string, language: 'ru' | 'en' = 'ru') {
  const project: unknown = JSON.parse(readFileSync(file, 'utf8'));
  await page.goto('/');
  await page.getByTestId('canvas').waitFor();
  await page.evaluate(
    async ({ project, language }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('sales-system-workbench');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['projects', 'settings'], 'readwrite');
        const id = (project as { id: string }).id;
        tx.objectStore('projects').put(project);
        tx.objectStore('settings').put({ language, theme: 'light', lastProjectId: id }, 'settings');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { project, language },
  );
  await page.reload();
  await page.getByTestId('canvas').waitFor();
}
