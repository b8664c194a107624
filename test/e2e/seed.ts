import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/**
 * A first run, as a newcomer meets it: the start screen (in Russian, the default), where "New
 * project" creates a blank design and opens it on the canvas.
 */
export async function startBlank(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: /^Новый проект/ }).click();
  await page.getByTestId('canvas').waitFor();
}

/**
 * Switches the UI language with the toolbar's RU | EN switch or, in a window too narrow for it,
 * from the toolbar's More menu.
 */
export async function chooseLanguage(page: Page, language: 'ru' | 'en') {
  const code = page.getByRole('button', { name: language.toUpperCase(), exact: true });
  const more = page.getByRole('button', { name: /^(More|Ещё)$/ });
  await expect(code.or(more)).toBeVisible();
  if (await code.isVisible()) await code.click();
  else {
    await more.click();
    await page
      .getByRole('menuitemradio', { name: language === 'ru' ? 'Русский' : 'English' })
      .click();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/**
 * Opens a project file the way a user brings one in: Projects… → Import, then Open. Ends with
 * the UI in `language` and the project on the canvas.
 */
export async function openProjectFile(page: Page, file: string, language: 'ru' | 'en' = 'ru') {
  const text = readFileSync(file, 'utf8');
  const { name, functions } = JSON.parse(text) as { name: string; functions?: unknown[] };
  await startBlank(page);
  await chooseLanguage(page, 'en');
  await page.getByRole('button', { name: 'Projects…' }).click();
  await page.getByTestId('import-input').setInputFiles({
    name: 'project.ssw.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByTestId('library-toast')).toContainText('Imported');
  await page
    .getByRole('button', { name: `Open “${name}”` })
    .first()
    .click();
  await page.getByTestId('canvas').waitFor();
  await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue(name);
  if (functions?.length) await cardsMeasured(page);
  if (language === 'ru') await chooseLanguage(page, 'ru');
}

/**
 * Waits until React Flow has measured every card on the canvas: it hides a card until then, and
 * fits the view to the cards in the same step. Read before that, a card's place on screen is on
 * the view before the fit, and a click aimed at it lands elsewhere.
 */
export async function cardsMeasured(page: Page) {
  const nodes = page.locator('.react-flow__node');
  await expect(nodes.first()).toBeVisible();
  await expect(nodes.filter({ visible: false })).toHaveCount(0);
}

/**
 * Where each card and frame is in the design, not on screen: React Flow places a node by its own
 * transform inside the viewport, so panning and zooming leave it alone.
 */
const placesInDesign = (page: Page) =>
  page
    .locator('.react-flow__node')
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).style.transform));

/**
 * Arranges the design by `trigger` (Ctrl+L by default: the focus must be on the canvas) and
 * waits until the cards have moved — the layout code loads on first use, so they move a while
 * after — and the view has fitted them and come to rest: the fit starts a frame after the move,
 * so what is read on screen before that belongs to the view before it.
 */
export async function arrangeByKey(
  page: Page,
  trigger: () => Promise<void> = () => page.keyboard.press('Control+L'),
) {
  const before = await placesInDesign(page);
  const viewBefore = await settledView(page);
  await trigger();
  await expect.poll(() => placesInDesign(page)).not.toEqual(before);
  await expect
    .poll(() => page.locator('.react-flow__viewport').getAttribute('style'))
    .not.toContain(viewBefore);
  await settledView(page);
}

/**
 * Waits until the canvas's pan and zoom have come to rest (zooming and panning to a card are
 * animated) and returns the view's transform. Screen positions read before that belong to a view
 * on its way: a drag aimed at them starts or ends beside its target, boxes read one after the
 * other belong to different views.
 */
export function settledView(page: Page): Promise<string> {
  return page.locator('.react-flow__viewport').evaluate(async (element) => {
    const read = () => (element as HTMLElement).style.transform;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = read();
    for (let settled = 0; settled < 3;) {
      await frame();
      settled = read() === last ? settled + 1 : 0;
      last = read();
    }
    return last;
  });
}

/**
 * The canvas's live region: where React Flow announces a card moved by the arrow keys, and the
 * app what the canvas did on its own (a drop moved clear of a card or a department).
 */
export const canvasLiveRegion = (page: Page) => page.getByTestId('canvas').locator('[aria-live]');
