import { createElement } from 'react';
import {
  CalendarDays,
  Handshake,
  Headset,
  KeyRound,
  MapPin,
  Megaphone,
  Puzzle,
  Sprout,
  type LucideIcon,
} from 'lucide-react';
import { functionType } from '../../shared/catalog';
import type { FunctionTypeId } from '../../shared/model';

/** The catalog names icons by a short id (it knows no React); this maps them to drawings. */
export const FUNCTION_ICONS: Readonly<Record<string, LucideIcon>> = {
  key: KeyRound,
  megaphone: Megaphone,
  'map-pin': MapPin,
  sprout: Sprout,
  headset: Headset,
  calendar: CalendarDays,
  handshake: Handshake,
  puzzle: Puzzle,
};

function iconOf(typeId: FunctionTypeId): LucideIcon {
  return FUNCTION_ICONS[functionType(typeId).iconId] ?? Puzzle;
}

/** The id of a function type's drawing among the card icons (card-icons.tsx). */
export function functionIconId(typeId: FunctionTypeId): string {
  const id = functionType(typeId).iconId;
  return id in FUNCTION_ICONS ? id : 'puzzle';
}

/** The icon of a function type; decorative, the name is always written beside it. */
export function FunctionIcon(props: { typeId: FunctionTypeId; size: number }) {
  return createElement(iconOf(props.typeId), { size: props.size, 'aria-hidden': true });
}
