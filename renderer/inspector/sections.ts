/** The sections of the function inspector, in the order they are shown. */
export const SECTION_IDS = [
  'general',
  'process',
  'human',
  'technical',
  'kpis',
  'financial',
  'demand',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];
