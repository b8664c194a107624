import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createFunction } from '../../shared/catalog';
import '../../shared/i18n/all';
import { addFunction, parseProjectFile, type Project } from '../../shared/model';
import { showTheme } from './axe';
import { arrangeByKey, openProjectFile } from './seed';

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

interface Named {
  readonly name: string;
  readonly box: Box;
}

const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const card = (page: Page, name: string) =>
  page.getByTestId('function-node').filter({ hasText: name });

/**
 * What a user sees of each card and department frame: its visible name and where it is on screen,
 * all read at once, so that they share one view even while it pans or zooms.
 */
async function onScreen(page: Page): Promise<{ cards: Named[]; frames: Named[] }> {
  return page.evaluate(() => {
    const named = (testId: string, nameSelector: string) =>
      [...document.querySelectorAll(`[data-testid="${testId}"]`)].map((node) => {
        const { left, top, right, bottom } = node.getBoundingClientRect();
        // textContent, not innerText: a frame's name is upper-cased by CSS only.
        const name = node.querySelector(nameSelector)?.textContent?.trim() ?? '';
        return { name, box: { left, top, right, bottom } };
      });
    return {
      cards: named('function-node', '.function-node-name'),
      frames: named('group-frame', '.group-frame-name'),
    };
  });
}

const cardsOnScreen = async (page: Page) => (await onScreen(page)).cards;

/** The pairs of cards that cover each other on screen, by name. */
async function coveredCards(page: Page): Promise<string[]> {
  const cards = await cardsOnScreen(page);
  return cards.flatMap((a, i) =>
    cards.slice(i + 1).flatMap((b) => (overlap(a.box, b.box) ? [`${a.name} / ${b.name}`] : [])),
  );
}

/**
 * The Key accounts sample with two cards placed beside Key accounts: to its right, then below
 * it; the one below is then nudged up closer, as people do, two grid steps, so that a card that
 * grows runs into it. Returns what reads the cards that cover each other (none yet).
 */
async function cardsCloseBelowKeyAccounts(page: Page): Promise<() => Promise<string[]>> {
  await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
  for (const typeId of ['events', 'lead-nurturing']) {
    await card(page, 'Key accounts').click();
    await page.locator(`[data-type-id="${typeId}"]`).focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('function-node')).toHaveCount(3);
  const below = card(page, 'Lead nurturing');
  // Measured against Key accounts, not the screen: the view may still pan to the card just added.
  const gapBelow = async () => {
    const cards = await cardsOnScreen(page);
    const top = (name: string) => cards.find((c) => c.name === name)?.box.top ?? Number.NaN;
    return top('Lead nurturing') - top('Key accounts');
  };
  const placedGap = await gapBelow();
  expect(placedGap).toBeGreaterThan(0);
  await below.click();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect.poll(gapBelow).toBeLessThan(placedGap);
  const covered = () => coveredCards(page);
  expect(await covered()).toEqual([]);
  return covered;
}

/**
 * The smallest a card's name is drawn on screen, in px: at 6 px or more it reads (low-detail.tsx);
 * zoomed out further, cards are drawn as blocks.
 */
async function smallestNamePx(page: Page): Promise<number> {
  const heights = await page
    .getByTestId('function-node')
    .locator('.function-node-name')
    .evaluateAll((names) =>
      names.map((name) => {
        const fontSize = Number.parseFloat(getComputedStyle(name).fontSize);
        const onScreen = name.getBoundingClientRect().height / (name as HTMLElement).offsetHeight;
        return fontSize * onScreen;
      }),
    );
  return Math.min(...heights);
}

/** The cards the first-steps hint (shown on a first run) lies over, by name. */
async function underTheHint(page: Page): Promise<string[]> {
  const hint = await page.getByRole('note', { name: 'First steps' }).boundingBox();
  if (!hint) throw new Error('the first-steps hint is on screen');
  const box = {
    left: hint.x,
    top: hint.y,
    right: hint.x + hint.width,
    bottom: hint.y + hint.height,
  };
  return (await cardsOnScreen(page)).flatMap((c) => (overlap(c.box, box) ? [c.name] : []));
}

/**
 * A file of the key-accounts sample followed by a chain of `length` more functions, each handing
 * off to the next: a process too long for one row of the window.
 */
function chainFile(length: number): string {
  const parsed = parseProjectFile(
    JSON.parse(readFileSync('shared/samples/key-accounts.en.json', 'utf8')),
  );
  if (!parsed.ok) throw new Error('the sample does not parse');
  let project: Project = { ...parsed.project, name: 'A long chain' };
  let next = 0;
  for (let step = 1; step <= length; step += 1) {
    const fn = createFunction({
      typeId: 'custom',
      id: `step-${step}`,
      position: { x: 80 + (step % 5) * 40, y: 80 + step * 20 },
      language: 'en',
      currency: project.currency,
      newId: () => `new-${++next}`,
    });
    project = addFunction(project, { ...fn, name: `Step ${step}` });
  }
  const ids = project.functions.map((fn) => fn.id);
  project = {
    ...project,
    links: ids.slice(1).map((to, i) => ({
      id: `hand-off-${i}`,
      from: ids[i] ?? '',
      to,
      kind: 'handoff' as const,
      label: 'Next',
    })),
  };
  const file = join(mkdtempSync(join(tmpdir(), 'ssw-chain-')), 'chain.json');
  writeFileSync(file, JSON.stringify(project));
  return file;
}

/** The department a card belongs to, as its inspector shows it. */
async function departmentOf(page: Page, name: string): Promise<string> {
  await card(page, name).click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(name);
  return inspector
    .getByRole('combobox', { name: 'Group', exact: true })
    .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');
}

test.describe('placement and layout', () => {
  test('auto-layout keeps each department together, clear of the others', async ({ page }) => {
    await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
    const names = (await cardsOnScreen(page)).map((c) => c.name);
    expect(names).toHaveLength(6);
    const department = new Map<string, string>();
    for (const name of names) department.set(name, await departmentOf(page, name));

    await page.locator('.react-flow__pane').click(); // nothing selected, focus on the canvas
    await arrangeByKey(page);
    // The sample stacks events above lead nurturing; the layout puts the hand-off left to right.
    await expect
      .poll(async () => {
        const cards = await cardsOnScreen(page);
        const events = cards.find((c) => c.name === 'Events')?.box;
        const nurturing = cards.find((c) => c.name === 'Lead nurturing')?.box;
        return events !== undefined && nurturing !== undefined && events.right < nurturing.left;
      })
      .toBe(true);

    // Frames and cards in one read: the view zooms to fit after the layout.
    const { cards, frames } = await onScreen(page);
    expect(frames.map((f) => f.name).sort()).toEqual(
      [...new Set(department.values())].filter((d) => d !== '— no group —').sort(),
    );
    for (const [i, a] of frames.entries()) {
      for (const b of frames.slice(i + 1)) {
        expect(overlap(a.box, b.box), `${a.name} and ${b.name} overlap`).toBe(false);
      }
    }
    for (const c of cards) {
      for (const frame of frames.filter((f) => f.name !== department.get(c.name))) {
        expect(overlap(c.box, frame.box), `${c.name} lies in ${frame.name}`).toBe(false);
      }
    }
  });

  test('a function added from the palette lands to the right of the selected one', async ({
    page,
  }) => {
    await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
    await page.locator('.react-flow__pane').click();
    // Laid out first: the new card is placed beside where Technical support is after the layout.
    await arrangeByKey(page);
    await card(page, 'Technical support').click();
    await expect(page.getByTestId('inspector')).toContainText('Technical support');

    await page.locator('[data-type-id="product-promotion"]').focus();
    await page.keyboard.press('Enter');
    const added = card(page, 'Promotion of a product or category');
    await expect(added).toBeVisible();
    await expect(page.getByTestId('function-node')).toHaveCount(7);

    // One read gives every card and frame at once: their relative places hold while the view pans.
    const { cards, frames } = await onScreen(page);
    const selected = cards.find((c) => c.name === 'Technical support')?.box;
    const placed = cards.find((c) => c.name === 'Promotion of a product or category')?.box;
    if (!selected || !placed) throw new Error('both cards are on the canvas');
    expect(placed.left).toBeGreaterThan(selected.right);
    expect(Math.abs(placed.top - selected.top)).toBeLessThan(2);
    for (const other of cards.filter((c) => c.box !== placed)) {
      expect(overlap(placed, other.box), `covers ${other.name}`).toBe(false);
    }
    for (const frame of frames) {
      expect(overlap(placed, frame.box), `lands in ${frame.name}`).toBe(false);
    }
  });

  test('large type: the cards that grew push the row below down, as one undo step, and a new card keeps clear', async ({
    page,
  }) => {
    const covered = await cardsCloseBelowKeyAccounts(page);

    await page.keyboard.press('Control+K');
    await page
      .getByRole('dialog', { name: 'Command palette' })
      .getByRole('combobox')
      .fill('Large type on cards');
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-large-type', '');
    await expect.poll(covered).toEqual([]);
    await page.screenshot({ path: '/tmp/polish-large-type.png' });

    // The moves are one undo step: undone, the grown cards cover the row below again.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => (await covered()).length).toBeGreaterThan(0);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(covered).toEqual([]);

    // A new card, added with nothing selected, keeps clear of the tall cards too.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.locator('[data-type-id="events"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('function-node')).toHaveCount(4);
    await expect.poll(covered).toEqual([]);
  });
  test('the projector theme has large type too: choosing it, the cards that grew push the row below down', async ({
    page,
  }) => {
    const covered = await cardsCloseBelowKeyAccounts(page);
    await showTheme(page, 'projector');
    await expect.poll(covered).toEqual([]);
    await page.screenshot({ path: '/tmp/polish4-projector-cleared.png' });
    // One undo step: undone, the grown cards cover the row below again.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => (await covered()).length).toBeGreaterThan(0);
  });
  test('large type cuts no word of a name: each card has room for its longest word', async ({
    page,
  }) => {
    // The Russian sample's names (the UI in English, for the theme button's name).
    await openProjectFile(page, 'shared/samples/specialised-sales.ru.json', 'en');
    await showTheme(page, 'projector');
    const names = page.getByTestId('function-node').locator('.function-node-name');
    await expect(names).toHaveCount(6);
    await expect(names.first()).toHaveCSS('font-size', '22px');
    // Each word of a name, set alone in the name's font, fits in the name's width — so no
    // word needs breaking ("потенциальны|х" did).
    const tooWide = await names.evaluateAll((elements) =>
      elements.flatMap((element) => {
        const probe = document.createElement('span');
        probe.style.cssText = `position:absolute;white-space:nowrap;font:${getComputedStyle(element).font}`;
        document.body.append(probe);
        const cut = (element.textContent ?? '').split(/\s+/).filter((word) => {
          probe.textContent = word;
          // Both in layout pixels: the card's on screen are scaled by the zoom.
          return probe.getBoundingClientRect().width > element.clientWidth;
        });
        probe.remove();
        return cut;
      }),
    );
    expect(tooWide).toEqual([]);
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1440, height: 900 },
  ]) {
    test(`after auto-layout of the rich sample at ${viewport.width}×${viewport.height} the cards' names read`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
      await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
      await arrangeByKey(page);
      // Drawn in full, not as blocks zoomed out past reading: every card shows its figures, and
      // its name is drawn at least 6 px tall on screen.
      await expect(page.getByTestId('function-node').filter({ hasText: 'FTE' })).toHaveCount(6);
      expect(await smallestNamePx(page)).toBeGreaterThanOrEqual(6);
      // The first-steps hint of a first run covers none of them.
      expect(await underTheHint(page)).toEqual([]);
      // Every card is inside the canvas: the design is fitted, not only zoomed in.
      const canvas = await page.getByTestId('canvas').boundingBox();
      if (!canvas) throw new Error('the canvas is on screen');
      for (const { name, box } of await cardsOnScreen(page)) {
        const inside =
          box.left >= canvas.x &&
          box.top >= canvas.y &&
          box.right <= canvas.x + canvas.width &&
          box.bottom <= canvas.y + canvas.height;
        expect(inside, `${name} is in view`).toBe(true);
      }
      await page.screenshot({ path: `/tmp/polish4-arranged-${viewport.width}.png` });
    });

    test(`a chain of 18 functions arranged at ${viewport.width}×${viewport.height} wraps into rows that read`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await openProjectFile(page, chainFile(17), 'en');
      await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
      await arrangeByKey(page);
      const cards = await cardsOnScreen(page);
      expect(cards).toHaveLength(18);
      // In rows, one below the other: neither one long row nor one long column.
      const rows = new Set(cards.map((c) => Math.round(c.box.top)));
      expect(rows.size).toBeGreaterThan(1);
      expect(rows.size).toBeLessThan(18);
      // Drawn in full, names readable, none under the first-steps hint, none covering another.
      await expect(page.getByTestId('function-node').filter({ hasText: 'FTE' })).toHaveCount(18);
      expect(await smallestNamePx(page)).toBeGreaterThanOrEqual(6);
      expect(await underTheHint(page)).toEqual([]);
      expect(await coveredCards(page)).toEqual([]);
    });
  }

  test('a small design arranged is not blown up: the fit stops at a reading size', async ({
    page,
  }) => {
    await openProjectFile(page, 'shared/samples/key-accounts.en.json', 'en');
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await arrangeByKey(page, () =>
      page.getByRole('button', { name: 'Arrange automatically' }).click(),
    );
    // One card in a large window: drawn at most 1.2 times its size, not filling the canvas.
    const keyAccounts = card(page, 'Key accounts');
    const scale = await keyAccounts.evaluate(
      (node) => node.getBoundingClientRect().width / (node as HTMLElement).offsetWidth,
    );
    expect(scale).toBeLessThanOrEqual(1.2 + 1e-6);
    expect(scale).toBeGreaterThan(1);
    expect(await underTheHint(page)).toEqual([]);
    // Fit view from the zoom controls stops there too.
    await page.getByTestId('canvas').getByRole('button', { name: 'Zoom in', exact: true }).click();
    await page
      .getByTestId('canvas')
      .getByRole('button', { name: 'Zoom to fit', exact: true })
      .click();
    await expect
      .poll(() =>
        keyAccounts.evaluate(
          (node) => node.getBoundingClientRect().width / (node as HTMLElement).offsetWidth,
        ),
      )
      .toBeCloseTo(1.2, 2);
  });
});
