import { countBySeverity, evaluationOf } from '../checks';
import type { Project } from '../model';
import type { ProjectSummary } from './contract';
import { plainText } from '../display/plain-text';

/**
 * The library row of a project, with the figures a user scans the list for. Both back ends
 * compute it when they save, so that listing reads no project. The evaluation is the one the
 * editor made of the same version, when it runs in the same process (the browser edition).
 */
export function summarizeProject(project: Project): ProjectSummary {
  const { analysis, checks } = evaluationOf(project);
  return {
    id: project.id,
    // Shown in lists and menus: nothing invisible may make a name look like another.
    name: plainText(project.name),
    company: plainText(project.company),
    updatedAt: project.updatedAt,
    functions: project.functions.length,
    fte: analysis.totals.fte,
    openErrors: countBySeverity(checks).error,
    scenarios: project.scenarios?.list.length ?? 1,
    ...figuresOf(project),
  };
}

function figuresOf(project: Project): Pick<ProjectSummary, 'figuresOf'> {
  const set = project.scenarios;
  if (!set || set.list.length < 2) return {};
  const scenario = set.list.find((each) => each.id === set.activeId);
  return { figuresOf: { id: set.activeId, name: plainText(scenario?.name ?? '') } };
}

/** Most recently changed first; ties by name so the order is stable. */
export function compareSummaries(a: ProjectSummary, b: ProjectSummary): number {
  return b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name);
}
