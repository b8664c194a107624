/**
 * English strings of the inspector that the first screen shows (the empty panel): part of the
 * first catalog (catalog.en.ts). The rest of the inspector's are in inspector.en.ts.
 */
export const inspectorFirstEn = {
  'inspector.title': 'Inspector',
  'inspector.hint.none':
    'Select a function on the canvas to see and edit its process, people, lines, KPIs, financial goal and demand.',
  'inspector.hint.noneReadOnly':
    'Select a function on the canvas to see its process, people, lines, KPIs, financial goal and demand.',
} as const;

export type InspectorFirstKey = keyof typeof inspectorFirstEn;
