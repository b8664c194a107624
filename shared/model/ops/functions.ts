import type { Demand, FinancialGoal, Position, Project, SalesFunction } from '../schema';
import { hasId, removeWhere, updateById } from './arrays';

/** Fields of a function edited directly in the inspector; lists have their own operations. */
export type FunctionPatch = Partial<
  Pick<
    SalesFunction,
    'name' | 'typeId' | 'purpose' | 'description' | 'status' | 'ownerPersonId' | 'demand'
  >
>;

/** Applies `update` to one function; the project is returned as is when nothing changed. */
export function mapFunction(
  project: Project,
  functionId: string,
  update: (fn: SalesFunction) => SalesFunction,
): Project {
  const functions = updateById(project.functions, functionId, update);
  return functions === project.functions ? project : { ...project, functions };
}

/** Adds a function (see catalog/createFunction); a duplicate id is ignored. */
export function addFunction(project: Project, fn: SalesFunction): Project {
  if (hasId(project.functions, fn.id)) return project;
  return { ...project, functions: [...project.functions, fn] };
}

export function updateFunction(
  project: Project,
  functionId: string,
  patch: FunctionPatch,
): Project {
  return mapFunction(project, functionId, (fn) => ({ ...fn, ...patch }));
}

export function updateFinancialGoal(
  project: Project,
  functionId: string,
  patch: Partial<FinancialGoal>,
): Project {
  return mapFunction(project, functionId, (fn) => ({
    ...fn,
    financialGoal: { ...fn.financialGoal, ...patch },
  }));
}

/** Sets demand fields; a function without demand gets one. `undefined` removes the demand. */
export function updateDemand(
  project: Project,
  functionId: string,
  patch: Partial<Demand> | undefined,
): Project {
  return mapFunction(project, functionId, (fn) => ({
    ...fn,
    demand: patch === undefined ? undefined : { ...fn.demand, ...patch },
  }));
}

/** Removes functions and every link that touches them. */
export function removeFunctions(project: Project, functionIds: readonly string[]): Project {
  const doomed = new Set(functionIds);
  const functions = removeWhere(project.functions, (fn) => doomed.has(fn.id));
  if (functions === project.functions) return project;
  const links = removeWhere(project.links, (link) => doomed.has(link.from) || doomed.has(link.to));
  return { ...project, functions, links };
}

/** Moves functions by (dx, dy) canvas units; groups follow because their bounds are derived. */
export function moveFunctions(
  project: Project,
  functionIds: readonly string[],
  dx: number,
  dy: number,
): Project {
  if (dx === 0 && dy === 0) return project;
  const moving = new Set(functionIds);
  let changed = false;
  const functions = project.functions.map((fn) => {
    if (!moving.has(fn.id)) return fn;
    changed = true;
    return { ...fn, position: { x: fn.position.x + dx, y: fn.position.y + dy } };
  });
  return changed ? { ...project, functions } : project;
}

/** Places functions at absolute positions (e.g. from an auto-layout); unknown ids are ignored. */
export function setFunctionPositions(
  project: Project,
  positions: readonly { readonly id: string; readonly position: Position }[],
): Project {
  const byId = new Map(positions.map((p) => [p.id, p.position]));
  let changed = false;
  const functions = project.functions.map((fn) => {
    const position = byId.get(fn.id);
    if (!position || (position.x === fn.position.x && position.y === fn.position.y)) return fn;
    changed = true;
    return { ...fn, position: { x: position.x, y: position.y } };
  });
  return changed ? { ...project, functions } : project;
}
