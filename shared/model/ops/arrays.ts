/**
 * Immutable list helpers shared by the operations. Each returns the same array when nothing
 * changed, so unchanged parts of a project keep their identity (memoised views skip them).
 */

export function updateById<T extends { readonly id: string }>(
  items: readonly T[],
  id: string,
  update: (item: T) => T,
): T[] {
  let changed = false;
  const next = items.map((item) => {
    if (item.id !== id) return item;
    const updated = update(item);
    changed ||= updated !== item;
    return updated;
  });
  return changed ? next : (items as T[]);
}

export function removeWhere<T>(items: readonly T[], drop: (item: T) => boolean): T[] {
  const next = items.filter((item) => !drop(item));
  return next.length === items.length ? (items as T[]) : next;
}

/** Moves the item with `id` to `toIndex` (clamped); the order of the others is kept. */
export function moveById<T extends { readonly id: string }>(
  items: readonly T[],
  id: string,
  toIndex: number,
): T[] {
  const from = items.findIndex((item) => item.id === id);
  const item = items[from];
  const to = Math.max(0, Math.min(items.length - 1, Math.trunc(toIndex)));
  if (item === undefined || from === to) return items as T[];
  const next = items.filter((_, i) => i !== from);
  next.splice(to, 0, item);
  return next;
}

export function hasId(items: readonly { readonly id: string }[], id: string): boolean {
  return items.some((item) => item.id === id);
}
