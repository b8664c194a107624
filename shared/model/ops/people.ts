import type { Assignment, Person, Project, SalesFunction } from '../schema';
import { hasId, removeWhere, updateById } from './arrays';
import { mapFunction } from './functions';

export function addPerson(project: Project, person: Person): Project {
  return hasId(project.people, person.id)
    ? project
    : { ...project, people: [...project.people, person] };
}

export function updatePerson(
  project: Project,
  personId: string,
  patch: Partial<Pick<Person, 'name' | 'title'>>,
): Project {
  const people = updateById(project.people, personId, (p) => ({ ...p, ...patch }));
  return people === project.people ? project : { ...project, people };
}

/** Removes a person and every reference to them: ownerships, breach duty, assignments. */
export function removePerson(project: Project, personId: string): Project {
  const people = removeWhere(project.people, (p) => p.id === personId);
  if (people === project.people) return project;
  const clear = (id: string | undefined) => (id === personId ? undefined : id);
  const functions = project.functions.map((fn): SalesFunction => ({
    ...fn,
    ownerPersonId: clear(fn.ownerPersonId),
    financialGoal: { ...fn.financialGoal, ownerPersonId: clear(fn.financialGoal.ownerPersonId) },
    kpis: fn.kpis.map((kpi) => ({
      ...kpi,
      breach: { ...kpi.breach, ownerPersonId: clear(kpi.breach.ownerPersonId) },
    })),
    assignments: fn.assignments.filter((a) => a.personId !== personId),
  }));
  return { ...project, people, functions };
}

/** Assigns a person of the project to a function; a second assignment of the same person is ignored. */
export function assignPerson(
  project: Project,
  functionId: string,
  assignment: Assignment,
): Project {
  if (!hasId(project.people, assignment.personId)) return project;
  return mapFunction(project, functionId, (fn) =>
    fn.assignments.some((a) => a.personId === assignment.personId)
      ? fn
      : { ...fn, assignments: [...fn.assignments, assignment] },
  );
}

export function updateAssignment(
  project: Project,
  functionId: string,
  personId: string,
  patch: Partial<Pick<Assignment, 'roleId' | 'allocationPercent'>>,
): Project {
  return mapFunction(project, functionId, (fn) => ({
    ...fn,
    assignments: fn.assignments.map((a) => (a.personId === personId ? { ...a, ...patch } : a)),
  }));
}

export function unassignPerson(project: Project, functionId: string, personId: string): Project {
  return mapFunction(project, functionId, (fn) => {
    const assignments = removeWhere(fn.assignments, (a) => a.personId === personId);
    return assignments === fn.assignments ? fn : { ...fn, assignments };
  });
}
