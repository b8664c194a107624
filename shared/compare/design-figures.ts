import type { Payback, ProjectAnalysis } from '../analysis';
import { countBySeverity, type DesignCheck } from '../checks';
import type { Figure } from '../analysis/numbers';

/**
 * The figures leadership decides a design on — the decision page's tiles and the columns of a
 * scenario comparison — all at the staff the service levels need (functions short of staff are
 * costed at the staff they need), so two designs are compared on the same footing.
 */
export interface DesignFigures {
  readonly functions: number;
  readonly monthlyCostMinor: number;
  readonly oneOffMinor: number;
  /** FTE as entered. */
  readonly fte: number;
  /** FTE the service levels need: as entered plus what short functions miss. */
  readonly requiredFte: number;
  /** FTE of the named people, by their allocations. */
  readonly namedFte: number;
  /** FTE to hire: required − named, never below 0. */
  readonly hireFte: number;
  readonly incrementalProfitMonthlyMinor: number;
  readonly netMonthlyMinor: number;
  readonly payback: Payback;
  readonly roiPercent: Figure;
  readonly periodNetMinor: Figure;
  readonly errors: number;
  readonly warnings: number;
}

export function designFigures(
  analysis: ProjectAnalysis,
  checks: readonly DesignCheck[],
): DesignFigures {
  const { totals } = analysis;
  const staffed = totals.atRequiredStaff;
  const requiredFte = totals.fte + staffed.missingFte;
  const namedFte = analysis.people.reduce((sum, load) => sum + load.allocationPercent, 0) / 100;
  const counts = countBySeverity(checks);
  return {
    functions: totals.functions,
    monthlyCostMinor: staffed.runMonthlyMinor,
    oneOffMinor: totals.oneOffMinor,
    fte: totals.fte,
    requiredFte,
    namedFte,
    hireFte: Math.max(requiredFte - namedFte, 0),
    incrementalProfitMonthlyMinor: totals.incrementalGrossProfitMonthlyMinor,
    netMonthlyMinor: staffed.netMonthlyEffectMinor,
    payback: staffed.payback,
    roiPercent: staffed.roiPercent,
    periodNetMinor: staffed.periodNetMinor,
    errors: counts.error,
    warnings: counts.warning,
  };
}
