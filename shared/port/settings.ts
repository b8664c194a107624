import { z } from 'zod';
import { LANGUAGES } from '../i18n/language';

export const THEMES = ['light', 'dark', 'contrast', 'projector'] as const;

export const settingsSchema = z.object({
  language: z.enum(LANGUAGES),
  theme: z.enum(THEMES),
  /** Larger type on the canvas's cards, for projection; absent means off. */
  largeType: z.boolean().optional(),
  /** The project opened at start; absent before the first save. */
  lastProjectId: z.string().min(1).max(200).optional(),
  /** Inspector sections the user closed (ids); every other section shows open. */
  closedSections: z.array(z.string().min(1).max(40)).max(40).optional(),
  /** The first-run hint on the canvas was dismissed: it is not shown again. */
  canvasHintDismissed: z.boolean().optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A partial update; unknown keys are refused, not ignored, so a typo is noticed. */
export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = { language: 'ru', theme: 'light' };

/** Settings read from storage: anything unreadable falls back to the default, key by key. */
export function settingsFrom(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null ? stored : {};
  const result: Settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse((record as Record<string, unknown>)[key]);
    if (field.success && field.data !== undefined) Object.assign(result, { [key]: field.data });
  }
  return result;
}
