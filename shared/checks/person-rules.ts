import type { PersonLoad } from '../analysis';
import type { Project } from '../model/schema';
import { check, type DesignCheck } from './types';

/** Nobody can give more than 100 % of their time across functions. */
export function personRules(project: Project, loads: readonly PersonLoad[]): DesignCheck[] {
  const names = new Map(project.people.map((p) => [p.id, p.name]));
  return loads
    .filter((load) => load.allocationPercent > 100 + 1e-9)
    .map((load) =>
      check(
        'person.over-allocated',
        { kind: 'person', id: load.personId },
        {
          person: names.get(load.personId) ?? '',
          total: load.allocationPercent,
          count: load.functionIds.length,
        },
      ),
    );
}
