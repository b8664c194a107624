import { expect, test, type Locator, type Page } from '@playwright/test';
import { blockingViolations, showTheme } from './axe';
import { cardsMeasured, chooseLanguage, settledView } from './seed';

/** A projector's window: the smallest the hint over the canvas has to share. */
test.use({ viewport: { width: 1280, height: 720 } });

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

const HINT = { en: 'First steps', ru: 'Первые шаги' } as const;
const hintOf = (page: Page, language: 'en' | 'ru' = 'en') =>
  page.getByRole('note', { name: HINT[language] });

/** Opens a sample from the start screen, as a newcomer does, with the UI in `language`. */
async function openSample(page: Page, name: string, language: 'en' | 'ru' = 'en') {
  await page.goto('/');
  await chooseLanguage(page, language);
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.getByTestId('canvas').waitFor();
  await cardsMeasured(page);
  await expect(hintOf(page, language)).toBeVisible();
}

/** Names of the cards and departments whose boxes on screen overlap `over`, once the view is at rest. */
async function coveredBy(page: Page, over: Box): Promise<string[]> {
  await settledView(page);
  const boxes = await page.locator('.react-flow__node').evaluateAll((nodes) =>
    nodes.map((node) => ({
      name: node.textContent ?? '',
      ...JSON.parse(JSON.stringify(node.getBoundingClientRect())),
    })),
  );
  return (boxes as (Box & { name: string })[])
    .filter((node) => overlaps(node, over))
    .map((node) => node.name);
}

/**
 * Where a new card is once the view is at rest, checked clear of `hint` and within the canvas's
 * height; with the canvas's box, for what a test checks besides.
 */
async function placedClearOf(page: Page, added: Locator, hint: Locator) {
  await settledView(page);
  const card = await box(added);
  const canvas = await box(page.locator('.react-flow__pane'));
  expect(overlaps(card, await box(hint)), 'the new card lies under the hint').toBe(false);
  expect(card.y).toBeGreaterThanOrEqual(canvas.y);
  expect(card.y + card.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  return { card, canvas };
}

/** Zooms in with the wheel about a point low on the canvas: the cards move up, under the hint. */
async function zoomInLow(page: Page) {
  const canvas = await box(page.locator('.react-flow__pane'));
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height - 60);
  await page.mouse.wheel(0, -600);
}

test.describe('the notices over the canvas', () => {
  const OPENS = [
    { language: 'en', sample: 'Specialised sales system', fit: 'Zoom to fit', zoom: 'Zoom' },
    {
      language: 'ru',
      sample: 'Специализированная система продаж',
      fit: 'Показать всё',
      zoom: 'Масштаб',
    },
    { language: 'en', sample: 'Key accounts', fit: 'Zoom to fit', zoom: 'Zoom' },
  ] as const;
  for (const { language, sample, fit, zoom } of OPENS) {
    test(`opening “${sample}” with the first-steps hint shown leaves every card clear of it`, async ({
      page,
    }) => {
      await openSample(page, sample, language);
      const hint = hintOf(page, language);
      await expect.poll(async () => coveredBy(page, await box(hint))).toEqual([]);

      // Fit view, by the zoom controls' button and by its key, fits the same way.
      await zoomInLow(page);
      await expect.poll(async () => coveredBy(page, await box(hint))).not.toEqual([]);
      await page.getByLabel(zoom, { exact: true }).getByRole('button', { name: fit }).click();
      await expect.poll(async () => coveredBy(page, await box(hint))).toEqual([]);
      await zoomInLow(page);
      await expect.poll(async () => coveredBy(page, await box(hint))).not.toEqual([]);
      await page.getByTestId('canvas').focus();
      await page.keyboard.press('f');
      await expect.poll(async () => coveredBy(page, await box(hint))).toEqual([]);
    });
  }

  test('a function dropped where it is pushed under the hint is brought into view', async ({
    page,
  }) => {
    await openSample(page, 'Key accounts');
    const hint = hintOf(page);
    await settledView(page);
    // Let go just above the topmost card, the new card's lower half over it: the shortest push
    // clear of it is up, towards the hint.
    const boxes = await page
      .getByTestId('function-node')
      .evaluateAll((nodes) =>
        nodes.map((node) => JSON.parse(JSON.stringify(node.getBoundingClientRect())) as Box),
      );
    const topmost = boxes.sort((a, b) => a.y - b.y)[0];
    if (!topmost) throw new Error('no card drawn');
    const pane = await box(page.locator('.react-flow__pane'));
    await page.locator('[data-type-id="events"]').dragTo(page.locator('.react-flow__pane'), {
      targetPosition: { x: topmost.x + 8 - pane.x, y: topmost.y - topmost.height * 0.4 - pane.y },
    });
    const added = page.getByTestId('function-node').filter({ hasText: 'Events' });
    await expect(added).toBeVisible();
    await expect(async () => {
      const { card, canvas } = await placedClearOf(page, added, hint);
      expect(card.x).toBeGreaterThanOrEqual(canvas.x);
      expect(card.x + card.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    }).toPass();
  });

  test('a function added by the keyboard in a small window lands clear of the hint', async ({
    page,
  }) => {
    // A 1280-wide screen at 150 % browser zoom: the hint takes a good part of the canvas.
    await page.setViewportSize({ width: 853, height: 480 });
    await openSample(page, 'Key accounts');
    const hint = hintOf(page);
    // Nothing selected: the new card goes to a free spot in the middle of the view, beside the
    // one card there.
    await page.locator('[data-type-id="events"]').focus();
    await page.keyboard.press('Enter');
    const added = page.getByTestId('function-node').filter({ hasText: 'Events' });
    await expect(added).toBeVisible();
    await expect(async () => {
      const { canvas } = await placedClearOf(page, added, hint);
      // The card it was added beside is still in sight.
      const other = await box(
        page.getByTestId('function-node').filter({ hasText: 'Key accounts' }),
      );
      expect(other.y + other.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    }).toPass();
    // The hint, the cards and the view moved to them read in a light and in a dark theme (its
    // switch is in the toolbar's More menu in a window this small).
    expect(await blockingViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
    await showTheme(page, 'dark');
    await expect(hint).toBeVisible();
    expect(await blockingViolations(page)).toEqual([]);
  });

  test('cards added one after another by the keyboard stay clear of the minimap and the zoom controls', async ({
    page,
  }) => {
    await openSample(page, 'Specialised sales system');
    await hintOf(page).getByRole('button', { name: 'Got it' }).click();
    // The first new card goes below the selected one, near the view's bottom edge; each next one
    // to the right of the one before (selected when added), into the corner the minimap takes.
    await page
      .getByTestId('function-node')
      .filter({ hasText: 'Promotion in the Volga region' })
      .click();
    const overlays = page.locator('.react-flow__minimap, .react-flow__controls');
    for (let added = 1; added <= 4; added += 1) {
      await page.locator('[data-type-id="events"]').focus();
      await page.keyboard.press('Enter');
      const newest = page.getByTestId('function-node').filter({ hasText: 'Events' });
      await expect(newest).toHaveCount(added + 1);
      const card = page.locator('.react-flow__node.selected');
      await expect(async () => {
        await settledView(page);
        const shown = await box(card);
        for (const overlay of await overlays.all()) {
          expect(overlaps(shown, await box(overlay)), `card ${added} under an overlay`).toBe(false);
        }
      }).toPass();
    }
  });
});
