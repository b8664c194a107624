import { checkIntegrity } from './integrity';
import { jsonPath, type FileError } from './json-path';
import { scenarioLabel } from './scenario-rules';
import {
  BASELINE_SCENARIO_ID,
  designOf,
  designOfProject,
  scenarioSetOf,
  switchScenario,
  type Design,
  type Scenario,
} from './scenarios';
import type { DesignChanges, Project, ProjectFile } from './schema';

/**
 * The top-level keys of a project file, in the order they are written: the schema's keys, then
 * the scenarios (test/unit/model/seal.test.ts holds the two together). A list of its own so that
 * the writer runs without the schema, which the browser edition loads only when it validates.
 */
export const PROJECT_FILE_KEYS = [
  'schemaVersion',
  'id',
  'name',
  'company',
  'author',
  'currency',
  'language',
  'planningPeriod',
  'settings',
  'createdAt',
  'updatedAt',
  'functions',
  'links',
  'groups',
  'people',
  'presentationOrder',
  'scenarios',
] as const;

/**
 * The two forms of a project with scenarios. In a file the top level is the baseline's design
 * and each variant is stored as its changes against it (docs/file-format.md, Scenarios); in
 * memory the top level is the active scenario's design and every other scenario's design is
 * whole, sharing each unchanged object with the baseline (shared/model/scenarios.ts). These
 * are the only conversions between the two: the one reader and the one writer call them.
 */

type Entity = { readonly id: string };

/** A variant's changes to one collection (the file's `set` / `removed` / `order`). */
interface CollectionChanges<T extends Entity> {
  set?: T[];
  removed?: string[];
  order?: string[];
}

const COLLECTIONS = ['functions', 'links', 'groups', 'people'] as const;
type Collection = (typeof COLLECTIONS)[number];

/**
 * Equality of two JSON values: the same object, or the same keys with equal values. Keys whose
 * value is undefined count as absent (JSON drops them); the order of keys does not matter.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameJson(item, b[index]));
  }
  const aKeys = definedKeys(a);
  const bKeys = definedKeys(b);
  if (aKeys.length !== bKeys.length) return false;
  const bRecord = b as Record<string, unknown>;
  const aRecord = a as Record<string, unknown>;
  return aKeys.every((key) => key in bRecord && sameJson(aRecord[key], bRecord[key]));
}

function definedKeys(object: object): string[] {
  return Object.entries(object)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
}

/** The same elements (ids, objects) in the same order. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** The ids in the order changes imply: the baseline's minus removed, added appended. */
function impliedOrder<T extends Entity>(
  base: readonly T[],
  removed: ReadonlySet<string>,
  set: readonly T[],
): string[] {
  const inBase = new Set(base.map((item) => item.id));
  return [
    ...base.filter((item) => !removed.has(item.id)).map((item) => item.id),
    ...set.filter((item) => !inBase.has(item.id)).map((item) => item.id),
  ];
}

function diffCollection<T extends Entity>(
  base: readonly T[],
  variant: readonly T[],
): CollectionChanges<T> | undefined {
  if (base === variant) return undefined;
  const baseById = new Map(base.map((item) => [item.id, item]));
  const variantIds = new Set(variant.map((item) => item.id));
  const set = variant.filter((item) => {
    const before = baseById.get(item.id);
    return before === undefined || !sameJson(before, item);
  });
  const removed = base.filter((item) => !variantIds.has(item.id)).map((item) => item.id);
  const order = variant.map((item) => item.id);
  const changes: CollectionChanges<T> = {};
  if (set.length > 0) changes.set = set;
  if (removed.length > 0) changes.removed = removed;
  if (!sameItems(impliedOrder(base, new Set(removed), set), order)) changes.order = order;
  return Object.keys(changes).length > 0 ? changes : undefined;
}

/** A variant's design as its changes against the baseline's: what the file stores. */
export function diffDesign(baseline: Design, variant: Design): DesignChanges {
  const changes: DesignChanges = {};
  for (const key of COLLECTIONS) {
    // Each collection is typed alike; the union of four array types defeats inference.
    const diff = diffCollection<Entity>(baseline[key], variant[key]);
    if (diff) (changes as Record<Collection, CollectionChanges<Entity>>)[key] = diff;
  }
  const before = baseline.presentationOrder;
  const after = variant.presentationOrder;
  const same =
    before === after || (before !== undefined && after !== undefined && sameItems(before, after));
  if (!same) changes.presentationOrder = after ?? null;
  return changes;
}

type Refusal = { readonly path: (string | number)[]; readonly message: string };

function materialiseCollection<T extends Entity>(
  base: readonly T[],
  changes: CollectionChanges<T> | undefined,
): { readonly items: readonly T[] } | Refusal {
  if (!changes) return { items: base };
  const { set = [], removed = [], order } = changes;
  const setById = new Map<string, T>();
  for (const [index, item] of set.entries()) {
    if (setById.has(item.id)) {
      return { path: ['set', index, 'id'], message: `the id "${item.id}" is set twice` };
    }
    setById.set(item.id, item);
  }
  const inBase = new Set(base.map((item) => item.id));
  const removedIds = new Set<string>();
  for (const [index, id] of removed.entries()) {
    if (!inBase.has(id)) {
      return { path: ['removed', index], message: `removes "${id}", which the baseline lacks` };
    }
    if (setById.has(id) || removedIds.has(id)) {
      return { path: ['removed', index], message: `"${id}" is removed and set, or removed twice` };
    }
    removedIds.add(id);
  }
  const items = [
    ...base.filter((item) => !removedIds.has(item.id)).map((item) => setById.get(item.id) ?? item),
    ...set.filter((item) => !inBase.has(item.id)),
  ];
  if (order === undefined) return { items };
  const byId = new Map(items.map((item) => [item.id, item]));
  const ordered = order.flatMap((id) => {
    const item = byId.get(id);
    byId.delete(id);
    return item ? [item] : [];
  });
  if (ordered.length !== items.length || order.length !== items.length) {
    return { path: ['order'], message: 'the order does not list each id of the result once' };
  }
  return { items: ordered };
}

/**
 * The baseline with a variant's changes applied. Unchanged objects (and unchanged collections)
 * are the baseline's own: structural sharing, so a variant costs in memory what it changes.
 */
export function materialiseDesign(
  baseline: Design,
  changes: DesignChanges,
): { readonly ok: true; readonly design: Design } | ({ readonly ok: false } & Refusal) {
  const design: Record<string, unknown> = {};
  for (const key of COLLECTIONS) {
    const result = materialiseCollection<Entity>(baseline[key], changes[key]);
    if (!('items' in result)) return { ok: false, ...result, path: [key, ...result.path] };
    design[key] = result.items;
  }
  const order =
    changes.presentationOrder === undefined
      ? baseline.presentationOrder
      : (changes.presentationOrder ?? undefined);
  if (order !== undefined) design.presentationOrder = order;
  return { ok: true, design: design as unknown as Design };
}

/**
 * A project as a file stores it: the baseline's design on the top level, keys in the
 * documented order, each variant as its changes. The plain JSON of the one writer.
 */
export function projectFileOf(project: Project): ProjectFile {
  const baseline = designOf(project, BASELINE_SCENARIO_ID) ?? designOfProject(project);
  const source: Record<string, unknown> = { ...project, ...baseline };
  if (baseline.presentationOrder === undefined) delete source.presentationOrder;
  const set = project.scenarios;
  if (set) {
    source.scenarios = {
      active: set.activeId,
      list: set.list.map((scenario, index) => {
        const entry = {
          id: scenario.id,
          name: scenario.name,
          ...(scenario.recommended ? { recommended: true } : {}),
        };
        const design = designOf(project, scenario.id);
        return index === 0 || !design ? entry : { ...entry, changes: diffDesign(baseline, design) };
      }),
    };
  }
  const file: Record<string, unknown> = {};
  for (const key of PROJECT_FILE_KEYS) if (source[key] !== undefined) file[key] = source[key];
  return file as ProjectFile;
}

/**
 * A validated file as a project in memory: each variant materialised from the baseline and its
 * references checked, then the active one put on the top level. A refusal names the scenario.
 */
export function projectFromFile(
  file: ProjectFile,
): { readonly ok: true; readonly project: Project } | { readonly ok: false; errors: FileError[] } {
  const { scenarios, ...top } = file;
  if (!scenarios) return { ok: true, project: top };
  const baseline = designOfProject(top);
  const errors: FileError[] = [];
  const list = scenarios.list.map((entry, index): Scenario => {
    const { changes, ...scenario } = entry;
    if (index === 0 || !changes) return scenario;
    const at = ['scenarios', 'list', index];
    const label = scenarioLabel(entry);
    const made = materialiseDesign(baseline, changes);
    if (!made.ok) {
      errors.push({
        path: jsonPath([...at, 'changes', ...made.path]),
        message: `${label}: ${made.message}`,
      });
      return scenario;
    }
    for (const issue of checkIntegrity(made.design)) {
      const [collection, position, ...rest] = issue.path;
      const item = whereIn(made.design, collection, position);
      errors.push({
        path: jsonPath([...at, 'changes', ...(collection === undefined ? [] : [collection])]),
        message: `${label}: ${item}${rest.length > 0 ? ` ${rest.join('.')}` : ''}: ${issue.message}`,
      });
    }
    return { ...scenario, design: made.design };
  });
  if (errors.length > 0) return { ok: false, errors };
  const withBaselineActive: Project = {
    ...top,
    scenarios: { activeId: BASELINE_SCENARIO_ID, list },
  };
  return { ok: true, project: switchScenario(withBaselineActive, scenarios.active) };
}

/**
 * `next`, a version of `previous` read again (a restored version, the project reloaded after the
 * library changed it), with every element of its designs that equals one of `previous`'s (same
 * id, same JSON) replaced by that object, and every collection that then holds only objects of
 * one of `previous`'s collections, in its order, replaced by that array. What did not change
 * keeps its objects, as after an edit or a scenario switch: the analysis and checks of an
 * unchanged function are not worked out again, and its card does not redraw.
 */
export function shareUnchanged(previous: Project, next: Project): Project {
  const before = scenarioSetOf(previous).list.flatMap((scenario) => {
    const design = designOf(previous, scenario.id);
    return design ? [design] : [];
  });
  const share = (design: Design): Design => {
    const shared: Record<string, unknown> = { ...design };
    for (const key of COLLECTIONS) {
      // Each collection is typed alike; the union of four array types defeats inference.
      shared[key] = shareCollection<Entity>(
        before.map((old) => old[key]),
        design[key],
      );
    }
    return shared as unknown as Design;
  };
  const top = share(designOfProject(next));
  const set = next.scenarios;
  return {
    ...next,
    ...top,
    ...(set && {
      scenarios: {
        ...set,
        list: set.list.map((scenario) =>
          scenario.design ? { ...scenario, design: share(scenario.design) } : scenario,
        ),
      },
    }),
  };
}

function shareCollection<T extends Entity>(
  previous: readonly (readonly T[])[],
  items: readonly T[],
): readonly T[] {
  const pool = new Map<string, T[]>();
  for (const list of previous) {
    for (const item of list) {
      const same = pool.get(item.id);
      if (!same) pool.set(item.id, [item]);
      else if (!same.includes(item)) same.push(item);
    }
  }
  const shared = items.map((item) => pool.get(item.id)?.find((old) => sameJson(old, item)) ?? item);
  return previous.find((list) => sameItems(list, shared)) ?? shared;
}

/** An element of a materialised design named by its id, as a refusal names it. */
function whereIn(design: Design, collection: unknown, position: unknown): string {
  const items = COLLECTIONS.find((key) => key === collection);
  const id = items && typeof position === 'number' ? design[items][position]?.id : undefined;
  return id === undefined ? String(collection) : `${String(collection)} "${id}"`;
}
