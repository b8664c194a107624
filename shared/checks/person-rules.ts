import type { PersonLoad } from '../analysis';
import type { Project } from '../model/schema';
import { check, type DesignCheck } from './types';

/** Nobody can give more than 100 % of their time across functions; the finding names them. */
export function personRules(project: Project, loads: readonly PersonLoad[]): DesignCheck[] {
  const names = new Map(project.people.map((p) => [p.id, p.name]));
  const functionNames = new Map(project.functions.map((fn) => [fn.id, fn.name]));
  return loads
    .filter((load) => load.allocationPercent > 100 + 1e-9)
    .map((load) =>
      check(
        'person.over-allocated',
        { kind: 'person', id: load.personId },
        {
          person: names.get(load.personId) ?? '',
          total: load.allocationPercent,
          functions: load.functionIds.map((id) => functionNames.get(id) ?? ''),
        },
      ),
    );
}
