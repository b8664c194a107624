import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { blockingViolations, showTheme, type Theme } from './axe';
import { startBlank } from './seed';

/**
 * A version 3 file written by hand from the documented format (docs/file-format.md, Scenarios):
 * the rich sample as the baseline, "Support now" (recommended, on the canvas) adds a function,
 * "Lean" removes the events function and its link.
 */
function fileWithVariants(): { name: string; text: string } {
  const project = JSON.parse(readFileSync('shared/samples/specialised-sales.en.json', 'utf8')) as {
    name: string;
    functions: { id: string; name: string; position: { x: number; y: number } }[];
    links: { id: string; from: string; to: string }[];
  };
  const [first] = project.functions;
  if (!first) throw new Error('the sample has functions');
  const added = {
    ...first,
    id: 'fn-support-now',
    name: 'Support desk now',
    position: { x: first.position.x, y: first.position.y + 600 },
    assignments: [],
  };
  const eventLinks = project.links.filter((l) => l.from === 'fn-events' || l.to === 'fn-events');
  const scenarios = {
    active: 'support',
    list: [
      { id: 'baseline', name: 'As it is' },
      {
        id: 'support',
        name: 'Support now',
        recommended: true,
        changes: { functions: { set: [added] } },
      },
      {
        id: 'lean',
        name: 'Lean',
        changes: {
          functions: { removed: ['fn-events'] },
          links: { removed: eventLinks.map((l) => l.id) },
        },
      },
    ],
  };
  return { name: project.name, text: JSON.stringify({ ...project, scenarios }, null, 2) };
}

const SHOTS = process.env.SSW_SHOTS; // a folder to keep screenshots in while looking by hand

const row = (page: Page, name: string) => page.getByTestId('library-row').filter({ hasText: name });

async function importVariants(page: Page, theme: Theme = 'light') {
  const file = fileWithVariants();
  await startBlank(page);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await showTheme(page, theme);
  await page.getByRole('button', { name: 'Projects…' }).click();
  await page.getByTestId('import-input').setInputFiles({
    name: 'variants.ssw.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file.text),
  });
  await expect(page.getByTestId('library-toast')).toContainText('Imported');
  return file;
}

test.describe('scenarios in the project file (browser edition)', () => {
  test('an imported file with variants keeps them through reload, open and export', async ({
    page,
  }) => {
    const file = await importVariants(page);
    const imported = row(page, file.name);
    await expect(imported).toContainText('3 scenarios');
    // Its figures are of the scenario it was saved on (and opens on), and the row says which.
    await expect(imported).toContainText('Figures: Support now');
    await page.screenshot({ path: '/tmp/polish3-library-figures.png' });
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/scenario-count.png` });

    await imported.getByRole('button', { name: `Open “${file.name}”` }).click();
    // The active scenario is on the canvas: the baseline's functions and the one it adds.
    const cards = page.getByTestId('function-node');
    await expect(cards.filter({ hasText: 'Support desk now' })).toHaveCount(1);
    await expect(cards).toHaveCount(7);

    await page.reload();
    await expect(cards.filter({ hasText: 'Support desk now' })).toHaveCount(1);
    await page.getByRole('button', { name: 'RU', exact: true }).click();
    await page.getByRole('button', { name: 'Проекты…' }).click();
    await expect(row(page, file.name)).toContainText('3 сценария');
    await expect(row(page, file.name)).toContainText('Цифры: Support now');
    await page.getByRole('button', { name: `Вернуться к «${file.name}»` }).click();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('button', { name: 'Projects…' }).click();
    await expect(row(page, file.name)).toContainText('3 scenarios');

    const download = page.waitForEvent('download');
    await row(page, file.name).getByRole('button', { name: 'Export the file' }).click();
    const exported = JSON.parse(readFileSync((await (await download).path()) ?? '', 'utf8'));
    const original = JSON.parse(file.text);
    expect(exported.scenarios).toEqual(original.scenarios);
    expect(exported.functions).toEqual(original.functions);
  });

  test('a project without variants shows no scenario count', async ({ page }) => {
    await startBlank(page);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('button', { name: 'Projects…' }).click();
    await expect(page.getByTestId('library-row')).toHaveCount(1);
    await expect(page.getByTestId('library-row')).not.toContainText('scenario');
    await expect(page.getByTestId('library-row')).not.toContainText('Figures');
  });

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    test(`the library with a scenario count, ${theme} theme`, async ({ page }) => {
      const file = await importVariants(page, theme);
      await expect(row(page, file.name)).toContainText('3 scenarios');
      expect(await blockingViolations(page)).toEqual([]);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/scenario-count-${theme}.png` });
    });
  }
});
