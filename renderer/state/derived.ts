import type { FunctionAnalysis, ProjectAnalysis } from '../../shared/analysis';
import {
  evaluationOf,
  worstSeverity,
  type CheckParams,
  type DesignCheck,
} from '../../shared/checks';
import type { Link, Person, Project, SalesFunction } from '../../shared/model';
import { useDisplay, useWorkbenchState } from './workbench-context';

/**
 * Analysis and checks are derived from the document, never stored (evaluationOf: once per
 * project version, and within it only the functions an edit touched are analysed and checked
 * again): one edit costs what it changes, and every other card keeps the very objects it
 * showed, so it does not redraw.
 */
const checksByFunction = new WeakMap<
  readonly DesignCheck[],
  ReadonlyMap<string, readonly DesignCheck[]>
>();
const indexes = new WeakMap<readonly { readonly id: string }[], ReadonlyMap<string, unknown>>();
const NO_CHECKS: readonly DesignCheck[] = [];

export const analysisOf = (project: Project): ProjectAnalysis => evaluationOf(project).analysis;

export const checksOf = (project: Project): readonly DesignCheck[] => evaluationOf(project).checks;

/** The per-function lists of the last project checked; unchanged lists are handed on. */
let lastIndex: ReadonlyMap<string, readonly DesignCheck[]> = new Map();

/** The checks that concern one function (its own, its KPIs' and its lines'). */
export function checksOfFunction(project: Project, functionId: string): readonly DesignCheck[] {
  const checks = checksOf(project);
  let index = checksByFunction.get(checks);
  if (!index) {
    index = indexByFunction(checks, lastIndex);
    checksByFunction.set(checks, index);
    lastIndex = index;
  }
  return index.get(functionId) ?? NO_CHECKS;
}

/**
 * What a card shows of its checks: the worst severity. A card reads this, not the list, so a
 * finding that changes only its wording (another function renamed in the list of a person's
 * functions, a scenario switch) does not redraw it.
 */
export function severityOfFunction(project: Project, functionId: string): FunctionSeverity {
  return worstSeverity(checksOfFunction(project, functionId));
}

type FunctionSeverity = ReturnType<typeof worstSeverity>;

/**
 * Groups checks by the function they concern. Where a function's list equals the one it had
 * before (line and person checks are made anew on every run), the earlier array is kept, so
 * the card's selector sees no change.
 */
function indexByFunction(
  checks: readonly DesignCheck[],
  previous: ReadonlyMap<string, readonly DesignCheck[]>,
): ReadonlyMap<string, readonly DesignCheck[]> {
  const grouped = new Map<string, DesignCheck[]>();
  for (const check of checks) {
    const key =
      check.target.functionId ?? (check.target.kind === 'function' ? check.target.id : '');
    if (!key) continue;
    const list = grouped.get(key);
    if (list) list.push(check);
    else grouped.set(key, [check]);
  }
  const index = new Map<string, readonly DesignCheck[]>();
  for (const [key, list] of grouped) {
    const before = previous.get(key);
    index.set(key, before && sameChecks(before, list) ? before : list);
  }
  return index;
}

function sameChecks(a: readonly DesignCheck[], b: readonly DesignCheck[]): boolean {
  return a.length === b.length && a.every((check, i) => sameCheck(check, b[i]));
}

function sameCheck(a: DesignCheck, b: DesignCheck | undefined): boolean {
  if (a === b) return true;
  if (!b || a.id !== b.id || a.target.kind !== b.target.kind || a.target.id !== b.target.id) {
    return false;
  }
  const keys = Object.keys(a.params);
  return (
    keys.length === Object.keys(b.params).length &&
    keys.every((key) => sameValue(a.params[key], b.params[key]))
  );
}

/** Lists of names are made anew on each run: equal when their names are. */
function sameValue(a: CheckParams[string] | undefined, b: CheckParams[string] | undefined) {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => item === b[i]);
  }
  return a === b;
}

/**
 * An element of a list by its id, in constant time: each card and link reads its own element on
 * every store change, so a linear search would make every edit quadratic in the design's size.
 * The index is built once per list version (lists are immutable).
 */
function byId<T extends { readonly id: string }>(items: readonly T[], id: string): T | undefined {
  let index = indexes.get(items) as ReadonlyMap<string, T> | undefined;
  if (!index) {
    index = new Map(items.map((item) => [item.id, item]));
    indexes.set(items, index);
  }
  return index.get(id);
}

export function functionById(project: Project, id: string): SalesFunction | undefined {
  return byId(project.functions, id);
}

export function personById(project: Project, id: string): Person | undefined {
  return byId(project.people, id);
}

export function linkById(project: Project, id: string): Link | undefined {
  return byId(project.links, id);
}

export const useLink = (id: string): Link | undefined =>
  useWorkbenchState((s) => linkById(s.project, id));

export const useAnalysis = (): ProjectAnalysis => useWorkbenchState((s) => analysisOf(s.project));

export const useChecks = (): readonly DesignCheck[] =>
  useWorkbenchState((s) => checksOf(s.project));

export const useFunctionAnalysis = (id: string): FunctionAnalysis | undefined =>
  useWorkbenchState((s) => analysisOf(s.project).byFunctionId.get(id));

export const useFunctionChecks = (id: string): readonly DesignCheck[] =>
  useWorkbenchState((s) => checksOfFunction(s.project, id));

export const useFunction = (id: string): SalesFunction | undefined =>
  useWorkbenchState((s) => functionById(s.project, id));

/** A function's name as shown (its kind's name when it has none of its own); '' when it is gone. */
export const useFunctionName = (id: string): string => {
  const display = useDisplay();
  return useWorkbenchState((s) => {
    const fn = functionById(s.project, id);
    return fn ? display.functionName(fn) : '';
  });
};
