import { expect, test, type Locator, type Page } from '@playwright/test';
import { blockingViolations, showTheme, THEMES } from './axe';
import { openProjectFile, settledView, startBlank } from './seed';

/**
 * Level of detail: zoomed out until a card's text cannot be read, cards draw as blocks (status
 * colour and shape, name, no figures), and are still the same cards to the keyboard, screen
 * readers and the tests; zoomed back in, the full card returns.
 */
const RICH = 'shared/samples/specialised-sales.en.json';

/** A card as a screen reader announces it: its name, then its type or its status. */
const card = (page: Page, name: string) =>
  page.getByRole('group', { name: new RegExp(`^${name}( — |\\. )`) });

const isLowDetail = (locator: Locator) =>
  locator.getByTestId('function-node').evaluate((node) => node.classList.contains('low-detail'));

/** Presses the canvas's zoom control, as a user would, until `done` holds (at most 20 times). */
async function zoomUntil(
  page: Page,
  control: 'Zoom in' | 'Zoom out' | 'Увеличить' | 'Уменьшить',
  done: () => Promise<boolean>,
) {
  const button = page.getByTestId('canvas').getByRole('button', { name: control, exact: true });
  for (let press = 0; press < 20 && !(await done()); press += 1) {
    await button.click();
    // Each press zooms in an animation: look once it is over, not half-way.
    await settledView(page);
  }
  expect(await done(), `${control} did not get there`).toBe(true);
}

async function open(page: Page) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openProjectFile(page, RICH, 'en');
  await page.getByRole('button', { name: 'Got it' }).click();
  await expect(card(page, 'Key accounts').getByTestId('function-node')).toContainText('FTE');
}

test.describe('canvas level of detail', () => {
  test('zoomed out, cards draw as blocks with name and status shape; zoomed in, in full', async ({
    page,
  }) => {
    await open(page);
    const keyAccounts = card(page, 'Key accounts');
    await page.screenshot({ path: '/tmp/lod-full.png' });

    await zoomUntil(page, 'Zoom out', () => isLowDetail(keyAccounts));
    // The same card: found by its name, its status told by a shape with a name, its figures gone.
    await expect(keyAccounts).toBeVisible();
    const block = keyAccounts.getByTestId('function-node');
    await expect(block).toContainText('Key accounts');
    await expect(block.getByRole('img', { name: /problems|warnings|errors/ })).toBeVisible();
    await expect(block).not.toContainText('FTE');
    // Every card, not one: no card keeps its figures or its link handles.
    await expect(page.locator('.react-flow__node .function-node-facts')).toHaveCount(0);
    await expect(page.locator('.link-handle')).toHaveCount(0);
    // Link labels are as unreadable as the cards' text: none is drawn.
    await expect(page.getByTestId('link-label')).toHaveCount(0);
    // Links are still drawn between the blocks.
    await expect(page.getByTestId('link-path').first()).toBeAttached();
    await page.screenshot({ path: '/tmp/lod-low.png' });

    // Selection and keyboard focus still show on a block.
    await block.click();
    await expect(block).toHaveClass(/selected/);
    await expect(page.getByTestId('inspector')).toContainText('Key accounts');

    // F2 renames in place at any zoom: the card draws in full while its name is edited.
    await page.keyboard.press('F2');
    const field = page.getByRole('textbox', { name: 'Function name' });
    await expect(field).toBeFocused();
    await field.fill('Key clients');
    await field.press('Enter');
    await expect(field).toHaveCount(0);
    const keyClients = card(page, 'Key clients');
    await expect(keyClients).toBeFocused();
    // Back to a block once the field is gone (the card is drawn again after the rename).
    await expect.poll(() => isLowDetail(keyClients)).toBe(true);

    await zoomUntil(page, 'Zoom in', async () => !(await isLowDetail(keyClients)));
    await expect(keyClients.getByTestId('function-node')).toContainText('FTE');
    await expect(page.getByTestId('link-label').first()).toBeVisible();
  });

  test('the differences overlay keeps its marks, by shape, on blocks', async ({ page }) => {
    await open(page);
    // A variant without Events and with Lead nurturing renamed.
    await page.getByTestId('scenario-switcher').click();
    await page.getByRole('menuitem', { name: 'New variant…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New variant' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Leaner');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await page.getByTestId('function-node').filter({ hasText: 'Events' }).click();
    await page.keyboard.press('Delete');
    await page.getByTestId('function-node').filter({ hasText: 'Lead nurturing' }).click();
    const name = page.getByTestId('inspector').getByRole('textbox', { name: 'Name' }).first();
    await name.fill('Lead nurturing by email');
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Show differences against “Current system”' }).click();

    const changed = card(page, 'Lead nurturing by email');
    const ghostFull = page.getByTestId('ghost-node');
    await expect(ghostFull).toContainText('Removed');
    const zoom = () =>
      page
        .locator('.react-flow__viewport')
        .evaluate((viewport) => new DOMMatrix(getComputedStyle(viewport).transform).a);
    const ghostHeight = ((await ghostFull.boundingBox())?.height ?? 0) / (await zoom());
    await zoomUntil(page, 'Zoom out', () => isLowDetail(changed));
    await expect(changed.getByTestId('function-node')).toHaveClass(/diff-changed/);
    // Its screen-reader name still says what changed.
    await expect(changed).toHaveAccessibleName(/Changed: /);
    const ghost = page.getByTestId('ghost-node');
    await expect(ghost).toHaveClass(/low-detail/);
    await expect(ghost).toContainText('Events');
    // The ghost is a block too: its name as large as the cards' beside it, no badge too small
    // to read, "Removed" told by a shape with that name; as tall as it was drawn in full.
    await expect(ghost.getByRole('img', { name: 'Removed' })).toBeVisible();
    await expect(ghost.locator('.diff-badge')).toHaveCount(0);
    const nameSize = (node: Locator) =>
      node
        .locator('.function-node-name')
        .evaluate((name) => parseFloat(getComputedStyle(name).fontSize));
    expect(await nameSize(ghost)).toBe(await nameSize(changed.getByTestId('function-node')));
    expect(((await ghost.boundingBox())?.height ?? 0) / (await zoom())).toBeCloseTo(ghostHeight, 0);
    // The change is drawn by the thick bar on the left, not by colour alone.
    const bar = await changed
      .getByTestId('function-node')
      .evaluate((node) => parseFloat(getComputedStyle(node).borderLeftWidth));
    expect(bar).toBeGreaterThan(20);
    await page.screenshot({ path: '/tmp/lod-differences.png' });
    await page.screenshot({ path: '/tmp/polish3-ghost-block.png' });
  });

  test('cards added zoomed out keep clear of each other once drawn in full', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await startBlank(page); // in Russian: the longest default names, up to four lines on a card
    await page.getByRole('button', { name: 'Подробные карточки' }).click(); // compact cards
    const nurturing = page.locator('[data-type-id="lead-nurturing"]');
    await nurturing.click();
    const first = page.getByTestId('function-node').first();
    await zoomUntil(page, 'Уменьшить', () =>
      first.evaluate((node) => node.classList.contains('low-detail')),
    );
    // The one card drawn in full goes: those added now are never drawn in full before they are
    // placed, each given the room a card is assumed to take until measured. None is selected, so
    // each goes to a free spot in the middle of the view, not beside another.
    await first.click();
    await page.keyboard.press('Delete');
    await expect(page.getByTestId('function-node')).toHaveCount(0);
    for (let added = 1; added <= 4; added += 1) {
      await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
      await nurturing.click();
      await expect(page.getByTestId('function-node')).toHaveCount(added);
    }
    await zoomUntil(page, 'Увеличить', async () =>
      page
        .getByTestId('function-node')
        .evaluateAll((nodes) => nodes.every((node) => !node.classList.contains('low-detail'))),
    );
    await expect(page.locator('.react-flow__node').filter({ visible: false })).toHaveCount(0);
    await page.screenshot({ path: '/tmp/polish3-added-zoomed-out.png' });
    const boxes = await page
      .getByTestId('function-node')
      .evaluateAll((nodes) =>
        nodes.map((node) => node.getBoundingClientRect().toJSON() as DOMRect),
      );
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, JSON.stringify([a, b])).toBe(false);
      }
    }
  });

  for (const theme of THEMES) {
    test(`blocks at low zoom pass axe in the ${theme} theme`, async ({ page }) => {
      test.slow();
      await open(page);
      await showTheme(page, theme);
      const keyAccounts = card(page, 'Key accounts');
      await zoomUntil(page, 'Zoom out', () => isLowDetail(keyAccounts));
      await keyAccounts.getByTestId('function-node').click();
      expect(await blockingViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/lod-low-${theme}.png` });
    });
  }
});
