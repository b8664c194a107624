import type { Group, Project } from '../schema';
import { hasId, removeWhere, updateById } from './arrays';

export function addGroup(project: Project, group: Group): Project {
  return hasId(project.groups, group.id)
    ? project
    : { ...project, groups: [...project.groups, group] };
}

export function renameGroup(project: Project, groupId: string, name: string): Project {
  const groups = updateById(project.groups, groupId, (g) => (g.name === name ? g : { ...g, name }));
  return groups === project.groups ? project : { ...project, groups };
}

/** Removes a group; its functions stay on the canvas, ungrouped. */
export function removeGroup(project: Project, groupId: string): Project {
  const groups = removeWhere(project.groups, (g) => g.id === groupId);
  if (groups === project.groups) return project;
  const functions = project.functions.map((fn) =>
    fn.groupId === groupId ? { ...fn, groupId: undefined } : fn,
  );
  return { ...project, groups, functions };
}

/** Puts functions into a group, or takes them out of any group with `undefined`. */
export function setFunctionsGroup(
  project: Project,
  functionIds: readonly string[],
  groupId: string | undefined,
): Project {
  if (groupId !== undefined && !hasId(project.groups, groupId)) return project;
  const members = new Set(functionIds);
  let changed = false;
  const functions = project.functions.map((fn) => {
    if (!members.has(fn.id) || fn.groupId === groupId) return fn;
    changed = true;
    return { ...fn, groupId };
  });
  return changed ? { ...project, functions } : project;
}
