import type { Project } from './schema';

export interface IntegrityIssue {
  readonly path: (string | number)[];
  readonly message: string;
}

type Path = (string | number)[];

/**
 * References between elements that a per-field schema cannot see: unique ids, links between
 * existing functions, and people, groups and roles that exist. A file that breaks one of these
 * was edited by hand or damaged; reading it anyway would let the checks point at nothing.
 */
export function checkIntegrity(
  project: Pick<Project, 'functions' | 'links' | 'groups' | 'people'>,
): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const refuse = (path: Path, message: string) => issues.push({ path, message });

  const people = uniqueIds(project.people, ['people'], refuse);
  const groups = uniqueIds(project.groups, ['groups'], refuse);
  const functions = uniqueIds(project.functions, ['functions'], refuse);
  uniqueIds(project.links, ['links'], refuse);

  const person = (id: string | undefined, path: Path) => {
    if (id !== undefined && !people.has(id)) refuse(path, `no person with id "${id}"`);
  };

  project.functions.forEach((fn, i) => {
    const at = (...rest: Path): Path => ['functions', i, ...rest];
    if (fn.groupId !== undefined && !groups.has(fn.groupId)) {
      refuse(at('groupId'), `no group with id "${fn.groupId}"`);
    }
    person(fn.ownerPersonId, at('ownerPersonId'));
    person(fn.financialGoal.ownerPersonId, at('financialGoal', 'ownerPersonId'));
    uniqueIds(fn.steps, at('steps'), refuse);
    const roles = uniqueIds(fn.roles, at('roles'), refuse);
    uniqueIds(fn.lines, at('lines'), refuse);
    uniqueIds(fn.tools, at('tools'), refuse);
    uniqueIds(fn.kpis, at('kpis'), refuse);
    fn.kpis.forEach((kpi, k) =>
      person(kpi.breach.ownerPersonId, at('kpis', k, 'breach', 'ownerPersonId')),
    );
    const assigned = new Set<string>();
    fn.assignments.forEach((assignment, a) => {
      person(assignment.personId, at('assignments', a, 'personId'));
      if (assigned.has(assignment.personId)) {
        refuse(at('assignments', a, 'personId'), 'the person is assigned to this function twice');
      }
      assigned.add(assignment.personId);
      if (assignment.roleId !== undefined && !roles.has(assignment.roleId)) {
        refuse(at('assignments', a, 'roleId'), `no role with id "${assignment.roleId}"`);
      }
    });
  });

  project.links.forEach((link, i) => {
    if (!functions.has(link.from))
      refuse(['links', i, 'from'], `no function with id "${link.from}"`);
    if (!functions.has(link.to)) refuse(['links', i, 'to'], `no function with id "${link.to}"`);
    if (link.from === link.to)
      refuse(['links', i, 'to'], 'a link cannot join a function to itself');
  });
  return issues;
}

function uniqueIds(
  items: readonly { id: string }[],
  path: Path,
  refuse: (path: Path, message: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) refuse([...path, i, 'id'], `the id "${item.id}" is used twice`);
    seen.add(item.id);
  });
  return seen;
}
