/** English strings of the inspector. The Russian catalog has the same keys and placeholders. */
export const inspectorEn = {
  'inspector.title': 'Inspector',
} as const;

export type InspectorKey = keyof typeof inspectorEn;
