import { Suspense, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { loadLaterTexts } from '../../../shared/i18n';
import { lazyComponent, preloadOnDemandCode } from '../../../renderer/ui-kit/lazy';

function Panel({ title }: { readonly title: string }) {
  return <p>{title}</p>;
}

const shown = (Component: ComponentType<{ readonly title: string }>) =>
  renderToString(
    <Suspense fallback={<i>loading</i>}>
      <Component title="Inspector" />
    </Suspense>,
  );

describe('lazyComponent', () => {
  it('renders preloaded code at once, without suspending (React would hold it back up to 0.3 s)', async () => {
    let loaded = false;
    const OnDemand = lazyComponent(() => {
      loaded = true;
      return Promise.resolve(Panel);
    });
    // Idle time comes at once here; the preload runs every on-demand loader.
    vi.stubGlobal('requestIdleCallback', (task: () => void) => (task(), 1));
    preloadOnDemandCode();
    vi.unstubAllGlobals();
    expect(loaded).toBe(true);
    await loadLaterTexts();
    // Every promise continuation of the load has run once the next task begins.
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Rendered once only: a second render would find a lazy component resolved by the first.
    expect(shown(OnDemand)).toContain('<p>Inspector</p>');
  });

  it('suspends while its code is not loaded yet', async () => {
    const OnDemand = lazyComponent(() => new Promise<typeof Panel>(() => undefined));
    expect(shown(OnDemand)).toContain('loading');
  });
});
