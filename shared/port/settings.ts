import { LANGUAGES, type Language } from '../i18n/language';

export const THEMES = ['light', 'dark', 'contrast', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

export interface Settings {
  readonly language: Language;
  readonly theme: Theme;
  /** Larger type on the canvas's cards, for projection; absent means off. */
  readonly largeType?: boolean;
  /** The project opened at start; absent before the first save. */
  readonly lastProjectId?: string;
  /** Inspector sections the user closed (ids); every other section shows open. */
  readonly closedSections?: string[];
  /** The first-run hint on the canvas was dismissed: it is not shown again. */
  readonly canvasHintDismissed?: boolean;
}

/** A partial update; unknown keys are refused, not ignored, so a typo is noticed. */
export type SettingsPatch = Partial<Settings>;

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isName = (max: number) => (value: unknown) =>
  typeof value === 'string' && value.length >= 1 && value.length <= max;

/**
 * What each setting may hold: the one rule for settings read from storage (settingsFrom) and
 * for a patch sent to the main process (requests.ts). Plain checks rather than a schema: the
 * settings are read on the first screen, which does without the schema library.
 */
export const SETTING_CHECKS: {
  readonly [K in keyof Settings]-?: (value: unknown) => value is NonNullable<Settings[K]>;
} = {
  language: isOneOf(LANGUAGES),
  theme: isOneOf(THEMES),
  largeType: isBoolean,
  lastProjectId: (value): value is string => isName(200)(value),
  closedSections: (value): value is string[] =>
    Array.isArray(value) && value.length <= 40 && value.every(isName(40)),
  canvasHintDismissed: isBoolean,
};

export const DEFAULT_SETTINGS: Settings = { language: 'ru', theme: 'light' };

/** Settings read from storage: anything unreadable falls back to the default, key by key. */
export function settingsFrom(stored: unknown): Settings {
  const record = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, check] of Object.entries(SETTING_CHECKS)) {
    if (check(record[key])) result[key] = record[key];
  }
  return result as unknown as Settings;
}
