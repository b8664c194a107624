import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';

/** A dialog's code that failed to load must not take the editor (and unsaved work) down. */
class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.error('a dialog could not be loaded', error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * A component whose code is loaded when it is first rendered (it suspends until then: render
 * it inside <Suspense>). `load` picks the component from its module's dynamic import().
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  return lazy(async () => ({ default: await load() }));
}

/**
 * A dialog whose code is loaded the first time it opens, not with the first screen. Until it
 * opens it renders nothing; while its code loads (a few milliseconds from the app's own files)
 * nothing either; then it opens, and stays mounted so that reopening is instant.
 */
export function lazyDialog<P extends { readonly open: boolean }>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const Dialog = lazyComponent(load);
  return function LazyDialog(props: P) {
    const [wanted, setWanted] = useState(props.open);
    if (props.open && !wanted) setWanted(true);
    if (!wanted) return null;
    return (
      <LoadFailure>
        <Suspense fallback={null}>
          <Dialog {...props} />
        </Suspense>
      </LoadFailure>
    );
  };
}
