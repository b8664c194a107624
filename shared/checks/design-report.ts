import type { ProjectAnalysis } from '../analysis';
import type { Language } from '../i18n/language';
import type { Project } from '../model/schema';
import { checkMessage } from './message';
import { countBySeverity, evaluateDesign } from './evaluate';
import type { CheckTarget, DesignCheck, Severity } from './types';

export interface DesignReport {
  readonly project: { readonly id: string; readonly name: string; readonly currency: string };
  readonly language: Language;
  readonly analysis: Omit<ProjectAnalysis, 'byFunctionId'>;
  readonly checks: readonly (Pick<DesignCheck, 'id' | 'severity' | 'params'> & {
    readonly target: CheckTarget;
    readonly message: string;
  })[];
  readonly counts: Readonly<Record<Severity, number>>;
}

/** Analysis and checks of a project as plain data (JSON-ready), messages in `language`. */
export function designReport(project: Project, language: Language): DesignReport {
  const { analysis, checks } = evaluateDesign(project);
  return {
    project: { id: project.id, name: project.name, currency: project.currency },
    language,
    analysis: {
      functions: analysis.functions,
      totals: analysis.totals,
      categories: analysis.categories,
      people: analysis.people,
    },
    checks: checks.map((c) => ({
      id: c.id,
      severity: c.severity,
      target: c.target,
      params: c.params,
      message: checkMessage(c, language),
    })),
    counts: countBySeverity(checks),
  };
}
