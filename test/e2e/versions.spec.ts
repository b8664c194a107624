import { expect, test, type Page } from '@playwright/test';
import { blockingViolations, showTheme, THEMES } from './axe';
import { startBlank } from './seed';

const card = (page: Page, name: string) =>
  page.getByTestId('function-node').filter({ hasText: name });
const status = (page: Page) => page.getByTestId('save-status');
const versions = (page: Page) => page.getByRole('dialog', { name: /^Versions of / });

/** File › Versions… the way the browser edition reaches it: the command palette. */
async function openVersions(page: Page) {
  await page.keyboard.press('Control+K');
  await page
    .getByRole('dialog', { name: 'Command palette' })
    .getByRole('combobox')
    .fill('Versions');
  await page.keyboard.press('Enter');
  await expect(versions(page)).toBeVisible();
}

async function startInEnglish(page: Page) {
  await startBlank(page);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
}

test('Versions… lists the kept versions with time and size; restoring one is itself undoable', async ({
  page,
}) => {
  // Three axe runs over the whole page: more than the default budget on a busy machine.
  test.slow();
  // The versions are named by day ("today 14:05"): a run that crosses midnight would see the
  // first one listed as "yesterday". The page's clock starts at noon (local time, as the page
  // shows times) and runs on from there.
  await page.clock.install({ time: new Date(2026, 5, 15, 12, 0) });
  await startInEnglish(page);
  // A new project has no earlier version yet: a sentence says so, not an empty box.
  await openVersions(page);
  await expect(versions(page)).toContainText('No earlier versions yet.');
  await expect(versions(page).getByRole('radio')).toHaveCount(0);
  await expect(versions(page).getByRole('button', { name: 'Restore' })).toBeDisabled();
  await versions(page).getByRole('button', { name: 'Close' }).click();
  await expect(versions(page)).toBeHidden();

  await page.locator('[data-type-id="events"]').click();
  await expect(card(page, 'Events')).toBeVisible();
  await expect(status(page)).toHaveText(/^Saved /);

  await openVersions(page);
  const empty = versions(page).getByRole('radio', { name: /0 functions$/ });
  await expect(empty).toHaveCount(1);
  await expect(empty).toHaveAccessibleName(/^today \d{2}:\d{2} — \d+(\.\d)? KB, checkpoint: /);
  for (const theme of THEMES.filter((name) => name !== 'projector')) {
    // The modal dialog keeps the toolbar's theme button out of reach; the root says the theme.
    await page.locator('html').evaluate((html, value) => (html.dataset.theme = value), theme);
    expect(await blockingViolations(page), `versions dialog, ${theme}`).toEqual([]);
    await page.screenshot({ path: `/tmp/storage3-versions-${theme}.png` });
  }
  await page.locator('html').evaluate((html) => (html.dataset.theme = 'light'));

  await empty.check();
  await versions(page).getByRole('button', { name: 'Restore' }).click();
  await expect(versions(page)).toBeHidden();
  await expect(card(page, 'Events')).toHaveCount(0);
  await expect(page.getByText(/^Restored the version saved today /)).toBeVisible();

  // The version the restore replaced was kept first: it is listed, and restores as it was.
  await openVersions(page);
  const replaced = versions(page).getByRole('radio', { name: /1 function$/ });
  await expect(replaced).toHaveCount(1);
  await expect(versions(page).getByRole('radio')).toHaveCount(2);
  await replaced.check();
  await versions(page).getByRole('button', { name: 'Restore' }).click();
  await expect(versions(page)).toBeHidden();
  await expect(card(page, 'Events')).toBeVisible();

  // In the editor a restore is one undo step.
  await page.keyboard.press('Control+Z');
  await expect(card(page, 'Events')).toHaveCount(0);
  await expect(status(page)).toHaveText(/^Saved /);
});

test('a tab that shows the project read-only lists its versions but cannot restore, and says why', async ({
  context,
}) => {
  const first = await context.newPage();
  await startInEnglish(first);
  await first.locator('[data-type-id="events"]').click();
  await expect(status(first)).toHaveText(/^Saved /);

  const second = await context.newPage();
  await second.goto('/');
  await second.getByTestId('canvas').waitFor();
  await expect(second.getByTestId('open-elsewhere')).toBeVisible();
  await openVersions(second);
  await versions(second).getByRole('radio').first().check();
  const restore = versions(second).getByRole('button', { name: 'Restore' });
  await expect(restore).toBeDisabled();
  await expect(restore).toHaveAccessibleDescription(/being edited in another tab/);
});

test('a disabled primary button looks disabled in every theme, not like a faded live one', async ({
  page,
}) => {
  // Four axe runs over the whole page: more than the default budget on a busy machine.
  test.slow();
  await startInEnglish(page);
  // The canvas's first-run hint has a live primary button ("Got it") to compare with.
  const live = page.getByRole('button', { name: 'Got it' });
  const look = (button: ReturnType<Page['getByRole']>) =>
    button.evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, color: style.color };
    });
  for (const theme of THEMES) {
    await showTheme(page, theme);
    await openVersions(page);
    const restore = versions(page).getByRole('button', { name: 'Restore' });
    await expect(restore).toBeDisabled();
    const disabled = await look(restore);
    const enabled = await look(live);
    expect(disabled.background, `${theme}: background`).not.toBe(enabled.background);
    expect(disabled.color, `${theme}: text`).not.toBe(enabled.color);
    await page.screenshot({ path: `/tmp/polish2-disabled-${theme}.png` });
    expect(await blockingViolations(page)).toEqual([]);
    await versions(page).getByRole('button', { name: 'Close' }).click();
    await expect(versions(page)).toBeHidden();
  }
});
