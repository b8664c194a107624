import { expect, test, type Page } from '@playwright/test';
import { blockingViolations, showTheme, THEMES } from './axe';
import { startBlank } from './seed';

const card = (page: Page, name: string) =>
  page.getByTestId('function-node').filter({ hasText: name });
const status = (page: Page) => page.getByTestId('save-status');
const READ_ONLY = 'Read-only: open in another tab';

/**
 * Opens the app in a new page of the shared context (one browser, one storage), in English: the
 * first tab starts a new project from the start screen, later tabs reopen it.
 */
async function openTab(page: Page, startsProject = false) {
  if (startsProject) await startBlank(page);
  else {
    await page.goto('/');
    await page.getByTestId('canvas').waitFor();
  }
  const en = page.getByRole('button', { name: 'EN', exact: true });
  if ((await en.getAttribute('aria-pressed')) !== 'true') await en.click();
  // The English catalog loads on first use: until it is in, a new card is named in Russian.
  await expect(en).toHaveAttribute('aria-pressed', 'true');
}

test.describe('two tabs on one project (browser edition)', () => {
  test('the second opens it read-only, saves nothing, and takes over when the first closes', async ({
    context,
  }) => {
    const first = await context.newPage();
    await openTab(first, true);
    await first.locator('[data-type-id="events"]').click();
    await expect(card(first, 'Events')).toBeVisible();
    await expect(status(first)).toHaveText(/^Saved /);

    const second = await context.newPage();
    await openTab(second);
    const banner = second.getByTestId('open-elsewhere');
    await expect(banner).toContainText('edited in another tab');
    await expect(status(second)).toHaveText(READ_ONLY);
    // One compact bar above the canvas (message and button), not a third of the window.
    const bar = await second.getByRole('region', { name: READ_ONLY }).boundingBox();
    expect(bar?.height).toBeLessThanOrEqual(64);
    await expect(second.getByRole('button', { name: 'Take over here' })).toBeVisible();
    await second.screenshot({ path: '/tmp/polish2-banner.png' });
    await expect(first.getByTestId('open-elsewhere')).toHaveCount(0);

    // Nothing in the read-only tab changes the project: fields, palette, commands, canvas.
    const secondName = second.getByRole('textbox', { name: 'Project name' });
    await expect(secondName).not.toBeEditable();
    await expect(second.locator('[data-type-id="events"]')).toBeDisabled();
    await expect(second.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
    await expect(second.getByRole('button', { name: 'Arrange automatically' })).toBeDisabled();
    const events = card(second, 'Events');
    await events.click();
    const inspector = second.getByTestId('inspector');
    await expect(inspector.getByRole('textbox', { name: 'Name', exact: true })).toBeDisabled();
    await second.keyboard.press('Delete');
    await second.keyboard.press('ArrowRight');
    await events.locator('.function-node-name').dblclick();
    await expect(second.getByRole('textbox', { name: 'Function name' })).toHaveCount(0);
    // A drag pans the view instead of moving the card: its place on the canvas stays.
    const node = second.locator('.react-flow__node', { has: events });
    const placed = await node.getAttribute('style');
    const box = await events.boundingBox();
    if (!box) throw new Error('card not visible');
    await second.mouse.move(box.x + 20, box.y + 10);
    await second.mouse.down();
    await second.mouse.move(box.x + 220, box.y + 160, { steps: 10 });
    await second.mouse.up();
    expect(await node.getAttribute('style')).toBe(placed);
    await second.keyboard.press('Control+K');
    await second.getByRole('combobox', { name: 'Command palette' }).fill('Delete');
    // "Delete" (the selection), not "Delete scenario…", which the query finds as well.
    await expect(second.getByRole('option', { name: /^Delete(?! scenario)/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await second.keyboard.press('Escape');
    await expect(status(second)).toHaveText(READ_ONLY);

    // The first tab edits and saves as before.
    const firstName = first.getByRole('textbox', { name: 'Project name' });
    await firstName.fill('Edited in the first tab');
    await firstName.press('Enter');
    await expect(status(first)).toHaveText(/^Saved /);

    // The first tab closes: the second reloads what it stored and may edit from there.
    await first.close();
    await expect(banner).toHaveCount(0);
    await expect(secondName).toHaveValue('Edited in the first tab');
    await expect(secondName).toBeEditable();
    await expect(status(second)).toHaveText(/^Saved /);
  });

  test('a read-only tab shows no hint that invites an edit; taking over brings them back', async ({
    context,
  }) => {
    // Four axe runs over the whole page: more than the default budget on a busy machine.
    test.slow();
    const first = await context.newPage();
    await openTab(first, true);
    await expect(first.getByRole('note', { name: 'First steps' })).toBeVisible();
    await expect(status(first)).toHaveText(/^Saved /);
    const second = await context.newPage();
    await openTab(second);
    await expect(status(second)).toHaveText(READ_ONLY);

    const invitations = [
      second.getByRole('note', { name: 'First steps' }),
      second.getByText('Drag a function here'),
      second.getByText('Drag onto the canvas'),
      second.getByTitle(/Drag onto the canvas/),
    ];
    for (const invitation of invitations) await expect(invitation).toHaveCount(0);
    await expect(second.getByText('This design has no functions yet.')).toBeVisible();
    await expect(second.getByText('to see its process')).toBeVisible();
    await expect(second.getByText('to see and edit')).toHaveCount(0);
    await second.getByRole('tab', { name: 'Project' }).click();
    await expect(second.getByText('No people yet.', { exact: true })).toBeVisible();
    await expect(second.getByText('Add the people who')).toHaveCount(0);
    await second.getByRole('tab', { name: 'Summary' }).click();
    await expect(second.getByText('no totals')).toBeVisible();
    await expect(second.getByText('Add functions to see')).toHaveCount(0);
    for (const theme of THEMES) {
      await showTheme(second, theme);
      expect(await blockingViolations(second), `read-only hints, ${theme}`).toEqual([]);
    }
    await second.screenshot({ path: '/tmp/polish-read-only.png' });

    await second.getByRole('button', { name: 'Take over here' }).click();
    await expect(second.getByTestId('open-elsewhere')).toHaveCount(0);
    await expect(second.getByRole('note', { name: 'First steps' })).toBeVisible();
    await expect(second.getByText('Drag a function here')).toBeVisible();
    await expect(second.getByText('Add functions to see')).toBeVisible();
    await second.getByRole('tab', { name: 'Project' }).click();
    await expect(second.getByText('Add the people who')).toBeVisible();
  });

  test('"Take over here" moves editing to this tab; the other one turns read-only', async ({
    context,
  }) => {
    // Four axe runs over the whole page: more than the default budget on a busy machine.
    test.slow();
    const first = await context.newPage();
    await openTab(first, true);
    await expect(status(first)).toHaveText(/^Saved /);
    const second = await context.newPage();
    await openTab(second);
    await expect(status(second)).toHaveText(READ_ONLY);
    for (const theme of THEMES) {
      await showTheme(second, theme);
      expect(await blockingViolations(second), `read-only banner, ${theme}`).toEqual([]);
      await second.screenshot({ path: `/tmp/storage-read-only-${theme}.png` });
    }

    await second.getByRole('button', { name: 'Take over here' }).click();
    await expect(second.getByTestId('open-elsewhere')).toHaveCount(0);
    await expect(first.getByTestId('open-elsewhere')).toContainText('edited in another tab');
    await expect(status(first)).toHaveText(READ_ONLY);
    await expect(first.getByRole('textbox', { name: 'Project name' })).not.toBeEditable();

    const secondName = second.getByRole('textbox', { name: 'Project name' });
    await secondName.fill('Taken over');
    await secondName.press('Enter');
    await expect(status(second)).toHaveText(/^Saved /);

    // Back to the first: it reloads what the second stored.
    await first.getByRole('button', { name: 'Take over here' }).click();
    await expect(first.getByRole('textbox', { name: 'Project name' })).toHaveValue('Taken over');
    await expect(status(first)).toHaveText(/^Saved /);
    await expect(status(second)).toHaveText(READ_ONLY);
  });
});
