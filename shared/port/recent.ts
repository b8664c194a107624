import { isId } from '../model/ids';

/** How many recently opened projects the library and the File menu show. */
export const RECENT_KEPT = 8;

/** The stored recent list, read tolerantly: anything that is not a list of ids is dropped. */
export function recentFrom(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  const ids = stored.filter(isId);
  return [...new Set(ids)].slice(0, RECENT_KEPT);
}

/** The list after opening `id`: it moves to the front; the oldest fall off. */
export function withRecent(ids: readonly string[], id: string): string[] {
  return [id, ...ids.filter((other) => other !== id)].slice(0, RECENT_KEPT);
}
