import type { FunctionAnalysis, Pays, ProjectAnalysis } from '../../analysis';
import type { Project, SalesFunction } from '../../model';
import type { Metric, Tone } from '../types';
import type { Words } from '../words';

/** What every section builder reads: the project, its figures and the words to say them in. */
export interface ReportContext {
  readonly project: Project;
  readonly analysis: ProjectAnalysis;
  readonly words: Words;
  /** A person's name, or "Not specified". */
  personName(id: string | undefined): string;
  /** The function's name, or its type's name when it was left blank. */
  functionName(fn: SalesFunction): string;
  /** "3. Key accounts": the number the function has throughout the report. */
  functionTitle(fn: SalesFunction): string;
  figures(fn: SalesFunction): FunctionAnalysis | undefined;
}

export function createContext(
  project: Project,
  analysis: ProjectAnalysis,
  words: Words,
): ReportContext {
  const people = new Map(project.people.map((person) => [person.id, person]));
  const numbers = new Map(project.functions.map((fn, i) => [fn.id, i + 1]));
  const functionName = (fn: SalesFunction): string => words.functionName(fn);
  return {
    project,
    analysis,
    words,
    personName: (id) => words.orUnset(id === undefined ? undefined : people.get(id)?.name),
    functionName,
    functionTitle: (fn) =>
      words.t('report.fn.title', { number: numbers.get(fn.id) ?? '', name: functionName(fn) }),
    figures: (fn) => analysis.byFunctionId.get(fn.id),
  };
}

/**
 * Whether the function pays at its target growth with the staff its service level needs: a
 * function short of staff is judged at the cost of that staff, not at the staff it has.
 */
export function paysAtNeededStaff(figures: FunctionAnalysis | undefined): Pays {
  return (figures?.atRequiredStaff?.financial ?? figures?.financial)?.pays ?? 'unknown';
}

/**
 * Green for a function that pays at its target (with the staff it needs), red for one that does
 * not, neutral if unknown.
 */
export function paysTone(figures: FunctionAnalysis | undefined): Tone {
  const pays = paysAtNeededStaff(figures);
  return pays === 'yes' ? 'good' : pays === 'no' ? 'bad' : 'neutral';
}

/**
 * A sum of the costs entered as a tile: with `missing` costs not entered, "≥ sum" and how many
 * are missing under it — the full "≥ sum, N costs missing" a card says would not fit a tile.
 */
export function enteredCostMetric(
  w: Words,
  minor: number,
  missing: number,
): Pick<Metric, 'value' | 'note'> {
  if (missing === 0) return { value: w.money(minor) };
  return {
    value: w.t('report.atLeast', { amount: w.money(minor) }),
    note: w.t('report.costsMissing', { count: missing }),
  };
}
