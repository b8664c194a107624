import { createStore } from 'zustand/vanilla';

/** The method's terms the glossary explains, in the order it lists them. */
export const GLOSSARY_TERMS = [
  'breakEven',
  'fte',
  'erlangs',
  'erlangC',
  'serviceLevel',
  'shrinkage',
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

export type HelpSheet = 'shortcuts' | 'glossary';

/** Which help sheet is open, and the glossary term to show first; not saved, not undoable. */
export interface HelpState {
  readonly sheet: HelpSheet | undefined;
  readonly term: GlossaryTerm | undefined;
  readonly show: (sheet: HelpSheet, term?: GlossaryTerm) => void;
  readonly close: () => void;
}

export const help = createStore<HelpState>()((set) => ({
  sheet: undefined,
  term: undefined,
  show: (sheet, term) => set({ sheet, term }),
  close: () => set({ sheet: undefined, term: undefined }),
}));
