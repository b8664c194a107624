import type { PersonLoad } from '../analysis';
import type { Project } from '../model/schema';
import { check, type DesignCheck } from './types';

/** Nobody can give more than 100 % of their time across functions; the finding names them. */
export function personRules(project: Project, loads: readonly PersonLoad[]): DesignCheck[] {
  const { names, functionNames } = namesOf(project);
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

/**
 * Someone in a role marked dedicated works for that function alone: a person who is also
 * assigned elsewhere makes the role shared in fact. The finding is in the function with the
 * dedicated role and names the others.
 */
export function dedicatedPersonRules(
  project: Project,
  loads: readonly PersonLoad[],
): DesignCheck[] {
  const { names, functionNames } = namesOf(project);
  const loadOf = new Map(loads.map((load) => [load.personId, load]));
  // A person's functions and their names, once per person: each finding of a person shared by
  // many functions lists all the others, a copy of that list without its own function.
  const workOf = new Map<string, { ids: readonly string[]; labels: readonly string[] }>();
  const othersOf = (personId: string, functionId: string): string[] => {
    let work = workOf.get(personId);
    if (!work) {
      const ids = loadOf.get(personId)?.functionIds ?? [];
      work = { ids, labels: ids.map((id) => functionNames.get(id) ?? '') };
      workOf.set(personId, work);
    }
    const { ids, labels } = work;
    const at = ids.indexOf(functionId);
    if (at >= 0 && ids.indexOf(functionId, at + 1) >= 0) {
      return labels.filter((_, i) => ids[i] !== functionId);
    }
    const others = labels.slice();
    if (at >= 0) others.splice(at, 1);
    return others;
  };
  return project.functions.flatMap((fn) =>
    fn.assignments.flatMap((assignment) => {
      const role = fn.roles.find((r) => r.id === assignment.roleId);
      if (!role?.dedicated) return [];
      const others = othersOf(assignment.personId, fn.id);
      if (others.length === 0) return [];
      return [
        check(
          'person.dedicated-elsewhere',
          { kind: 'person', id: assignment.personId, functionId: fn.id },
          {
            person: names.get(assignment.personId) ?? '',
            function: fn.name,
            role: role.title,
            functions: others,
          },
        ),
      ];
    }),
  );
}

function namesOf(project: Project) {
  return {
    names: new Map(project.people.map((p) => [p.id, p.name])),
    functionNames: new Map(project.functions.map((fn) => [fn.id, fn.name])),
  };
}
