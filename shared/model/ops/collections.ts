import type { Kpi, PhoneLine, ProcessStep, Project, Role, SalesFunction, Tool } from '../schema';
import { hasId, moveById, removeWhere, updateById } from './arrays';
import { mapFunction } from './functions';

/** The ordered lists inside a function whose items have their own id. */
interface Collections {
  steps: ProcessStep;
  roles: Role;
  lines: PhoneLine;
  tools: Tool;
  kpis: Kpi;
}
type CollectionKey = keyof Collections;

/** add / update / remove / move for one list of a function; one implementation for all lists. */
function collectionOps<K extends CollectionKey>(key: K) {
  type Item = Collections[K];
  // TypeScript cannot relate SalesFunction[K] to Collections[K][] for a generic K; they are equal.
  const list = (fn: SalesFunction) => fn[key] as unknown as readonly Item[];
  const withList = (fn: SalesFunction, items: Item[]): SalesFunction =>
    items === fn[key] ? fn : { ...fn, [key]: items };

  return {
    /** Inserts at `index` (default: the end); an id already in the list is ignored. */
    add(project: Project, functionId: string, item: Item, index?: number): Project {
      return mapFunction(project, functionId, (fn) => {
        const items = list(fn);
        if (hasId(items, item.id)) return fn;
        const next = [...items];
        next.splice(index ?? next.length, 0, item);
        return withList(fn, next);
      });
    },
    update(
      project: Project,
      functionId: string,
      itemId: string,
      patch: Partial<Omit<Item, 'id'>>,
    ): Project {
      return mapFunction(project, functionId, (fn) =>
        withList(
          fn,
          updateById(list(fn), itemId, (item) => ({ ...item, ...patch })),
        ),
      );
    },
    remove(project: Project, functionId: string, itemId: string): Project {
      return mapFunction(project, functionId, (fn) => {
        const next = withList(
          fn,
          removeWhere(list(fn), (item) => item.id === itemId),
        );
        // A removed role takes the link from its assigned people with it.
        return key === 'roles' && next !== fn
          ? {
              ...next,
              assignments: next.assignments.map((a) =>
                a.roleId === itemId ? { ...a, roleId: undefined } : a,
              ),
            }
          : next;
      });
    },
    move(project: Project, functionId: string, itemId: string, toIndex: number): Project {
      return mapFunction(project, functionId, (fn) =>
        withList(fn, moveById(list(fn), itemId, toIndex)),
      );
    },
  };
}

const steps = collectionOps('steps');
const roles = collectionOps('roles');
const lines = collectionOps('lines');
const tools = collectionOps('tools');
const kpis = collectionOps('kpis');

export const { add: addStep, update: updateStep, remove: removeStep, move: moveStep } = steps;
export const { add: addRole, update: updateRole, remove: removeRole, move: moveRole } = roles;
export const { add: addLine, update: updateLine, remove: removeLine, move: moveLine } = lines;
export const { add: addTool, update: updateTool, remove: removeTool, move: moveTool } = tools;
export const { add: addKpi, update: updateKpi, remove: removeKpi, move: moveKpi } = kpis;
