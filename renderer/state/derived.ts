import { analyzeProject, type FunctionAnalysis, type ProjectAnalysis } from '../../shared/analysis';
import { runChecks, type DesignCheck } from '../../shared/checks';
import type { Link, Project, SalesFunction } from '../../shared/model';
import { functionDisplayName } from '../../shared/catalog';
import { useT, useWorkbenchState } from '../app/workbench-context';

/**
 * Analysis and checks are derived from the document, never stored. Each is computed once per
 * project version (the document is immutable, so its reference is its version).
 */
const analyses = new WeakMap<Project, ProjectAnalysis>();
const checkLists = new WeakMap<Project, readonly DesignCheck[]>();
const checksByFunction = new WeakMap<readonly DesignCheck[], ReadonlyMap<string, DesignCheck[]>>();
const indexes = new WeakMap<readonly { readonly id: string }[], ReadonlyMap<string, unknown>>();
const NO_CHECKS: readonly DesignCheck[] = [];

export function analysisOf(project: Project): ProjectAnalysis {
  let analysis = analyses.get(project);
  if (!analysis) {
    analysis = analyzeProject(project);
    analyses.set(project, analysis);
  }
  return analysis;
}

export function checksOf(project: Project): readonly DesignCheck[] {
  let checks = checkLists.get(project);
  if (!checks) {
    checks = runChecks(project, analysisOf(project));
    checkLists.set(project, checks);
  }
  return checks;
}

/** The checks that concern one function (its own, its KPIs' and its lines'). */
export function checksOfFunction(project: Project, functionId: string): readonly DesignCheck[] {
  const checks = checksOf(project);
  let index = checksByFunction.get(checks);
  if (!index) {
    const map = new Map<string, DesignCheck[]>();
    for (const check of checks) {
      const key =
        check.target.functionId ?? (check.target.kind === 'function' ? check.target.id : '');
      if (!key) continue;
      map.set(key, [...(map.get(key) ?? []), check]);
    }
    index = map;
    checksByFunction.set(checks, index);
  }
  return index.get(functionId) ?? NO_CHECKS;
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

export const useLink = (id: string): Link | undefined =>
  useWorkbenchState((s) => byId(s.project.links, id));

export const useAnalysis = (): ProjectAnalysis => useWorkbenchState((s) => analysisOf(s.project));

export const useChecks = (): readonly DesignCheck[] =>
  useWorkbenchState((s) => checksOf(s.project));

export const useFunctionAnalysis = (id: string): FunctionAnalysis | undefined =>
  useWorkbenchState((s) => analysisOf(s.project).byFunctionId.get(id));

export const useFunctionChecks = (id: string): readonly DesignCheck[] =>
  useWorkbenchState((s) => checksOfFunction(s.project, id));

export const useFunction = (id: string): SalesFunction | undefined =>
  useWorkbenchState((s) => functionById(s.project, id));

/** A function's name as shown; the caller redraws when the name changes, not on other edits. */
export const useFunctionName = (id: string): string => {
  const t = useT();
  return useWorkbenchState((s) => {
    const fn = functionById(s.project, id);
    return fn ? functionDisplayName(fn, t) : '';
  });
};
