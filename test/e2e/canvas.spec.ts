import { expect, test, type Locator, type Page } from '@playwright/test';
import { arrangeByKey, canvasLiveRegion, openProjectFile, settledView } from './seed';

const card = (page: Page, name: string) =>
  page.getByTestId('function-node').filter({ hasText: name });

async function cardBoxes(page: Page) {
  return page.getByTestId('function-node').evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    }),
  );
}

/**
 * A pointer drag in small steps, as a hand would make it (React Flow follows the moves), aimed
 * once the view has stopped moving (a card just added may still be panned into view).
 */
async function dragBetween(page: Page, from: Locator, to: Locator) {
  await settledView(page);
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('drag ends not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** A point on screen as a position inside the canvas's pane (for dragTo's targetPosition). */
async function inPane(page: Page, at: { x: number; y: number }) {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('canvas not drawn');
  return { x: at.x - pane.x, y: at.y - pane.y };
}

test.describe('the canvas editor', () => {
  test('shows the key-accounts sample as the method describes it', async ({ page }) => {
    await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
    const keyAccounts = card(page, 'Key accounts');
    await expect(keyAccounts).toContainText('3 FTE');
    await expect(keyAccounts.locator('[title="Phone lines"]')).toHaveText('1');
    await expect(keyAccounts.locator('.kpi-badge').first()).toHaveText('≤ 15 min');
    await expect(keyAccounts.locator('.growth')).toHaveText('+25%');
    await expect(page.getByTestId('status-checks')).toHaveText('0 errors · 0 warnings · 0 notes');
  });

  test('a function dropped on a card lands beside it; dropped on free canvas, where dropped', async ({
    page,
  }) => {
    await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
    const pane = page.locator('.react-flow__pane');
    const paneBox = await pane.boundingBox();
    if (!paneBox) throw new Error('canvas not drawn');
    // Zoomed out, so there is room around the card on screen.
    await page.mouse.move(paneBox.x + paneBox.width / 2, paneBox.y + paneBox.height / 2);
    await page.mouse.wheel(0, 300);
    await settledView(page);
    const keyAccounts = await card(page, 'Key accounts').boundingBox();
    if (!keyAccounts) throw new Error('card not drawn');

    // Dropped on the middle of Key accounts: the new card does not cover it, and sits next to it.
    await page.locator('[data-type-id="events"]').dragTo(pane, {
      targetPosition: {
        x: keyAccounts.x + keyAccounts.width / 2 - paneBox.x,
        y: keyAccounts.y + keyAccounts.height / 2 - paneBox.y,
      },
    });
    const events = card(page, 'Events');
    await expect(events).toBeVisible();
    // Said where the canvas says what it did (a screen reader hears it): moved clear of what.
    await expect(canvasLiveRegion(page)).toHaveText(
      'The new card was placed beside “Key accounts” so as not to cover it.',
    );
    await expect(async () => {
      const [a, b] = await cardBoxes(page);
      if (!a || !b) throw new Error('two cards expected');
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, 'the dropped card covers Key accounts').toBe(false);
      const gap = Math.max(a.left - b.right, b.left - a.right, a.top - b.bottom, b.top - a.bottom);
      expect(gap, 'the dropped card lands beside it').toBeLessThan(keyAccounts.width / 2);
    }).toPass();

    // Dropped on free canvas, down to the left: its top-left corner is where the pointer let go.
    const at = { x: paneBox.x + 40, y: keyAccounts.y + keyAccounts.height * 2 };
    await page.locator('[data-type-id="partner-program"]').dragTo(pane, {
      targetPosition: { x: at.x - paneBox.x, y: at.y - paneBox.y },
    });
    const partner = await card(page, 'Partner program').boundingBox();
    if (!partner) throw new Error('dropped card not drawn');
    // Within the grid step it snaps to.
    expect(Math.abs(partner.x - at.x)).toBeLessThan(20);
    expect(Math.abs(partner.y - at.y)).toBeLessThan(20);
    // Nothing was moved, nothing new is said.
    await expect(canvasLiveRegion(page)).toHaveText(
      'The new card was placed beside “Key accounts” so as not to cover it.',
    );
  });

  test('a function dropped on a department it is not in lands outside it, and says so', async ({
    page,
  }) => {
    await openProjectFile(page, 'shared/samples/specialised-sales.ru.json', 'ru');
    await settledView(page);
    const service = page.getByTestId('group-frame').filter({ hasText: 'Сервис' });
    const frame = await service.boundingBox();
    if (!frame) throw new Error('frame not drawn');
    // Let go just inside the frame's right edge, beside its card: the new card, its top-left
    // corner there, would lie across the frame as if it belonged to the department.
    const at = { x: frame.x + frame.width - 3, y: frame.y + frame.height / 2 };
    await page
      .getByRole('toolbar', { name: 'Функции' })
      .getByRole('button', { name: 'Стимулирование продаж продукта или категории' })
      .dragTo(page.locator('.react-flow__pane'), {
        targetPosition: await inPane(page, at),
      });
    await expect(canvasLiveRegion(page)).toHaveText(
      'Новая карточка поставлена вне группы «Сервис», чтобы не выглядеть её частью.',
    );
    const added = card(page, 'Стимулирование продаж продукта или категории');
    await expect(added).toBeVisible();
    await expect(async () => {
      const box = await added.boundingBox();
      const now = await service.boundingBox();
      if (!box || !now) throw new Error('card or frame not drawn');
      // Outside the frame, to its right, and the frame kept its size: the card is no member.
      expect(box.x).toBeGreaterThan(now.x + now.width);
      expect(now.width).toBeCloseTo(frame.width, 0);
    }).toPass();
  });

  test('adds technical support, links it, and the staffing check follows the staff', async ({
    page,
  }) => {
    await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
    // By keyboard: focus the palette item and press Enter.
    await page.locator('[data-type-id="technical-support"]').focus();
    await page.keyboard.press('Enter');
    const support = card(page, 'Technical support');
    await expect(support).toBeVisible();
    await expect(page.getByTestId('inspector')).toContainText('Technical support');

    // By drag and drop, a second one lands where it is dropped.
    await page
      .locator('[data-type-id="events"]')
      .dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 120, y: 560 } });
    await expect(card(page, 'Events')).toBeVisible();

    // Link key accounts → technical support by dragging between their handles.
    await dragBetween(
      page,
      card(page, 'Key accounts').locator('.react-flow__handle-right'),
      support.locator('.react-flow__handle-left'),
    );
    await expect(page.getByTestId('link-label')).toHaveText(['Hand-off of leads or clients']);

    // Demand two specialists cannot serve: the check names how many are needed.
    await support.click();
    const inspector = page.getByTestId('inspector');
    const requests = inspector.getByLabel('Requests per hour');
    await requests.fill('4');
    await requests.press('Enter');
    await page.getByRole('tab', { name: /Checks/ }).click();
    const staffing = page.locator('[data-check-id="staffing.short"]');
    await expect(staffing).toContainText('needs 3 FTE answering requests and has 2');

    // A third specialist clears it.
    await staffing.click();
    const headcount = page.getByTestId('inspector').getByLabel('Headcount').first();
    await headcount.fill('3');
    await headcount.press('Enter');
    await page.getByRole('tab', { name: /Checks/ }).click();
    await expect(page.locator('[data-check-id="staffing.short"]')).toHaveCount(0);
  });

  test('undo and redo walk through edits; copy, paste and delete work', async ({ page }) => {
    await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
    const cards = page.getByTestId('function-node');
    await expect(cards).toHaveCount(1);

    await page.locator('[data-type-id="lead-nurturing"]').click();
    await expect(cards).toHaveCount(2);
    await card(page, 'Key accounts').click();
    await page.locator('.react-flow__pane').focus();
    await page.keyboard.press('Control+C');
    await page.keyboard.press('Control+V');
    await expect(cards).toHaveCount(3);
    await expect(card(page, 'Key accounts')).toHaveCount(2);

    await page.keyboard.press('Delete');
    await expect(cards).toHaveCount(2);

    await page.keyboard.press('Control+Z'); // the paste comes back
    await expect(cards).toHaveCount(3);
    await page.keyboard.press('Control+Z'); // the paste is undone
    await expect(cards).toHaveCount(2);
    await page.keyboard.press('Control+Z'); // the added function is undone
    await expect(cards).toHaveCount(1);
    await page.keyboard.press('Control+Shift+Z');
    await page.keyboard.press('Control+Y');
    await expect(cards).toHaveCount(3);
  });

  test('a function copied in one project pastes into another, with its owner', async ({ page }) => {
    await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
    await card(page, 'Key accounts').click();
    await page.keyboard.press('Control+C');

    await page.getByRole('button', { name: 'Projects…' }).click();
    await page.getByRole('button', { name: 'New project' }).click();
    await expect(page.getByTestId('function-node')).toHaveCount(0);
    await page.locator('.react-flow__pane').click();
    await page.keyboard.press('Control+V');
    const pasted = card(page, 'Key accounts');
    await expect(pasted).toHaveCount(1);
    // The accountable owner came along into the new project's people list.
    await expect(pasted.locator('.function-node-owner')).not.toContainText('No accountable owner');
  });

  test('the context menu groups functions into a department that can be renamed', async ({
    page,
  }) => {
    await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
    await card(page, 'Key accounts').click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Actions' });
    await expect(menu.getByRole('menuitem', { name: /Duplicate/ })).toBeEnabled();
    await menu.getByRole('menuitem', { name: /Group into a department/ }).click();
    const frame = page.getByTestId('group-frame');
    await expect(frame).toHaveText('Department 1');

    await frame.getByText('Department 1').dblclick();
    const name = frame.getByRole('textbox', { name: 'Department name' });
    await expect(name).toBeFocused();
    // The old name starts selected: what is typed replaces it.
    await page.keyboard.type('Key clients team');
    await name.press('Enter');
    await expect(frame).toHaveText('Key clients team');

    await page.keyboard.press('Control+Z');
    await expect(frame).toHaveText('Department 1');
    await card(page, 'Key accounts').click({ button: 'right' });
    await menu.getByRole('menuitem', { name: /Take out of the department/ }).click();
    await expect(frame).toHaveCount(0);
  });

  test('the context menu opened in the canvas corner stays over the canvas and works by keys', async ({
    page,
  }) => {
    await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
    const canvas = page.getByTestId('canvas');
    const area = await canvas.boundingBox();
    if (!area) throw new Error('canvas not visible');
    await canvas.click({
      button: 'right',
      position: { x: area.width - 4, y: area.height - 4 },
    });
    const menu = page.getByRole('menu', { name: 'Actions' });
    await expect(menu).toBeVisible();
    // Opened up and to the left of the pointer: over the canvas, not the side panel beside it.
    const box = await menu.boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    expect(box.x).toBeGreaterThanOrEqual(area.x);
    expect(box.y).toBeGreaterThanOrEqual(area.y);
    expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width);
    expect(box.y + box.height).toBeLessThanOrEqual(area.y + area.height);
    await page.screenshot({ path: '/tmp/polish3-context-menu.png' });

    // The arrows, Home and End move between the items that can be used; Enter uses one.
    const selectAll = menu.getByRole('menuitem', { name: /Select all/ });
    await expect(selectAll).toBeFocused();
    await page.keyboard.press('End');
    await expect(menu.getByRole('menuitem', { name: /Zoom to fit/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(selectAll).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(menu.getByRole('menuitem', { name: /Arrange automatically/ })).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
    await expect(page.locator('.react-flow__node-function.selected')).toHaveCount(
      await page.getByTestId('function-node').count(),
    );
  });

  test('auto-layout leaves no overlapping cards', async ({ page }) => {
    await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
    for (const type of ['events', 'partner-program', 'custom', 'lead-nurturing']) {
      await page.locator(`[data-type-id="${type}"]`).click(); // all land near the centre
    }
    await page.locator('.react-flow__pane').click();
    await arrangeByKey(page);
    // Every card in one read: the view zooms to fit after the layout, moving them all at once.
    const boxes = await cardBoxes(page);
    expect(boxes).toHaveLength(10);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap).toBe(false);
      }
    }
  });

  test('every visible string switches with the language', async ({ page }) => {
    await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'ru');
    await card(page, 'Key accounts').click();
    await expect(page.getByRole('tab', { name: 'Свойства' })).toBeVisible();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    for (const tab of ['Inspector', 'Project', 'Checks', 'Summary']) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      // The sample is in English; the only Russian left may be the language's own name.
      const text = (await page.locator('body').innerText()).replace('Русский', '');
      expect(text, `${tab} panel`).not.toMatch(/[а-яё]/i);
    }
  });
});
