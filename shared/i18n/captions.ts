import type { Link, SalesFunction } from '../model';
import type { Translate } from './index';

/** A function's name as shown, or its type's name while it has none. */
export function functionCaption(fn: Pick<SalesFunction, 'name' | 'typeId'>, t: Translate): string {
  return fn.name || t(`catalog.${fn.typeId}.name`);
}

/** A link's label as shown, or its kind's name while it has none. */
export function linkCaption(link: Pick<Link, 'label' | 'kind'>, t: Translate): string {
  return link.label || t(`linkKind.${link.kind}`);
}
