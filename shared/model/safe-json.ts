import { jsonPath, type FileError } from './json-path';
import { FORBIDDEN_KEYS } from './ids';

/**
 * Deepest nesting a project document may have. A real project is about 6 levels deep
 * (project › functions › function › kpis › kpi › measurement); anything far deeper is not a
 * project, and refusing it bounds the work of every later step.
 */
export const MAX_JSON_DEPTH = 64;

/** One node of the walk: where it hangs, so a path is built only for the node reported. */
interface Visit {
  readonly value: unknown;
  readonly depth: number;
  readonly parent: Visit | undefined;
  readonly key: PropertyKey | undefined;
}

function pathOf(visit: Visit): string {
  const keys: PropertyKey[] = [];
  for (let at: Visit | undefined = visit; at?.parent !== undefined; at = at.parent) {
    if (at.key !== undefined) keys.push(at.key);
  }
  return jsonPath(keys.reverse());
}

/**
 * The first reason `value` cannot be a project document's JSON: an own key that names a
 * prototype (`__proto__`, `constructor`, `prototype`), or nesting deeper than MAX_JSON_DEPTH.
 * Refusing these up front means no later step — migration, spreading, validation — can be
 * tricked into touching a prototype or recursing without end. Linear in the size of the
 * document: each node is visited once and holds only a link to its parent (a path is built for
 * the one node reported); iterative, so no nesting can overflow the stack.
 */
export function findUnsafeJson(value: unknown): FileError | undefined {
  const stack: Visit[] = [{ value, depth: 0, parent: undefined, key: undefined }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const node = visit.value;
    if (typeof node !== 'object' || node === null) continue;
    if (visit.depth >= MAX_JSON_DEPTH) {
      return {
        code: 'too-deep',
        path: pathOf(visit),
        message: `nested more than ${MAX_JSON_DEPTH} levels deep`,
      };
    }
    const parent = visit;
    const depth = visit.depth + 1;
    // Only objects and arrays are visited: a scalar has nothing below it.
    const visitChild = (child: unknown, key: PropertyKey) => {
      if (typeof child === 'object' && child !== null)
        stack.push({ value: child, depth, parent, key });
    };
    if (Array.isArray(node)) {
      node.forEach(visitChild);
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) {
        return {
          code: 'forbidden-key',
          path: pathOf({ value: undefined, depth, parent, key }),
          message: `the key "${key}" is not allowed`,
        };
      }
      visitChild((node as Record<string, unknown>)[key], key);
    }
  }
  return undefined;
}
