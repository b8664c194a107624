import type { Translate } from '../i18n';
import type { SalesFunction } from '../model/schema';

/** A function as people read it: its own name, or the name of its type while it has none. */
export function functionDisplayName(
  fn: Pick<SalesFunction, 'name' | 'typeId'>,
  t: Translate,
): string {
  return fn.name.trim() || t(`catalog.${fn.typeId}.name`);
}
