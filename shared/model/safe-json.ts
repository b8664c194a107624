import { jsonPath, type FileError } from './json-path';
import { FORBIDDEN_KEYS } from './primitives';

/**
 * The first own key anywhere in `value` that names a prototype (`__proto__`, `constructor`,
 * `prototype`). A project file never contains one; refusing it up front means no later step —
 * migration, spreading, validation — can be tricked into touching a prototype. Iterative, so a
 * deeply nested document cannot overflow the stack.
 */
export function findForbiddenKey(value: unknown): FileError | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (Array.isArray(item.value)) {
      const path = item.path;
      item.value.forEach((child: unknown, i) => stack.push({ value: child, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(item.value)) {
      const path = [...item.path, key];
      if (FORBIDDEN_KEYS.has(key)) {
        return { path: jsonPath(path), message: `the key "${key}" is not allowed` };
      }
      stack.push({ value: (item.value as Record<string, unknown>)[key], path });
    }
  }
  return undefined;
}
