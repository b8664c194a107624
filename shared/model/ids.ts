/** Keys that could reach an object's prototype if ever used as a property name. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** The longest id. */
export const ID_MAX_LENGTH = 100;

/** The characters of an id. */
export const ID_PATTERN = /^[\w-]+$/;

/**
 * Whether `value` is an element id: short, URL- and file-name-safe, not a prototype-related
 * name (so an id can be used as a record key without surprises). The schema's idSchema says the
 * same with messages; this is the check for code that runs without the schema (the library
 * index, the recent list).
 */
export function isId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= 1 &&
    value.length <= ID_MAX_LENGTH &&
    ID_PATTERN.test(value) &&
    !FORBIDDEN_KEYS.has(value)
  );
}
