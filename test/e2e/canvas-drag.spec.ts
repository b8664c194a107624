import { expect, test, type Locator, type Page } from '@playwright/test';
import { canvasLiveRegion, cardsMeasured, openProjectFile } from './seed';

/**
 * Moving things on the canvas with the mouse, as a hand does it: press, move in small steps,
 * release. Every test checks where things are while the pointer is still down, and after.
 * Positions are compared on screen; the rich sample's Key accounts (560, 80) and Partner
 * program (560, 640) give the zoom, so design units can be told from pixels.
 */
const RICH = 'shared/samples/specialised-sales.en.json';
const GRID = 16;

const card = (page: Page, name: string) =>
  page.getByTestId('function-node').filter({ hasText: name });
const frame = (page: Page, name: string) =>
  page.getByTestId('group-frame').filter({ hasText: name });

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

/** Screen pixels per design unit. */
async function zoomOf(page: Page): Promise<number> {
  const top = await box(card(page, 'Key accounts'));
  const bottom = await box(card(page, 'Partner program'));
  return (bottom.y - top.y) / (640 - 80);
}

/**
 * Where a card is in design units, from its offset to Key accounts (560, 80) and the zoom that
 * Partner program (560, 640) gives: the three cards read at once, so that they share one view.
 */
async function designPosition(page: Page, name: string) {
  const tops = await page.getByTestId('function-node').evaluateAll((nodes) =>
    nodes.map((node) => {
      const { x, y } = node.getBoundingClientRect();
      return { name: node.querySelector('.function-node-name')?.textContent?.trim(), x, y };
    }),
  );
  const at = (wanted: string) => {
    const found = tops.find((card) => card.name === wanted);
    if (!found) throw new Error(`${wanted} is not on the canvas`);
    return found;
  };
  const [anchor, bottom, card] = [at('Key accounts'), at('Partner program'), at(name)];
  const zoom = (bottom.y - anchor.y) / (640 - 80);
  return { x: 560 + (card.x - anchor.x) / zoom, y: 80 + (card.y - anchor.y) / zoom };
}

/** Presses at `from`, moves by (dx, dy) in `steps` steps, and calls `midway` half-way. */
async function drag(
  page: Page,
  from: { x: number; y: number },
  dx: number,
  dy: number,
  midway: () => Promise<void>,
) {
  const steps = 20;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i += 1) {
    await page.mouse.move(from.x + (dx * i) / steps, from.y + (dy * i) / steps);
    if (i === steps / 2) await midway();
  }
  await page.mouse.up();
}

/** Asserts a box moved by (dx, dy) screen pixels, give or take the grid snap at this zoom. */
async function expectMovedBy(
  locator: Locator,
  start: { x: number; y: number },
  dx: number,
  dy: number,
  zoom: number,
) {
  // React Flow snaps the pointer and the card to the grid: together up to 1.5 grid steps.
  const tolerance = 1.5 * GRID * zoom + 1;
  await expect
    .poll(async () => {
      const now = await box(locator);
      return Math.max(Math.abs(now.x - start.x - dx), Math.abs(now.y - start.y - dy));
    })
    .toBeLessThanOrEqual(tolerance);
}

/** The rich sample's departments and their members. */
const DEPARTMENTS: Record<string, readonly string[]> = {
  Marketing: ['Events', 'Lead nurturing'],
  'Sales department': ['Key accounts', 'Promotion in the Volga region', 'Partner program'],
  Service: ['Technical support'],
};

/**
 * What misrepresents the departments on screen: two frames that overlap, a card inside the frame
 * of a department it is not in. Cards and frames read at once, so that they share one view.
 */
async function misleading(page: Page): Promise<string[]> {
  const read = (testId: string, nameSelector: string) =>
    page.getByTestId(testId).evaluateAll(
      (nodes, selector) =>
        nodes.map((node) => {
          const { left, top, right, bottom } = node.getBoundingClientRect();
          const name = node.querySelector(selector)?.textContent?.trim() ?? '';
          return { name, left, top, right, bottom };
        }),
      nameSelector,
    );
  const [cards, frames] = await Promise.all([
    read('function-node', '.function-node-name'),
    read('group-frame', '.group-frame-name'),
  ]);
  type Seen = (typeof cards)[number];
  const overlap = (a: Seen, b: Seen) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  return frames.flatMap((frame, i) => [
    ...frames
      .slice(i + 1)
      .filter((other) => overlap(frame, other))
      .map((other) => `${frame.name} overlaps ${other.name}`),
    ...cards
      .filter((c) => !DEPARTMENTS[frame.name]?.includes(c.name) && overlap(c, frame))
      .map((c) => `${c.name} lies in ${frame.name}`),
  ]);
}

test.describe('dragging on the canvas', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openProjectFile(page, RICH, 'en');
  });

  test('a card follows the pointer, snaps to the grid, undoes, redoes and survives a reload', async ({
    page,
  }) => {
    const events = card(page, 'Events');
    const zoom = await zoomOf(page);
    const start = await box(events);
    const before = await designPosition(page, 'Events');
    const grip = { x: start.x + start.width / 2, y: start.y + 16 };

    // Down and a little to the right: within its department's reach (further right, Marketing's
    // frame would reach over the sales department's and the drop would be nudged clear of it).
    await drag(page, grip, 60, 200, async () => {
      // Half-way, with the button still down, the card is half-way too.
      await expectMovedBy(events, start, 30, 100, zoom);
    });
    await expectMovedBy(events, start, 60, 200, zoom);

    const dropped = await designPosition(page, 'Events');
    expect(dropped.x).not.toBeCloseTo(before.x, 0);
    // The drop lands on the grid (within the rounding of screen pixels).
    expect(Math.abs(dropped.x / GRID - Math.round(dropped.x / GRID))).toBeLessThan(0.1);
    expect(Math.abs(dropped.y / GRID - Math.round(dropped.y / GRID))).toBeLessThan(0.1);
    await expect(page.getByTestId('inspector')).toContainText('Events');

    // The whole drag is one undo step.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Z');
    await expectMovedBy(events, start, 0, 0, zoom);
    await page.keyboard.press('Control+Shift+Z');
    await expectMovedBy(events, start, 60, 200, zoom);

    // Saved: after a reload the card is where it was dropped.
    await expect(page.getByTestId('save-status')).toContainText('Saved');
    await page.reload();
    // Measured and fitted anew: read before that, the cards stand in the view before the fit.
    await cardsMeasured(page);
    const reloaded = await designPosition(page, 'Events');
    expect(reloaded.x).toBeCloseTo(dropped.x, 0);
    expect(reloaded.y).toBeCloseTo(dropped.y, 0);
  });

  test('a multi-selection moves together', async ({ page }) => {
    const events = card(page, 'Events');
    const lead = card(page, 'Lead nurturing');
    const zoom = await zoomOf(page);
    await events.click();
    await lead.click({ modifiers: ['Shift'] });
    await expect(page.getByTestId('inspector')).toContainText('Functions selected: 2');
    const eventsStart = await box(events);
    const leadStart = await box(lead);

    const grip = { x: leadStart.x + leadStart.width / 2, y: leadStart.y + 16 };
    await drag(page, grip, -40, 120, async () => {
      await expectMovedBy(events, eventsStart, -20, 60, zoom);
      await expectMovedBy(lead, leadStart, -20, 60, zoom);
    });
    await expectMovedBy(events, eventsStart, -40, 120, zoom);
    await expectMovedBy(lead, leadStart, -40, 120, zoom);
    await expect(page.getByTestId('inspector')).toContainText('Functions selected: 2');

    await page.keyboard.press('Control+Z');
    await expectMovedBy(events, eventsStart, 0, 0, zoom);
    await expectMovedBy(lead, leadStart, 0, 0, zoom);
  });

  test('a department frame carries its functions during the drag', async ({ page }) => {
    const marketing = frame(page, 'Marketing');
    const events = card(page, 'Events');
    const lead = card(page, 'Lead nurturing');
    const keyAccounts = card(page, 'Key accounts');
    const zoom = await zoomOf(page);
    const frameStart = await box(marketing);
    const eventsStart = await box(events);
    const leadStart = await box(lead);
    const otherStart = await box(keyAccounts);

    // Grab the frame in its margin below the last card.
    const grip = {
      x: frameStart.x + frameStart.width / 2,
      y: frameStart.y + frameStart.height - 6,
    };
    await drag(page, grip, 0, 160, async () => {
      await expectMovedBy(marketing, frameStart, 0, 80, zoom);
      await expectMovedBy(events, eventsStart, 0, 80, zoom);
      await expectMovedBy(lead, leadStart, 0, 80, zoom);
    });
    await expectMovedBy(events, eventsStart, 0, 160, zoom);
    await expectMovedBy(lead, leadStart, 0, 160, zoom);
    await expectMovedBy(marketing, frameStart, 0, 160, zoom);
    // A function of another department stays.
    await expectMovedBy(keyAccounts, otherStart, 0, 0, zoom);

    await page.keyboard.press('Control+Z');
    await expectMovedBy(events, eventsStart, 0, 0, zoom);
    await expectMovedBy(lead, leadStart, 0, 0, zoom);
  });

  test('a card dropped into another department is nudged clear of its frame, as one undo step', async ({
    page,
  }) => {
    const lead = card(page, 'Lead nurturing');
    const zoom = await zoomOf(page);
    const start = await box(lead);
    expect(await misleading(page)).toEqual([]);
    // Lead nurturing (80, 360) onto the sales department, between two of its cards (560, 500).
    const grip = { x: start.x + start.width / 2, y: start.y + 16 };
    await drag(page, grip, 480 * zoom, 140 * zoom, async () => {});
    await expect.poll(() => misleading(page)).toEqual([]);
    // Said where the canvas says what it did: what the card was moved clear of.
    await expect(canvasLiveRegion(page)).toHaveText(
      'Moved clear of the group “Sales department”, so as not to look like part of it.',
    );
    // Nudged, not sent back: the card is still well away from where it started.
    const dropped = await box(lead);
    expect(dropped.x - start.x).toBeGreaterThan(100 * zoom);
    await page.screenshot({ path: '/tmp/polish4-drop-nudged.png' });

    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Z');
    await expectMovedBy(lead, start, 0, 0, zoom);
  });

  test('a department frame dropped onto another is nudged clear of it', async ({ page }) => {
    const marketing = frame(page, 'Marketing');
    const zoom = await zoomOf(page);
    const frameStart = await box(marketing);
    const grip = {
      x: frameStart.x + frameStart.width / 2,
      y: frameStart.y + frameStart.height - 6,
    };
    // Marketing half onto the sales department.
    await drag(page, grip, 400 * zoom, 0, async () => {});
    await expect.poll(() => misleading(page)).toEqual([]);
    await expect(canvasLiveRegion(page)).toHaveText(
      'Moved clear of the group “Sales department”, so as not to look like part of it.',
    );
    // Both of its functions came along, together.
    const events = await box(card(page, 'Events'));
    const lead = await box(card(page, 'Lead nurturing'));
    expect(Math.abs(events.x - lead.x)).toBeLessThan(2);
  });

  test('a function dropped from the palette onto a department lands clear of its frame', async ({
    page,
  }) => {
    const sales = await frame(page, 'Sales department').boundingBox();
    const pane = await page.locator('.react-flow__pane').boundingBox();
    if (!sales || !pane) throw new Error('canvas not drawn');
    await page.locator('[data-type-id="events"]').dragTo(page.locator('.react-flow__pane'), {
      targetPosition: {
        x: sales.x + sales.width / 2 - pane.x,
        y: sales.y + sales.height / 2 - pane.y,
      },
    });
    await expect(page.getByTestId('function-node')).toHaveCount(7);
    // The new one (named like the other Events card) belongs to no department, so lies in none.
    await expect.poll(() => misleading(page)).toEqual([]);
  });

  test('Shift pressed while a field has the focus still draws a box on the canvas', async ({
    page,
  }) => {
    const eventsBox = await box(card(page, 'Events'));
    const leadBox = await box(card(page, 'Lead nurturing'));
    // A rename committed with Enter leaves the focus in the field; Shift goes down there.
    await card(page, 'Events').click();
    const name = page.getByTestId('inspector').getByRole('textbox', { name: 'Name' }).first();
    await name.fill('Events and fairs');
    await name.press('Enter');
    await expect(name).toBeFocused();
    await page.keyboard.down('Shift');
    await page.mouse.move(eventsBox.x - 30, eventsBox.y - 10);
    await page.mouse.down();
    await page.mouse.move(leadBox.x + leadBox.width + 10, leadBox.y + leadBox.height + 10, {
      steps: 10,
    });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect(page.getByTestId('inspector')).toContainText('Functions selected: 2');
    expect(await box(card(page, 'Lead nurturing'))).toEqual(leadBox);
  });

  test('box selection and panning still work', async ({ page }) => {
    const events = card(page, 'Events');
    const lead = card(page, 'Lead nurturing');
    const eventsBox = await box(events);
    const leadBox = await box(lead);

    // Shift + drag on the empty canvas draws a selection box around both marketing cards.
    await page.keyboard.down('Shift');
    await page.mouse.move(eventsBox.x - 30, eventsBox.y - 10);
    await page.mouse.down();
    await page.mouse.move(leadBox.x + leadBox.width + 10, leadBox.y + leadBox.height + 10, {
      steps: 10,
    });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect(page.getByTestId('inspector')).toContainText('Functions selected: 2');

    // Dragging the empty canvas pans the view: every card shifts on screen, none in the design.
    const before = await designPosition(page, 'Events');
    const pane = await box(page.locator('.react-flow__pane'));
    const zoom = await zoomOf(page);
    const startEvents = await box(events);
    // Above every frame, in the margin zoom-to-fit leaves.
    await drag(page, { x: pane.x + pane.width / 2, y: pane.y + 12 }, -120, 50, () =>
      Promise.resolve(),
    );
    await expectMovedBy(events, startEvents, -120, 50, zoom);
    const after = await designPosition(page, 'Events');
    expect(after.x).toBeCloseTo(before.x, 0);
    expect(after.y).toBeCloseTo(before.y, 0);
  });
});
