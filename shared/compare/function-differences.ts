import type { Link, Project, SalesFunction } from '../model';

/** What about a function differs between two scenarios, by what a sales director asks about. */
export const FUNCTION_ASPECTS = [
  'identity',
  'department',
  'staff',
  'people',
  'lines',
  'tools',
  'kpis',
  'money',
  'demand',
  'steps',
  'links',
] as const;
export type FunctionAspect = (typeof FUNCTION_ASPECTS)[number];

export type FunctionChangeKind = 'added' | 'removed' | 'changed';

export interface FunctionDifference {
  readonly functionId: string;
  readonly kind: FunctionChangeKind;
  /** The function as in the other scenario, or as in the reference when it was removed. */
  readonly fn: SalesFunction;
  /** For a changed function, what changed, in FUNCTION_ASPECTS order; empty otherwise. */
  readonly aspects: readonly FunctionAspect[];
}

/** Deep equality of JSON data (the model holds nothing else). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((key) => Object.hasOwn(rb, key) && same(ra[key], rb[key]));
}

/** The parts of a function each aspect covers; the position on the canvas is not a change. */
const ASPECT_FIELDS: Readonly<
  Record<Exclude<FunctionAspect, 'links'>, readonly (keyof SalesFunction)[]>
> = {
  identity: ['name', 'typeId', 'purpose', 'description', 'status'],
  department: ['groupId'],
  staff: ['roles'],
  people: ['assignments', 'ownerPersonId'],
  lines: ['lines'],
  tools: ['tools'],
  kpis: ['kpis'],
  money: ['financialGoal'],
  demand: ['demand'],
  steps: ['steps'],
};

/** Links of one function, as comparable values (ids of links may differ between scenarios). */
function linksOf(links: readonly Link[], functionId: string): readonly string[] {
  return links
    .filter((link) => link.from === functionId || link.to === functionId)
    .map((link) => `${link.from}\u0000${link.to}\u0000${link.kind}\u0000${link.label}`)
    .sort();
}

function aspectsChanged(
  before: SalesFunction,
  after: SalesFunction,
  reference: Project,
  other: Project,
): FunctionAspect[] {
  const fieldsDiffer = (fields: readonly (keyof SalesFunction)[]) =>
    before !== after && fields.some((field) => !same(before[field], after[field]));
  return FUNCTION_ASPECTS.filter((aspect) => {
    if (aspect === 'links') {
      return !same(linksOf(reference.links, before.id), linksOf(other.links, after.id));
    }
    // A person renamed in the project's list changes what the function shows about its people.
    if (aspect === 'people') {
      return fieldsDiffer(ASPECT_FIELDS.people) || peopleNamesDiffer(after, reference, other);
    }
    return fieldsDiffer(ASPECT_FIELDS[aspect]);
  });
}

/** Whether a person the function names (staff or owner) reads differently in the two lists. */
function peopleNamesDiffer(fn: SalesFunction, reference: Project, other: Project): boolean {
  if (reference.people === other.people) return false;
  const ids = [
    ...fn.assignments.map((a) => a.personId),
    ...(fn.ownerPersonId ? [fn.ownerPersonId] : []),
  ];
  const person = (project: Project, id: string) => project.people.find((p) => p.id === id);
  return ids.some((id) => !same(person(reference, id), person(other, id)));
}

/**
 * The functions added, removed and changed in `other` against `reference` (two scenarios as plain
 * projects, see scenarioProject): added and changed in `other`'s order, then the removed ones in
 * the reference's order. Functions are matched by id: a variant copies its functions with their
 * ids, so a function edited in a variant is the same function.
 */
export function functionDifferences(reference: Project, other: Project): FunctionDifference[] {
  const before = new Map(reference.functions.map((fn) => [fn.id, fn]));
  const afterIds = new Set(other.functions.map((fn) => fn.id));
  const differences: FunctionDifference[] = [];
  for (const fn of other.functions) {
    const was = before.get(fn.id);
    if (!was) {
      differences.push({ functionId: fn.id, kind: 'added', fn, aspects: [] });
      continue;
    }
    const aspects = aspectsChanged(was, fn, reference, other);
    if (aspects.length > 0) differences.push({ functionId: fn.id, kind: 'changed', fn, aspects });
  }
  for (const fn of reference.functions) {
    if (!afterIds.has(fn.id)) {
      differences.push({ functionId: fn.id, kind: 'removed', fn, aspects: [] });
    }
  }
  return differences;
}
