import { analyzeProject, FunctionAnalysisCache, type ProjectAnalysis } from '../analysis';
import type { Project } from '../model/schema';
import { FunctionChecksCache, runChecks } from './run-checks';
import type { DesignCheck, Severity } from './types';

/** A design's figures and what the linter finds in it: every view starts from this pair. */
export interface Evaluation {
  readonly analysis: ProjectAnalysis;
  readonly checks: readonly DesignCheck[];
}

/** Caches that let a long-lived caller (the editor) re-evaluate only what an edit touched. */
export interface EvaluationCaches {
  readonly analyses: FunctionAnalysisCache;
  readonly checks: FunctionChecksCache;
}

export function evaluationCaches(): EvaluationCaches {
  return { analyses: new FunctionAnalysisCache(), checks: new FunctionChecksCache() };
}

/** Analyses a project, then checks it against that analysis. */
export function evaluateDesign(
  project: Project,
  caches: EvaluationCaches = evaluationCaches(),
): Evaluation {
  const analysis = analyzeProject(project, caches.analyses);
  return { analysis, checks: runChecks(project, analysis, caches.checks) };
}

const editorCaches = evaluationCaches();
const evaluations = new WeakMap<Project, Evaluation>();

/**
 * The evaluation of a project version, computed once per version (the document is immutable,
 * so its reference is its version) and, within it, only for the functions that changed since
 * an earlier version: the editor's cards, panels and the library summary of the version being
 * saved all read the same result.
 */
export function evaluationOf(project: Project): Evaluation {
  let evaluation = evaluations.get(project);
  if (!evaluation) {
    evaluation = evaluateDesign(project, editorCaches);
    evaluations.set(project, evaluation);
  }
  return evaluation;
}

export type SeverityCounts = Readonly<Record<Severity, number>>;

export function countBySeverity(checks: readonly DesignCheck[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const check of checks) counts[check.severity] += 1;
  return counts;
}

/** The most serious severity among checks, or 'ok' when there are none worth a colour. */
export function worstSeverity(checks: readonly DesignCheck[]): 'error' | 'warning' | 'ok' {
  const counts = countBySeverity(checks);
  return counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'ok';
}
