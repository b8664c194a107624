import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
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
