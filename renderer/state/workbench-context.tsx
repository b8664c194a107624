import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { shallow } from 'zustand/shallow';
import { displayFor, type Display } from '../../shared/display';
import { translator, type Translate } from '../../shared/i18n';
import type { WorkbenchPort } from '../../shared/port/contract';
import type { Editor } from './editor';
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
 * A slice of the state for a component of which there are many (a card, a link): worked out
 * again only when one of its `inputs` (the parts of the state it reads) is a new object, and
 * kept, as the same object, while it is equal value by value. Every change of the store runs
 * the selector of every card and link; with 1,000 cards a change that is not theirs (the save
 * status, the side panel) then costs a comparison of a few references each, not a slice each.
 */
export function useWorkbenchSlice<T extends object>(
  inputs: (state: WorkbenchState) => readonly unknown[],
  slice: (state: WorkbenchState) => T,
): T {
  const last = useRef<{ readonly inputs: readonly unknown[]; readonly slice: T }>(undefined);
  return useWorkbenchState((state) => {
    const now = inputs(state);
    const before = last.current;
    if (before && now.every((input, i) => Object.is(input, before.inputs[i]))) return before.slice;
    const next = slice(state);
    last.current = {
      inputs: now,
      slice: before && shallow(before.slice, next) ? before.slice : next,
    };
    return last.current.slice;
  });
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
