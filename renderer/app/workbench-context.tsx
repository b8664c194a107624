import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { displayFor, type Display } from '../../shared/display';
import { translator, type Translate } from '../../shared/i18n';
import type { WorkbenchPort } from '../../shared/port/contract';
import type { Saver } from '../state/persistence';
import type { WorkbenchState, WorkbenchStore } from '../state/store';
import type { TabLock } from '../state/tab-lock';

export interface Workbench {
  readonly store: WorkbenchStore;
  readonly port: WorkbenchPort;
  readonly saver: Saver;
  /** Which tab edits the project (browser edition); `takeOver` makes it this one. */
  readonly tabLock: Pick<TabLock, 'takeOver'>;
}

const WorkbenchContext = createContext<Workbench | undefined>(undefined);

export function WorkbenchProvider(props: { value: Workbench; children: ReactNode }) {
  return (
    <WorkbenchContext.Provider value={props.value}>{props.children}</WorkbenchContext.Provider>
  );
}

export function useWorkbench(): Workbench {
  const workbench = useContext(WorkbenchContext);
  if (!workbench) throw new Error('useWorkbench outside WorkbenchProvider');
  return workbench;
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
