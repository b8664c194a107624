import type { Viewport } from '@xyflow/react';
import { createStore } from 'zustand/vanilla';
import type { Selection } from './store';

/** What presentation mode puts back when it ends: the editor exactly as it was left. */
export interface EditingState {
  readonly selection: Selection;
  readonly viewport: Viewport | undefined;
  /** Where the keyboard focus was. */
  readonly focus: HTMLElement | undefined;
}

export interface Presentation {
  /** 0 is the title slide, then one per function, then the summary. */
  readonly slide: number;
  readonly returnTo: EditingState;
}

/** How the editor is laid out for a room: presenting, or editing live with the panels away. */
export interface ViewModeState {
  readonly presentation: Presentation | undefined;
  /** The palette and the side panel are hidden, the canvas takes the width (workshops). */
  readonly panelsHidden: boolean;
  readonly set: (patch: Partial<Omit<ViewModeState, 'set'>>) => void;
}

/** Not part of the document store: neither undoable nor saved. */
export const viewMode = createStore<ViewModeState>()((set) => ({
  presentation: undefined,
  panelsHidden: false,
  set: (patch) => set(patch),
}));
