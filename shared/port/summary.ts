import type { Project } from '../model';
import type { ProjectSummary } from './contract';

/** The library row of a project; both back ends list projects the same way. */
export function summarizeProject(project: Project): ProjectSummary {
  return {
    id: project.id,
    name: project.name,
    company: project.company,
    updatedAt: project.updatedAt,
  };
}

/** Most recently changed first; ties by name so the order is stable. */
export function compareSummaries(a: ProjectSummary, b: ProjectSummary): number {
  return b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name);
}
