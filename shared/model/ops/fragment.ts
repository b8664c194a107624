import type { Link, Person, Position, Project, SalesFunction } from '../schema';

/**
 * A piece of a design that travels through the clipboard: functions, the links among them and
 * the people they refer to, so it can be pasted into another project intact.
 */
export interface Fragment {
  readonly functions: readonly SalesFunction[];
  readonly links: readonly Link[];
  readonly people: readonly Person[];
}

export function copyFragment(project: Project, functionIds: readonly string[]): Fragment {
  const chosen = new Set(functionIds);
  const functions = project.functions.filter((fn) => chosen.has(fn.id));
  const links = project.links.filter((link) => chosen.has(link.from) && chosen.has(link.to));
  const referenced = new Set(functions.flatMap(peopleOf));
  const people = project.people.filter((person) => referenced.has(person.id));
  return { functions, links, people };
}

function peopleOf(fn: SalesFunction): string[] {
  return [
    fn.ownerPersonId,
    fn.financialGoal.ownerPersonId,
    ...fn.assignments.map((a) => a.personId),
    ...fn.kpis.map((k) => k.breach.ownerPersonId),
  ].filter((id): id is string => id !== undefined);
}

/**
 * Inserts a fragment under new ids, offset on the canvas. People the project lacks are added;
 * a group the project lacks is dropped (the functions land ungrouped). Returns the new ids.
 */
export function pasteFragment(
  project: Project,
  fragment: Fragment,
  newId: () => string,
  offset: Position,
): { project: Project; newIds: string[] } {
  if (fragment.functions.length === 0) return { project, newIds: [] };
  const idMap = new Map(fragment.functions.map((fn) => [fn.id, newId()]));
  const groups = new Set(project.groups.map((g) => g.id));
  const known = new Set(project.people.map((p) => p.id));
  const copies = fragment.functions.map((fn): SalesFunction => ({
    ...fn,
    id: idMap.get(fn.id) ?? newId(),
    groupId: fn.groupId !== undefined && groups.has(fn.groupId) ? fn.groupId : undefined,
    position: { x: fn.position.x + offset.x, y: fn.position.y + offset.y },
  }));
  const links = fragment.links.flatMap((link): Link[] => {
    const from = idMap.get(link.from);
    const to = idMap.get(link.to);
    return from && to ? [{ ...link, id: newId(), from, to }] : [];
  });
  return {
    project: {
      ...project,
      functions: [...project.functions, ...copies],
      links: [...project.links, ...links],
      people: [...project.people, ...fragment.people.filter((p) => !known.has(p.id))],
    },
    newIds: copies.map((fn) => fn.id),
  };
}

/**
 * Copies functions (with everything inside them) under new ids, offset on the canvas; links
 * between two copied functions are copied too. Returns the new ids.
 */
export function duplicateFunctions(
  project: Project,
  functionIds: readonly string[],
  newId: () => string,
  offset: Position,
): { project: Project; newIds: string[] } {
  return pasteFragment(project, copyFragment(project, functionIds), newId, offset);
}
