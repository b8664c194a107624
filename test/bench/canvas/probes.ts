/**
 * Code that runs inside the benchmark pages. Each function is serialised by Playwright, so it
 * uses nothing from this module's scope. "After the paint" is measured the usual way: a task
 * posted from the requestAnimationFrame callback of the frame that shows the change runs once
 * that frame has been rendered.
 */
import type { BrowserContext, Page } from '@playwright/test';

/**
 * tsx compiles named functions to `__name(fn, "name")` calls, which would fail in the page; a
 * no-op __name there lets the probes below be typed TypeScript rather than strings.
 */
export async function preparePageContext(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  await context.addInitScript(() => {
    const renders = new Map<string, number>();
    window.__bench = { renders };
    window.__cardRenders = (id) => renders.set(id, (renders.get(id) ?? 0) + 1);
  });
}

/**
 * Arms, before a navigation, the probe of "every card painted": the first frame in which
 * `cards` React Flow nodes exist and none is still hidden for measuring.
 */
export async function armPaintedProbe(page: Page, cards: number): Promise<void> {
  await page.addInitScript((expected: number) => {
    const state = window.__bench;
    if (!state) return;
    state.painted = new Promise((resolve) => {
      const poll = () => {
        const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
        const ready =
          nodes.length >= expected && [...nodes].every((n) => n.style.visibility !== 'hidden');
        if (!ready) {
          requestAnimationFrame(poll);
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const paintedMs = performance.now();
          const scripts = performance
            .getEntriesByType('resource')
            .filter((entry) => entry.startTime < paintedMs)
            .map((entry) => new URL(entry.name).pathname)
            .filter((path) => path.endsWith('.js'));
          resolve({ paintedMs, scripts });
        };
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(poll);
    });
  }, cards);
}

export async function paintedResult(page: Page): Promise<PaintedProbe> {
  const result = await page.evaluate(() => window.__bench?.painted);
  if (!result) throw new Error('the painted probe was not armed');
  return result;
}

/** Card renders since the last call: the total, and how many distinct cards rendered. */
export async function takeRenders(page: Page): Promise<{ total: number; cards: number }> {
  return page.evaluate(() => {
    const renders = window.__bench?.renders ?? new Map<string, number>();
    let total = 0;
    for (const count of renders.values()) total += count;
    const cards = renders.size;
    renders.clear();
    return { total, cards };
  });
}

export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = window.__bench;
    if (!state) return;
    const frames: number[] = [];
    state.frames = frames;
    state.recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      frames.push(now - last);
      last = now;
      if (state.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** rAF-to-rAF intervals since startFrames, the first two (start-up) dropped. */
export async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const state = window.__bench;
    if (!state) return [];
    state.recording = false;
    return (state.frames ?? []).slice(2);
  });
}

/** The zoom of the canvas: screen pixels per canvas unit. */
export async function canvasZoom(page: Page): Promise<number> {
  return page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport');
    if (!viewport) throw new Error('no React Flow viewport on the page');
    return new DOMMatrix(getComputedStyle(viewport).transform).a;
  });
}

/**
 * Arms the probe of one commit: from the keydown of the next `key` (Enter by default) to just
 * after the paint of the frame in which card `id` shows `name`, split into the time until the
 * name is in the DOM (the page's script), the wait for the next frame to begin (the display's
 * clock: no page controls it) and that frame's work (style, layout, paint). Fails if the card changes before
 * the key or does not show the name within `timeoutMs`.
 */
export async function armCommitProbe(
  page: Page,
  id: string,
  name: string,
  timeoutMs: number,
  key = 'Enter',
): Promise<void> {
  await page.evaluate(
    ({ id, name, timeoutMs, key }) => {
      const state = window.__bench;
      const node = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
      if (!state || !node) throw new Error(`no card ${id} on the page`);
      state.commit = new Promise((resolve, reject) => {
        let enterAt: number | undefined;
        const onKeyDown = (event: KeyboardEvent) => {
          if (event.key === key && enterAt === undefined) enterAt = event.timeStamp;
        };
        window.addEventListener('keydown', onKeyDown, { capture: true });
        const finish = (error?: Error) => {
          observer.disconnect();
          clearTimeout(timer);
          window.removeEventListener('keydown', onKeyDown, { capture: true });
          if (error) reject(error);
        };
        const timer = setTimeout(
          () => finish(new Error(`card ${id} did not show “${name}” ${timeoutMs} ms after ${key}`)),
          timeoutMs,
        );
        const observer = new MutationObserver(() => {
          if (!node.textContent?.includes(name)) return;
          const start = enterAt;
          if (start === undefined) {
            finish(new Error(`card ${id} showed “${name}” before ${key} was pressed`));
            return;
          }
          finish();
          const inDom = performance.now();
          requestAnimationFrame((frameStart) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () =>
              resolve({
                ms: performance.now() - start,
                inDomMs: inDom - start,
                frameWaitMs: Math.max(0, frameStart - inDom),
              });
            channel.port2.postMessage(null);
          });
        });
        observer.observe(node, { subtree: true, childList: true, characterData: true });
      });
      // Rejections are collected by commitResult; keep the page from reporting them early.
      state.commit.catch(() => undefined);
    },
    { id, name, timeoutMs, key },
  );
}

export async function commitResult(page: Page): Promise<CommitProbe> {
  const result = await page.evaluate(() => window.__bench?.commit);
  if (result === undefined) throw new Error('the commit probe was not armed');
  return result;
}
