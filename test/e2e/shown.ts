import type { Page } from '@playwright/test';

/**
 * What an element showed, in order, recorded by the page itself.
 *
 * A state the app passes through (the first of two projects opened one after the other, a
 * progress text, an intermediate value) may be on screen for less than the ~100 ms between two
 * polls of a web-first assertion, on a fast machine as on a slow one: polling misses it, and a
 * test that expects it fails now and then. The page records every value the element shows — on
 * every DOM change and on every frame, so a value set as a property (an input's) is caught too —
 * and the test reads the record once the end state is reached:
 *
 *   const names = await recordShown(page, 'input.project-name', 'value');
 *   … act …
 *   await expect(name).toHaveValue('B'); // the end state, web-first
 *   expect(await names.values()).toEqual([…, 'A', 'B']);
 *
 * The record lives in the page: it starts empty again after a navigation or a reload.
 */
interface ShownRecord {
  /** The distinct values shown so far, in order (a repeat of the last one is not recorded). */
  values(): Promise<string[]>;
}

let records = 0;

/**
 * Starts recording what the first element matching `selector` shows: its `value` (a form
 * field) or its `text`. While no element matches, nothing is recorded.
 */
export async function recordShown(
  page: Page,
  selector: string,
  read: 'value' | 'text' = 'text',
): Promise<ShownRecord> {
  const key = `record-${++records}`;
  await page.evaluate(
    ({ key, selector, read }) => {
      const scope = window as Window & { shownRecords?: Record<string, string[]> };
      const shown: string[] = [];
      scope.shownRecords = { ...scope.shownRecords, [key]: shown };
      const record = (): void => {
        const element = document.querySelector(selector);
        if (!element) return;
        const value =
          read === 'value' ? (element as HTMLInputElement).value : (element.textContent ?? '');
        if (shown.at(-1) !== value) shown.push(value);
      };
      new MutationObserver(record).observe(document.documentElement, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      const everyFrame = (): void => {
        record();
        requestAnimationFrame(everyFrame);
      };
      everyFrame();
    },
    { key, selector, read },
  );
  return {
    values: () =>
      page.evaluate(
        (key) =>
          (window as Window & { shownRecords?: Record<string, string[]> }).shownRecords?.[key] ??
          [],
        key,
      ),
  };
}
