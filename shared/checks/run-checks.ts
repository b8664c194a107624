import type { FunctionAnalysis, ProjectAnalysis } from '../analysis';
import type { Project, SalesFunction } from '../model/schema';
import { costRules } from './cost-rules';
import { functionRules } from './function-rules';
import { kpiRules, staffingRules } from './kpi-rules';
import { lineRules } from './line-rules';
import { dedicatedPersonRules, personRules } from './person-rules';
import { staffRules } from './staff-rules';
import type { DesignCheck, RuleContext, Severity } from './types';

/**
 * The rules of one function, kept per function object. Besides the function and its figures
 * they read the people list and whether the function is linked, which are part of the key, so
 * an edit elsewhere leaves the function's findings (and their objects) as they were.
 */
export class FunctionChecksCache {
  private readonly entries = new WeakMap<
    SalesFunction,
    {
      readonly figures: FunctionAnalysis;
      readonly people: Project['people'];
      readonly linked: boolean;
      readonly alone: boolean;
      readonly checks: readonly DesignCheck[];
    }
  >();

  check(
    fn: SalesFunction,
    figures: FunctionAnalysis,
    people: Project['people'],
    context: RuleContext,
  ): readonly DesignCheck[] {
    const linked = context.linked.has(fn.id);
    const alone = context.functionCount <= 1;
    const entry = this.entries.get(fn);
    if (
      entry &&
      entry.figures === figures &&
      entry.people === people &&
      entry.linked === linked &&
      entry.alone === alone
    ) {
      return entry.checks;
    }
    const checks = [
      ...functionRules(fn, figures, context),
      ...costRules(fn, context),
      ...kpiRules(fn, context),
      ...staffingRules(fn, figures),
      ...staffRules(fn),
    ];
    this.entries.set(fn, { figures, people, linked, alone, checks });
    return checks;
  }
}

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * The design checks of a project: errors first, then warnings, then notes; within a severity in
 * the order of the functions on the project. `analysis` is analyzeProject(project).
 */
export function runChecks(
  project: Project,
  analysis: ProjectAnalysis,
  cache: FunctionChecksCache = new FunctionChecksCache(),
): DesignCheck[] {
  const context = {
    people: new Map(project.people.map((p) => [p.id, p.name])),
    linked: new Set(project.links.flatMap((link) => [link.from, link.to])),
    functionCount: project.functions.length,
  };
  const found: DesignCheck[] = [];
  for (const fn of project.functions) {
    const figures = analysis.byFunctionId.get(fn.id);
    if (!figures) continue;
    found.push(...cache.check(fn, figures, project.people, context));
  }
  found.push(
    ...lineRules(project),
    ...personRules(project, analysis.people),
    ...dedicatedPersonRules(project, analysis.people),
  );
  // Array.prototype.sort is stable, so the project order survives within a severity.
  return found.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
