/**
 * The app and the bare React Flow page behind one interface, so that every measurement runs
 * the same code against both. Cards are found the same way in both: [data-function-id].
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { openProjectFile } from '../../e2e/seed';
import { benchDesign } from './design';
import { armPaintedProbe, paintedResult, preparePageContext } from './probes';

export type SubjectName = 'ours' | 'bare';

export interface Subject {
  readonly name: SubjectName;
  readonly page: Page;
  /** Loads the page afresh, with its design; resolves once every card is painted. */
  readonly navigate: () => Promise<PaintedProbe>;
  /** Makes the next Enter rename card `id` to `name` (ours: types it into the inspector). */
  readonly stageRename: (id: string, name: string) => Promise<void>;
  readonly close: () => Promise<void>;
}

export interface CanvasSize {
  readonly width: number;
  readonly height: number;
}

const VIEWPORT = { width: 1600, height: 1000 } as const;

async function newPage(browser: Browser, baseURL: string, cards: number): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORT });
  await preparePageContext(context);
  const page = await context.newPage();
  await armPaintedProbe(page, cards);
  return page;
}

/**
 * The app with a design of `cards` functions imported and open (the last project); `fileText`
 * is the project file to import, the benchmark design by default.
 */
export async function openOurs(
  browser: Browser,
  url: string,
  cards: number,
  scratch: string,
  fileText = JSON.stringify(benchDesign(cards)),
): Promise<Subject> {
  const file = join(scratch, `design-${cards}.ssw.json`);
  writeFileSync(file, fileText);
  const page = await newPage(browser, url, cards);
  await openProjectFile(page, file, 'en');
  await paintedResult(page);
  let selected: string | undefined;
  return {
    name: 'ours',
    page,
    navigate: async () => {
      selected = undefined;
      await page.goto('/');
      return paintedResult(page);
    },
    stageRename: async (id, name) => {
      if (selected !== id) {
        await page.locator(`[data-function-id="${id}"]`).click();
        selected = id;
      }
      const field = page.getByTestId('inspector').getByRole('textbox', { name: 'Name' }).first();
      await field.fill(name);
    },
    close: () => page.context().close(),
  };
}

/** The bare page with `cards` cards, its canvas as large as the app's. */
export async function openBare(
  browser: Browser,
  url: string,
  cards: number,
  size: CanvasSize,
): Promise<Subject> {
  const page = await newPage(browser, url, cards);
  const address = `./?n=${cards}&w=${Math.round(size.width)}&h=${Math.round(size.height)}`;
  const navigate = async () => {
    await page.goto(address);
    return paintedResult(page);
  };
  await navigate();
  return {
    name: 'bare',
    page,
    navigate,
    stageRename: (id, name) => stageBareRenames(page, { [id]: name }),
    close: () => page.context().close(),
  };
}

/** Makes the bare page's next Enter rename each card of `names` (id → new name) at once. */
export async function stageBareRenames(
  page: Page,
  names: Readonly<Record<string, string>>,
): Promise<void> {
  await page.evaluate((rename) => (window.__benchRename = rename), names);
}

/** The size of the app's canvas, which the bare page copies. */
export async function canvasSize(page: Page): Promise<CanvasSize> {
  const box = await page.locator('.react-flow').first().boundingBox();
  if (!box) throw new Error('no canvas on the page');
  return { width: box.width, height: box.height };
}
