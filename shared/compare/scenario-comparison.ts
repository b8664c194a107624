import type { ProjectAnalysis } from '../analysis';
import { evaluationOf } from '../checks';
import { scenarioProject, type Project } from '../model';
import { designFigures, type DesignFigures } from './design-figures';
import { functionFigures, type FunctionFigures } from './figure-changes';
import { functionDifferences, type FunctionDifference } from './function-differences';

/** A function that differs, with its figures in the reference and in the other scenario. */
export interface ComparedFunction extends FunctionDifference {
  readonly before: FunctionFigures | undefined;
  readonly after: FunctionFigures | undefined;
}

export interface ComparedScenario {
  readonly scenarioId: string;
  readonly figures: DesignFigures;
  /** What differs from the reference; empty for the reference itself. */
  readonly functions: readonly ComparedFunction[];
}

interface Evaluated {
  readonly project: Project;
  readonly analysis: ProjectAnalysis;
  readonly figures: DesignFigures;
}

function evaluate(project: Project, scenarioId: string): Evaluated | undefined {
  const flat = scenarioProject(project, scenarioId);
  if (!flat) return undefined;
  const { analysis, checks } = evaluationOf(flat);
  return { project: flat, analysis, figures: designFigures(analysis, checks) };
}

/**
 * Scenarios side by side against a reference: each one's decision figures and the functions that
 * differ from the reference, with their figures before and after. The reference comes first;
 * unknown ids are left out. Each scenario is analysed once per version (evaluationOf's cache).
 */
export function compareScenarios(
  project: Project,
  scenarioIds: readonly string[],
  referenceId: string,
): ComparedScenario[] {
  const reference = evaluate(project, referenceId);
  if (!reference) return [];
  const others = scenarioIds.filter((id) => id !== referenceId);
  return [
    { scenarioId: referenceId, figures: reference.figures, functions: [] },
    ...others.flatMap((id): ComparedScenario[] => {
      const other = evaluate(project, id);
      if (!other) return [];
      const functions = functionDifferences(reference.project, other.project).map((difference) => ({
        ...difference,
        before: functionFigures(reference.analysis, difference.functionId),
        after: functionFigures(other.analysis, difference.functionId),
      }));
      return [{ scenarioId: id, figures: other.figures, functions }];
    }),
  ];
}
