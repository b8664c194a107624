/** A key event reduced to what shortcuts need; the DOM's KeyboardEvent fits it. */
export interface KeyStroke {
  readonly key: string;
  /** The physical key ("BracketRight"), whatever character the layout and modifiers make of it. */
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

export type Platform = 'mac' | 'other';

interface ParsedAccelerator {
  readonly key: string;
  readonly primary: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
}

/** Parses Electron accelerator syntax ("CmdOrCtrl+Shift+Z"); the key is lower-cased. */
export function parseAccelerator(accelerator: string): ParsedAccelerator {
  const parts = accelerator.split('+');
  // "CmdOrCtrl+=" and "CmdOrCtrl+-" keep their key; "CmdOrCtrl++" would be "Plus" in Electron.
  const key = (parts.pop() ?? '').toLowerCase();
  const modifiers = new Set(parts.map((part) => part.toLowerCase()));
  return {
    key,
    primary: modifiers.has('cmdorctrl') || modifiers.has('commandorcontrol'),
    shift: modifiers.has('shift'),
    alt: modifiers.has('alt') || modifiers.has('option'),
  };
}

/** A canonical form, to compare accelerators ("CmdOrCtrl+Shift+z" equals "Shift+CmdOrCtrl+Z"). */
export function normalizeAccelerator(accelerator: string): string {
  const { key, primary, shift, alt } = parseAccelerator(accelerator);
  return [primary && 'mod', shift && 'shift', alt && 'alt', key].filter(Boolean).join('+');
}

/** True when the accelerator needs no modifier, so it must not fire while the user types. */
export function isBareKey(accelerator: string): boolean {
  const { primary, alt } = parseAccelerator(accelerator);
  return !primary && !alt;
}

/** DOM key names that Electron's accelerator syntax spells differently. */
const DOM_KEY_ALIASES: Readonly<Record<string, string>> = {
  arrowleft: 'left',
  arrowright: 'right',
  arrowup: 'up',
  arrowdown: 'down',
  escape: 'esc',
  ' ': 'space',
};

export function matchesAccelerator(
  accelerator: string,
  stroke: KeyStroke,
  platform: Platform,
): boolean {
  const wanted = parseAccelerator(accelerator);
  const primaryDown = platform === 'mac' ? stroke.metaKey : stroke.ctrlKey;
  const otherDown = platform === 'mac' ? stroke.ctrlKey : stroke.metaKey;
  if (otherDown || primaryDown !== wanted.primary) return false;
  // A symbol ("?", "/") names the character typed: Shift is part of typing it on one layout and
  // not on another, so it is not asked for (letters, digits and named keys still are).
  const symbol = wanted.key.length === 1 && !/[\p{L}\p{N}]/u.test(wanted.key);
  if (stroke.altKey !== wanted.alt || (!symbol && stroke.shiftKey !== wanted.shift)) return false;
  // With Alt (Option) held, a Mac types another character ("‘" for "]", "å" for "a"): such a
  // shortcut is matched on the physical key.
  const physical = wanted.alt ? physicalKeyOf(wanted.key) : undefined;
  if (physical !== undefined && stroke.code !== undefined) return stroke.code === physical;
  const key = stroke.key.toLowerCase();
  return (DOM_KEY_ALIASES[key] ?? key) === wanted.key;
}

/** The DOM `code` of the key that types `key` on a US layout, for letters, digits and symbols. */
const SYMBOL_CODES: Readonly<Record<string, string>> = {
  '[': 'BracketLeft',
  ']': 'BracketRight',
  '-': 'Minus',
  '=': 'Equal',
  ';': 'Semicolon',
  "'": 'Quote',
  ',': 'Comma',
  '.': 'Period',
  '/': 'Slash',
  '\\': 'Backslash',
  '`': 'Backquote',
};

function physicalKeyOf(key: string): string | undefined {
  if (/^[a-z]$/.test(key)) return `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  return SYMBOL_CODES[key];
}
