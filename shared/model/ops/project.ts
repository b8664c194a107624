import type { Project } from '../schema';

export type ProjectInfoPatch = Partial<
  Pick<
    Project,
    'name' | 'company' | 'author' | 'currency' | 'language' | 'planningPeriod' | 'settings'
  >
>;

export function updateProjectInfo(project: Project, patch: ProjectInfoPatch): Project {
  return { ...project, ...patch };
}

export function renameProject(project: Project, name: string): Project {
  return name === project.name ? project : { ...project, name };
}

/** The presentation's own order of functions; undefined goes back to the layout's order. */
export function setPresentationOrder(
  project: Project,
  functionIds: readonly string[] | undefined,
): Project {
  if (functionIds === undefined) {
    if (project.presentationOrder === undefined) return project;
    const next = { ...project };
    delete next.presentationOrder;
    return next;
  }
  return { ...project, presentationOrder: [...functionIds] };
}
