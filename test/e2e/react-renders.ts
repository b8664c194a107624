import type { Page } from '@playwright/test';

/**
 * Which inspector fields React rendered, seen from outside the app the way React DevTools sees
 * it: a `__REACT_DEVTOOLS_GLOBAL_HOOK__` installed before the app loads gets every commit's
 * fiber tree, in the production build the suite tests as well. A component counts as rendered
 * in a commit when it was mounted or did work (React's PerformedWork flag); subtrees React
 * left untouched (the same child fibers as before) are not walked. A field is a component whose
 * first element is a field's box (`.in-field`, `.in-field-check`), named by its label; it counts
 * once per commit however many of its components rendered.
 *
 * Here rather than in a unit test: vitest runs in Node with no DOM (no jsdom or happy-dom is
 * installed), and this needs no hook in the app's code.
 */
export async function watchFieldRenders(page: Page): Promise<void> {
  await page.addInitScript(() => {
    interface Fiber {
      readonly tag: number;
      readonly flags: number;
      readonly alternate: Fiber | null;
      readonly child: Fiber | null;
      readonly sibling: Fiber | null;
      readonly stateNode: unknown;
    }
    // React's work tags: function, class, forwardRef and simple memo components; host elements.
    const COMPONENTS = new Set([0, 1, 11, 15]);
    const HOST = 5;
    const PERFORMED_WORK = 1;
    const rendered: string[] = [];

    const firstElement = (fiber: Fiber): Element | undefined => {
      for (let node: Fiber | null = fiber; node; node = node.child) {
        if (node.tag === HOST && node.stateNode instanceof Element) return node.stateNode;
      }
      return undefined;
    };
    const fieldName = (element: Element): string | undefined => {
      if (!element.matches('.in-field, .in-field-check')) return undefined;
      const label = element.querySelector('.in-field-label') ?? element.querySelector('span');
      return label?.textContent ?? '';
    };
    // A field is several components (TextField, DraftField): one render of it is one entry.
    const walk = (fiber: Fiber, fields: Map<Element, string>) => {
      const before = fiber.alternate;
      if (COMPONENTS.has(fiber.tag) && (before === null || fiber.flags & PERFORMED_WORK)) {
        const element = firstElement(fiber);
        const name = element && fieldName(element);
        if (element && name !== undefined) fields.set(element, name);
      }
      if (before !== null && fiber.child === before.child) return;
      for (let child = fiber.child; child; child = child.sibling) walk(child, fields);
    };
    const commit = (root: Fiber) => {
      const fields = new Map<Element, string>();
      walk(root, fields);
      rendered.push(...fields.values());
    };

    Object.assign(window, {
      __fieldRenders: rendered,
      __REACT_DEVTOOLS_GLOBAL_HOOK__: {
        supportsFiber: true,
        renderers: new Map(),
        inject: () => 1,
        onCommitFiberRoot: (_renderer: number, root: { readonly current: Fiber }) =>
          commit(root.current),
        onPostCommitFiberRoot: () => undefined,
        onCommitFiberUnmount: () => undefined,
        checkDCE: () => undefined,
      },
    });
  });
}

/**
 * The labels of the fields rendered since the last call, one entry per render, sorted; read
 * after the next two frames, so that what the last change set off has been committed.
 */
export async function takeFieldRenders(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const rendered = (window as unknown as { __fieldRenders: string[] }).__fieldRenders;
    return rendered.splice(0).sort();
  });
}
