import { expect, test, type Locator, type Page } from '@playwright/test';
import { showTheme } from './axe';
import { arrangeByKey, openProjectFile, settledView } from './seed';

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const card = (page: Page, name: string) =>
  page.getByTestId('function-node').filter({ hasText: name });

const HANDOFF = 'Hand-off of leads or clients';
const HANDLE = 'Drag to another function to link them';

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

async function boxesOf(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    }),
  );
}

const intersects = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The link handle a user sees on that side of a card (they show as dots on its border). */
async function handleOn(cardLocator: Locator, side: 'top' | 'bottom'): Promise<Locator> {
  await cardLocator.hover();
  const handles = cardLocator.getByTitle(HANDLE);
  await expect(handles).toHaveCount(4);
  const tops = (await boxesOf(handles)).map((box) => box.top);
  const wanted = side === 'top' ? Math.min(...tops) : Math.max(...tops);
  return handles.nth(tops.indexOf(wanted));
}

/**
 * A pointer drag in small steps between the centres of two elements, as a hand makes it, aimed
 * once the view has stopped moving.
 */
async function dragBetween(page: Page, from: Locator, to: Locator) {
  await settledView(page);
  const a = await boxOf(from);
  const b = await boxOf(to);
  await page.mouse.move((a.left + a.right) / 2, (a.top + a.bottom) / 2);
  await page.mouse.down();
  await page.mouse.move((b.left + b.right) / 2, (b.top + b.bottom) / 2, { steps: 12 });
  await page.mouse.up();
}

/** Where each drawn link starts and ends, in page coordinates. */
async function linkEnds(page: Page) {
  return page.getByTestId('link-path').evaluateAll((paths) =>
    paths.map((path) => {
      if (!(path instanceof SVGPathElement)) throw new Error('not a path');
      const matrix = path.getScreenCTM();
      if (!matrix) throw new Error('not drawn');
      const at = (length: number) => {
        const point = path.getPointAtLength(length);
        return new DOMPoint(point.x, point.y).matrixTransform(matrix);
      };
      const [start, end] = [at(0), at(path.getTotalLength())];
      return { start: { x: start.x, y: start.y }, end: { x: end.x, y: end.y } };
    }),
  );
}

/** Whether a point lies on one edge of a box (to a pixel), between its corners. */
function onEdge(point: { x: number; y: number }, box: Box, edge: keyof Box) {
  const near = (a: number, b: number) => Math.abs(a - b) < 1;
  return edge === 'left' || edge === 'right'
    ? near(point.x, box[edge]) && point.y > box.top && point.y < box.bottom
    : near(point.y, box[edge]) && point.x > box.left && point.x < box.right;
}

/**
 * Key accounts, zoomed out so there is room around it, with functions dropped from the palette
 * below it and, optionally, to its right, top edges level.
 */
async function keyAccountsWith(page: Page, below: string, right?: string) {
  await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
  const keyAccounts = card(page, 'Key accounts');
  const pane = await boxOf(page.locator('.react-flow__pane'));
  await page.mouse.move((pane.left + pane.right) / 2, (pane.top + pane.bottom) / 2);
  await page.mouse.wheel(0, 500);
  await expect
    .poll(async () => (await boxOf(keyAccounts)).right - (await boxOf(keyAccounts)).left)
    .toBeLessThan(200);
  const upper = await boxOf(keyAccounts);
  const drop = async (typeId: string, x: number, y: number) =>
    page.locator(`[data-type-id="${typeId}"]`).dragTo(page.locator('.react-flow__pane'), {
      targetPosition: { x: x - pane.left, y: y - pane.top },
    });
  await drop(below, upper.left, upper.bottom + 80);
  if (right) await drop(right, upper.right + 60, upper.top);
  await expect(page.getByTestId('function-node')).toHaveCount(right ? 3 : 2);
}

/**
 * Key accounts with Technical support added beside it by the keyboard (palette item, Enter, with
 * Key accounts selected: it lands to the right), once the view has come to rest.
 */
async function supportBesideKeyAccounts(page: Page) {
  await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
  await card(page, 'Key accounts').click();
  await page.locator('[data-type-id="technical-support"]').focus();
  await page.keyboard.press('Enter');
  await expect(card(page, 'Technical support')).toBeVisible();
  await settledView(page);
}

/** Links the selected function to the one named, by the keyboard. */
async function linkTo(page: Page, name: string) {
  await page.keyboard.press('l');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

/**
 * The one link just made: selected, its hand-off label between the two cards and on neither,
 * and gone after one undo.
 */
async function expectNewLinkBetween(page: Page, fromName: string, toName: string) {
  const labels = page.getByTestId('link-label');
  const before = await labels.count();
  const added = labels.filter({ hasText: HANDOFF });
  await expect(added).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Link' })).toContainText(
    `From: ${fromName} → To: ${toName}`,
  );
  // Read once the view is still: the card the link leads to may be being panned into view.
  await settledView(page);
  const label = await boxOf(added);
  const from = await boxOf(card(page, fromName));
  const to = await boxOf(card(page, toName));
  const [x, y] = [(label.left + label.right) / 2, (label.top + label.bottom) / 2];
  expect(x).toBeGreaterThan(Math.min(from.left, to.left));
  expect(x).toBeLessThan(Math.max(from.right, to.right));
  expect(y).toBeGreaterThan(Math.min(from.top, to.top));
  expect(y).toBeLessThan(Math.max(from.bottom, to.bottom));
  expect(intersects(label, from) || intersects(label, to)).toBe(false);

  await page.keyboard.press('Control+Z');
  await expect(added).toHaveCount(0);
  await expect(labels).toHaveCount(before - 1);
}

test.describe('links between functions', () => {
  test('"Link to…" links the selected function to one picked by name, as one undo step', async ({
    page,
  }) => {
    await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
    const labels = page.getByTestId('link-label');
    await expect(labels).toHaveCount(6);

    // By the key: L on a selected card.
    await card(page, 'Events').click();
    await page.keyboard.press('l');
    const dialog = page.getByRole('dialog', { name: 'Link “Events” to…' });
    await expect(dialog).toBeVisible();
    // Not to itself; the function it already hands over to is listed, disabled, with why.
    await expect(dialog.getByRole('option', { name: /Events/ })).toHaveCount(0);
    const existing = dialog.getByRole('option', { name: /Lead nurturing/ });
    await expect(existing).toHaveAttribute('aria-disabled', 'true');
    await expect(existing).toContainText('Already linked');
    // Esc cancels.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(labels).toHaveCount(6);

    await page.keyboard.press('l');
    await expect(dialog).toBeVisible();
    await page.keyboard.type('volga');
    await expect(dialog.getByRole('option')).toHaveText([/Promotion in the Volga region/]);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expectNewLinkBetween(page, 'Events', 'Promotion in the Volga region');

    // From the card's right-click menu.
    await card(page, 'Lead nurturing').click({ button: 'right' });
    await page
      .getByRole('menu', { name: 'Actions' })
      .getByRole('menuitem', { name: /Link to…/ })
      .click();
    const fromMenu = page.getByRole('dialog', { name: 'Link “Lead nurturing” to…' });
    await expect(fromMenu).toBeVisible();
    await page.keyboard.type('key acc');
    await page.keyboard.press('Enter');
    await expect(fromMenu).toBeHidden();
    await expectNewLinkBetween(page, 'Lead nurturing', 'Key accounts');
  });

  test('a function added beside the selected one and linked to it shows its label whole', async ({
    page,
  }) => {
    await supportBesideKeyAccounts(page);
    await card(page, 'Key accounts').click();
    await linkTo(page, 'Technical');
    // Its label between the two cards, on neither of them.
    await expectNewLinkBetween(page, 'Key accounts', 'Technical support');
  });

  test('cards dragged too close for a label: it moves off the line, clear of both', async ({
    page,
  }) => {
    await supportBesideKeyAccounts(page);
    const support = card(page, 'Technical support');
    // Dragged by the mouse to stand just right of Key accounts, a few pixels apart.
    const left = await boxOf(card(page, 'Key accounts'));
    const right = await boxOf(support);
    const grip = { x: right.left + 30, y: right.top + 12 };
    await page.mouse.move(grip.x, grip.y);
    await page.mouse.down();
    await page.mouse.move(grip.x - (right.left - left.right) + 30, grip.y, { steps: 10 });
    await page.mouse.up();
    await expect
      .poll(
        async () => (await boxOf(support)).left - (await boxOf(card(page, 'Key accounts'))).right,
      )
      .toBeLessThan(60);

    await card(page, 'Key accounts').click();
    await linkTo(page, 'Technical');
    const label = page.getByTestId('link-label').filter({ hasText: HANDOFF });
    await expect(label).toHaveCount(1);
    await settledView(page);
    const box = await boxOf(label);
    expect(intersects(box, await boxOf(card(page, 'Key accounts'))), 'on Key accounts').toBe(false);
    expect(intersects(box, await boxOf(support)), 'on Technical support').toBe(false);
    // Above the gap, joined to the line by a leader.
    expect(box.bottom).toBeLessThanOrEqual((await boxOf(support)).top);
    await expect(page.locator('.link-label-leader')).toHaveCount(1);
  });

  for (const theme of ['light', 'projector'] as const) {
    test(`no label covers a department's name (rich sample, Russian names, ${theme})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await openProjectFile(page, 'shared/samples/specialised-sales.ru.json', 'en');
      await showTheme(page, theme);
      await expect(page.getByTestId('link-label')).toHaveCount(6);
      await settledView(page);
      const names = await boxesOf(page.locator('.group-frame-name'));
      expect(names).toHaveLength(3);
      const labels = await boxesOf(page.getByTestId('link-label'));
      const covered = labels.flatMap((label, i) =>
        names.filter((name) => intersects(label, name)).map(() => `label ${i}`),
      );
      expect(covered).toEqual([]);
    });
  }

  test('a link dragged from a bottom handle to a top handle is made', async ({ page }) => {
    await keyAccountsWith(page, 'events');
    await expect(page.getByTestId('link-label')).toHaveCount(0);
    await dragBetween(
      page,
      await handleOn(card(page, 'Key accounts'), 'bottom'),
      await handleOn(card(page, 'Events'), 'top'),
    );
    await expect(page.getByTestId('link-label')).toHaveText([HANDOFF]);
    await expect(page.getByRole('region', { name: 'Link' })).toContainText(
      'From: Key accounts → To: Events',
    );
  });

  test("a selected link keeps its kind's colour and is drawn wider", async ({ page }) => {
    await keyAccountsWith(page, 'events', 'lead-nurturing');
    await card(page, 'Key accounts').click();
    await linkTo(page, 'events');
    await card(page, 'Key accounts').click();
    await linkTo(page, 'lead nurturing');
    // The link just made is selected; the other one is not.
    await expect(page.getByRole('region', { name: 'Link' })).toContainText(
      'From: Key accounts → To: Lead nurturing',
    );
    const strokes = () =>
      page.getByTestId('link-path').evaluateAll((paths) =>
        paths.map((path) => {
          const style = getComputedStyle(path);
          return { stroke: style.stroke, width: parseFloat(style.strokeWidth) };
        }),
      );
    await expect.poll(async () => (await strokes()).length).toBe(2);
    const [first, second] = await strokes();
    // Both are hand-offs: one colour, whichever is selected; the selected one is wider.
    expect(first?.stroke).toBe(second?.stroke);
    expect(first?.width).not.toBe(second?.width);
  });

  test('a link leaves the side of a card that faces the other card', async ({ page }) => {
    await keyAccountsWith(page, 'events', 'lead-nurturing');
    await card(page, 'Key accounts').click();
    await linkTo(page, 'events');
    await card(page, 'Key accounts').click();
    await linkTo(page, 'nurturing');
    await expect(page.getByTestId('link-label')).toHaveText([HANDOFF, HANDOFF]);

    await settledView(page);
    const from = await boxOf(card(page, 'Key accounts'));
    const below = await boxOf(card(page, 'Events'));
    const beside = await boxOf(card(page, 'Lead nurturing'));
    expect(below.top).toBeGreaterThan(from.bottom);
    expect(beside.left).toBeGreaterThan(from.right);
    const ends = await linkEnds(page);
    // To the card below: from the bottom edge of Key accounts to the top edge of Events.
    const down = ends.find(({ end }) => onEdge(end, below, 'top'));
    expect(down && onEdge(down.start, from, 'bottom')).toBe(true);
    // To the card beside it: from the right edge.
    const across = ends.find(({ end }) => onEdge(end, beside, 'left'));
    expect(across && onEdge(across.start, from, 'right')).toBe(true);

    // Dragged down level with Events, Lead nurturing is now further below than beside: its
    // link turns to leave the bottom edge, already while the card is being dragged.
    const nurturing = card(page, 'Lead nurturing');
    const grip = { x: beside.left + 12, y: beside.top + 8 };
    await page.mouse.move(grip.x, grip.y);
    await page.mouse.down();
    for (let step = 1; step <= 20; step += 1) {
      await page.mouse.move(grip.x, grip.y + ((below.top - beside.top) * step) / 20);
    }
    const leavesTheBottom = async () => {
      const target = await boxOf(nurturing);
      const link = (await linkEnds(page)).find(({ end }) => onEdge(end, target, 'top'));
      return link !== undefined && onEdge(link.start, from, 'bottom');
    };
    await expect.poll(leavesTheBottom).toBe(true);
    await page.mouse.up();
    await expect.poll(leavesTheBottom).toBe(true);
  });

  test('a link and its reverse are drawn apart, each with its own arrowhead and label', async ({
    page,
  }) => {
    await keyAccountsWith(page, 'events');
    await card(page, 'Key accounts').click();
    await linkTo(page, 'events');
    await card(page, 'Events').click();
    await linkTo(page, 'key accounts');
    const labels = page.getByTestId('link-label');
    await expect(labels).toHaveCount(2);

    await settledView(page);
    const [there, back] = await linkEnds(page);
    if (!there || !back) throw new Error('two links expected');
    const apart = (a: { x: number; y: number }, b: { x: number; y: number }) =>
      Math.hypot(a.x - b.x, a.y - b.y);
    // Where one link arrives, the other leaves: a line's width or more apart, not on one spot.
    expect(apart(there.end, back.start)).toBeGreaterThan(8);
    expect(apart(back.end, there.start)).toBeGreaterThan(8);
    const from = await boxOf(card(page, 'Key accounts'));
    const to = await boxOf(card(page, 'Events'));
    expect(onEdge(there.start, from, 'bottom') && onEdge(there.end, to, 'top')).toBe(true);
    expect(onEdge(back.start, to, 'top') && onEdge(back.end, from, 'bottom')).toBe(true);
    expect(intersects(await boxOf(labels.first()), await boxOf(labels.last()))).toBe(false);
    await page.screenshot({ path: '/tmp/polish-reverse-links.png' });
  });

  test('on the rich sample no link runs behind a card: one in the way is gone around', async ({
    page,
  }) => {
    await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
    await expect(page.getByTestId('link-path')).toHaveCount(6);
    // Points every few pixels along each drawn link, and the cards' insides (a link starts and
    // ends on a card's border, so the insides leave out a pixel each side).
    const behind = async () => {
      const { points, insides } = await page.evaluate(() => {
        const points = [...document.querySelectorAll('[data-testid="link-path"]')].flatMap(
          (path) => {
            if (!(path instanceof SVGPathElement)) return [];
            const matrix = path.getScreenCTM();
            if (!matrix) return [];
            const length = path.getTotalLength();
            return Array.from({ length: Math.ceil(length / 4) + 1 }, (_, i) => {
              const at = path.getPointAtLength(Math.min(i * 4, length));
              const { x, y } = new DOMPoint(at.x, at.y).matrixTransform(matrix);
              return { x, y };
            });
          },
        );
        const insides = [...document.querySelectorAll('[data-testid="function-node"]')].map(
          (card) => {
            const { left, top, right, bottom } = card.getBoundingClientRect();
            return { left: left + 1, top: top + 1, right: right - 1, bottom: bottom - 1 };
          },
        );
        return { points, insides };
      });
      return points.filter(({ x, y }) =>
        insides.some((box) => x > box.left && x < box.right && y > box.top && y < box.bottom),
      );
    };
    // Polled: the links are routed again once the cards are measured.
    await expect.poll(behind).toEqual([]);
  });

  for (const language of ['en', 'ru'] as const) {
    test(`after auto-layout of the rich sample (${language}) no label covers a card or another label`, async ({
      page,
    }) => {
      await openProjectFile(page, `shared/samples/specialised-sales.${language}.json`, language);
      const labels = page.getByTestId('link-label');
      await expect(labels).toHaveCount(6);
      const arrange = { en: 'Arrange automatically', ru: 'Расставить автоматически' }[language];
      await arrangeByKey(page, () => page.getByRole('button', { name: arrange }).click());
      // Fitted, the laid-out row of cards may be zoomed out past reading, where cards draw in
      // low detail and no label is drawn (low-detail.tsx): zoom in, as a user would, until the
      // labels are there.
      const zoomIn = page
        .getByTestId('canvas')
        .getByRole('button', { name: { en: 'Zoom in', ru: 'Увеличить' }[language], exact: true });
      // Counted in presses, not in seconds: on a busy machine a press and its zoom take seconds,
      // and a 10 s poll that pressed as it went ran out before the labels showed.
      for (let press = 0; press < 20 && (await labels.count()) === 0; press += 1) {
        await zoomIn.click();
        await settledView(page);
      }
      await expect(labels).toHaveCount(6);
      // Cards and labels measured in one go: the view may be zooming to fit in between.
      const collisions = async () => {
        const { cardBoxes, labelBoxes } = await page.evaluate(() => {
          const boxes = (testId: string) =>
            [...document.querySelectorAll(`[data-testid="${testId}"]`)].map((element) => {
              const { left, top, right, bottom } = element.getBoundingClientRect();
              return { left, top, right, bottom };
            });
          return { cardBoxes: boxes('function-node'), labelBoxes: boxes('link-label') };
        });
        return labelBoxes.flatMap((label, i) => [
          ...cardBoxes.filter((box) => intersects(label, box)).map(() => `label ${i} on a card`),
          ...labelBoxes
            .slice(i + 1)
            .filter((other) => intersects(label, other))
            .map(() => `label ${i} on a label`),
        ]);
      };
      // Boxes scale together while the view zooms to fit, so the answer holds throughout.
      await expect.poll(collisions).toEqual([]);
      await expect(labels).toHaveCount(6);
    });
  }
});
