import { createStore } from 'zustand/vanilla';
import type { Editor } from '../state/editor';

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

/** The term the glossary shows first (the one whose info button opened it); not saved. */
export const glossaryFocus = createStore<{ readonly term: GlossaryTerm | undefined }>()(() => ({
  term: undefined,
}));

/** Opens the glossary, at `term` when given. */
export function openGlossary(editor: Editor, term?: GlossaryTerm): void {
  glossaryFocus.setState({ term });
  editor.openDialog('glossary');
}
