import type { ProjectAnalysis } from '../analysis';
import type { Project } from '../model/schema';
import { functionRules } from './function-rules';
import { kpiRules, staffingRules } from './kpi-rules';
import { lineRules } from './line-rules';
import { personRules } from './person-rules';
import type { DesignCheck, Severity } from './types';

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * The design checks of a project: errors first, then warnings, then notes; within a severity in
 * the order of the functions on the project. `analysis` is analyzeProject(project).
 */
export function runChecks(project: Project, analysis: ProjectAnalysis): DesignCheck[] {
  const context = {
    people: new Set(project.people.map((p) => p.id)),
    linked: new Set(project.links.flatMap((link) => [link.from, link.to])),
    functionCount: project.functions.length,
  };
  const found: DesignCheck[] = [];
  for (const fn of project.functions) {
    const figures = analysis.byFunctionId.get(fn.id);
    if (!figures) continue;
    found.push(
      ...functionRules(fn, figures, context),
      ...kpiRules(fn, context),
      ...staffingRules(fn, figures),
    );
  }
  found.push(...lineRules(project), ...personRules(project, analysis.people));
  // Array.prototype.sort is stable, so the project order survives within a severity.
  return found.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
