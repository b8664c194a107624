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
