/**
 * English UI strings. The Russian catalog must have exactly these keys (checked by the compiler),
 * and the same {placeholders} (checked by a unit test).
 */
export const uiEn = {
  'app.title': 'Sales System Workbench',
  'app.untitled': 'Untitled design',
} as const;

export type UiKey = keyof typeof uiEn;
