import {
  Component,
  lazy,
  Suspense,
  useEffect,
  useReducer,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { loadLaterTexts } from '../../shared/i18n';
import { useT } from '../state/workbench-context';

/**
 * Code the first screen does not need: loaded on first use, or earlier by preloadOnDemandCode
 * once the first screen is up, so that its first use rarely waits for it. Not for a dialog that
 * takes the keys typed straight after the one that opens it: those could be lost while it loads.
 */
const preloaders = new Set<() => Promise<unknown>>();

/**
 * `load` (a dynamic import) run once; a failed load is tried again on the next call. Resolves
 * once the texts of the screens not on the first screen are loaded too (the catalog's later part,
 * shared/i18n): on-demand code never renders a text that is not there yet. Code loaded on demand
 * that names a text of that part goes through here (test/unit/i18n/catalog-parts.test.ts).
 */
export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  let done: T | undefined;
  const get = () =>
    (loading ??= Promise.all([load(), loadLaterTexts()])
      .then(([loaded]) => (done = loaded))
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      }));
  preloaders.add(get);
  return Object.assign(get, { loaded: () => done });
}

/** Loads on first call (see `onDemand`); `loaded` reads what it loaded, undefined until then. */
export interface OnDemand<T> {
  (): Promise<T>;
  readonly loaded: () => T | undefined;
}

/**
 * What `load` loads, for a component that can do without it meanwhile: undefined until it is in
 * (loading it once `wanted`), then the component renders again with it.
 */
export function useOnDemand<T>(load: OnDemand<T>, wanted: boolean): T | undefined {
  const [, arrived] = useReducer((count: number) => count + 1, 0);
  const loaded = load.loaded();
  useEffect(() => {
    if (!wanted || loaded !== undefined) return;
    let live = true;
    load().then(
      () => {
        if (live) arrived();
      },
      (error: unknown) => console.error('on-demand code could not be loaded', error),
    );
    return () => {
      live = false;
    };
  }, [load, wanted, loaded]);
  return loaded;
}

/** Runs `task` in idle time (at the latest after 5 s); returns the cancel. */
function whenIdle(task: () => void): () => void {
  const id = requestIdleCallback(task, { timeout: 5000 });
  return () => cancelIdleCallback(id);
}

/** Loads every piece of on-demand code in idle time; call once the first screen is painted. */
export function preloadOnDemandCode(): () => void {
  return whenIdle(() => preloaders.forEach((get) => void get().catch(() => undefined)));
}

/**
 * False until the browser is first idle after the component mounted: for what may appear a moment
 * after the first screen (a first-run hint) rather than with it, its code and texts fetched then.
 */
export function useIdleSinceMount(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  return idle;
}

/**
 * The one place where on-demand code that failed to load (a browser tab older than the deployed
 * app, a dropped connection) is reported: the part stays out, the rest of the app and the unsaved
 * work stay up, and a notice says what happened and offers a reload.
 */
class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.error('on-demand code could not be loaded', error);
  }
  override render() {
    return this.state.failed ? <LoadFailureNotice /> : this.props.children;
  }
}

function LoadFailureNotice() {
  const t = useT();
  const [closed, setClosed] = useState(false);
  if (closed) return null;
  return (
    <div className="floating-notice load-failure" role="alert">
      <span>{t('app.partFailed')}</span>
      <button type="button" className="primary" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
      <button type="button" onClick={() => setClosed(true)}>
        {t('dialog.close')}
      </button>
    </div>
  );
}

/**
 * A component whose code is loaded when it is first rendered (it suspends until then: render
 * it inside <Suspense>). `load` picks the component from its module's dynamic import().
 * Once the code is in (preloaded in idle time, as a rule), the component renders straight away:
 * React.lazy would still suspend on its first render, and React holds back the content that
 * follows a suspension for up to 300 ms (its fallback throttle), so the inspector appeared about
 * 0.3 s after the first click on a card.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const get = onDemand(load);
  const Lazy = lazy(async () => ({ default: await get() }));
  return function OnDemand(props: P) {
    // Chosen once per instance: changing the type later would mount its content afresh.
    const [Component] = useState(() => get.loaded() ?? Lazy);
    return (
      <LoadFailure>
        <Component {...props} />
      </LoadFailure>
    );
  };
}

/**
 * A dialog whose code is loaded on demand. Until it first opens it renders nothing; while its
 * code loads (if it was not preloaded) nothing either; then it opens, and stays mounted.
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
      <Suspense fallback={null}>
        <Dialog {...props} />
      </Suspense>
    );
  };
}
