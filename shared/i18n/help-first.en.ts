/**
 * English strings of the canvas hint, which the first screen shows: part of the first catalog
 * (catalog.en.ts). The rest of help's are in help.en.ts.
 */
export const helpFirstEn = {
  'hint.title': 'First steps',
  'hint.text':
    'Drag a function from the left panel onto the canvas, or press {palette} and type its name. Select a card to fill in its people, lines, KPIs and money on the right. Press {shortcuts} for every shortcut.',
  'hint.dismiss': 'Got it',
} as const;

export type HelpFirstKey = keyof typeof helpFirstEn;
