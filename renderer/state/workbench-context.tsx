import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useStore } from 'zustand';
import { shallow } from 'zustand/shallow';
import { displayFor, type Display } from '../../shared/display';
import { translator, type Translate } from '../../shared/i18n';
import type { WorkbenchPort } from '../../shared/port/contract';
import type { Editor } from './editor';
import type { KeyedFeed } from './keyed-feed';
import type { NavigationStore } from './navigation';
import type { Saver } from './persistence';
import type { WorkbenchState, WorkbenchStore } from './store';

export interface Workbench {
  readonly store: WorkbenchStore;
  readonly port: WorkbenchPort;
  readonly saver: Saver;
  readonly navigation: NavigationStore;
}

const WorkbenchContext = createContext<Editor | undefined>(undefined);

export function WorkbenchProvider(props: { value: Editor; children: ReactNode }) {
  return (
    <WorkbenchContext.Provider value={props.value}>{props.children}</WorkbenchContext.Provider>
  );
}

/** The editor object: document, history, view state and the canvas handle. */
export function useEditor(): Editor {
  const editor = useContext(WorkbenchContext);
  if (!editor) throw new Error('useEditor outside WorkbenchProvider');
  return editor;
}

/** The store, the storage port and the saver (the editor is one). */
export function useWorkbench(): Workbench {
  return useEditor();
}

/** Subscribes to one slice of the state; components re-render only when it changes. */
export function useWorkbenchState<T>(selector: (state: WorkbenchState) => T): T {
  return useStore(useWorkbench().store, selector);
}

/**
 * A slice of the state for a component of which there are many (a card, a link), subscribed by
 * its key through `feed`: a change of the store calls it only when the feed says the change
 * concerns `key` (see KeyedFeed), so with 1,000 cards an edit of one runs one slice, not 1,000
 * selectors. Worked out again only when one of its `inputs` (the parts of the state it reads) is
 * a new object, and kept, as the same object, while it is equal value by value.
 */
export function useKeyedSlice<K, T extends object>(
  feed: (store: WorkbenchStore) => KeyedFeed<K>,
  key: K,
  inputs: (state: WorkbenchState) => readonly unknown[],
  slice: (state: WorkbenchState) => T,
): T {
  const { store } = useWorkbench();
  const last = useRef<{ readonly inputs: readonly unknown[]; readonly slice: T }>(undefined);
  const subscribe = useCallback(
    (onChange: () => void) => feed(store).subscribe(key, onChange),
    [feed, store, key],
  );
  const current = () => {
    const state = store.getState();
    const now = inputs(state);
    const before = last.current;
    if (before && now.every((input, i) => Object.is(input, before.inputs[i]))) return before.slice;
    const next = slice(state);
    last.current = {
      inputs: now,
      slice: before && shallow(before.slice, next) ? before.slice : next,
    };
    return last.current.slice;
  };
  return useSyncExternalStore(subscribe, current);
}

/** The translator for the current UI language. */
export function useT(): Translate {
  const language = useWorkbenchState((state) => state.language);
  return useMemo(() => translator(language), [language]);
}

/** How figures and names read in the UI language and the project's currency. */
export function useDisplay(): Display {
  const language = useWorkbenchState((state) => state.language);
  const currency = useWorkbenchState((state) => state.project.currency);
  return displayFor(language, currency);
}
