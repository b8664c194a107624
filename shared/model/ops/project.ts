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
