import { z } from 'zod';
import { idSchema } from '../model/primitives';

/** How many recently opened projects the library and the File menu show. */
export const RECENT_KEPT = 8;

/** The stored recent list, read tolerantly: anything that is not a list of ids is dropped. */
export function recentFrom(stored: unknown): string[] {
  const parsed = z.array(z.unknown()).safeParse(stored);
  if (!parsed.success) return [];
  const ids = parsed.data.filter((id): id is string => idSchema.safeParse(id).success);
  return [...new Set(ids)].slice(0, RECENT_KEPT);
}

/** The list after opening `id`: it moves to the front; the oldest fall off. */
export function withRecent(ids: readonly string[], id: string): string[] {
  return [id, ...ids.filter((other) => other !== id)].slice(0, RECENT_KEPT);
}
