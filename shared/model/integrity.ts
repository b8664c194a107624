import type { Project, SalesFunction } from './schema';

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

  project.functions.forEach((fn, i) => {
    for (const issue of functionIssues(fn, project, people, groups)) {
      refuse(['functions', i, ...issue.path], issue.message);
    }
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

/**
 * A function's own issues, paths from the function, kept per function object while the people
 * and groups it may name are the same arrays: the designs of a project's scenarios share every
 * function they do not change, so checking the variants of a project read from its file costs
 * what they change.
 */
const checkedFunctions = new WeakMap<
  SalesFunction,
  {
    readonly people: Project['people'];
    readonly groups: Project['groups'];
    readonly issues: readonly IntegrityIssue[];
  }
>();

function functionIssues(
  fn: SalesFunction,
  project: Pick<Project, 'people' | 'groups'>,
  people: ReadonlySet<string>,
  groups: ReadonlySet<string>,
): readonly IntegrityIssue[] {
  const known = checkedFunctions.get(fn);
  if (known && known.people === project.people && known.groups === project.groups) {
    return known.issues;
  }
  const issues: IntegrityIssue[] = [];
  const refuse = (path: Path, message: string) => issues.push({ path, message });
  const person = (id: string | undefined, path: Path) => {
    if (id !== undefined && !people.has(id)) refuse(path, `no person with id "${id}"`);
  };
  if (fn.groupId !== undefined && !groups.has(fn.groupId)) {
    refuse(['groupId'], `no group with id "${fn.groupId}"`);
  }
  person(fn.ownerPersonId, ['ownerPersonId']);
  person(fn.financialGoal.ownerPersonId, ['financialGoal', 'ownerPersonId']);
  uniqueIds(fn.steps, ['steps'], refuse);
  const roles = uniqueIds(fn.roles, ['roles'], refuse);
  uniqueIds(fn.lines, ['lines'], refuse);
  uniqueIds(fn.tools, ['tools'], refuse);
  uniqueIds(fn.kpis, ['kpis'], refuse);
  fn.kpis.forEach((kpi, k) =>
    person(kpi.breach.ownerPersonId, ['kpis', k, 'breach', 'ownerPersonId']),
  );
  const assigned = new Set<string>();
  fn.assignments.forEach((assignment, a) => {
    person(assignment.personId, ['assignments', a, 'personId']);
    if (assigned.has(assignment.personId)) {
      refuse(['assignments', a, 'personId'], 'the person is assigned to this function twice');
    }
    assigned.add(assignment.personId);
    if (assignment.roleId !== undefined && !roles.has(assignment.roleId)) {
      refuse(['assignments', a, 'roleId'], `no role with id "${assignment.roleId}"`);
    }
  });
  checkedFunctions.set(fn, { people: project.people, groups: project.groups, issues });
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
