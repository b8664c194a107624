import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

/** Every theme, in the order the toolbar's "Next theme" button steps through them. */
export const THEMES = ['light', 'dark', 'contrast', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * axe-core's serious and critical violations on the page as it is now, each with the elements it
 * found. axe is evaluated as a script rather than added as a <script> tag: the app's CSP allows
 * no inline scripts, and the test should not loosen it.
 */
export async function blockingViolations(page: Page) {
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      elements: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/** Steps through the themes with the toolbar's own button until `theme` is shown. */
export async function showTheme(page: Page, theme: Theme) {
  const html = page.locator('html');
  for (let step = 0; step < THEMES.length; step++) {
    if ((await html.getAttribute('data-theme')) === theme) return;
    await page.getByRole('button', { name: 'Next theme' }).click();
  }
  await expect(html).toHaveAttribute('data-theme', theme);
}
