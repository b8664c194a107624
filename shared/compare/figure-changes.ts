import type { Payback, ProjectAnalysis } from '../analysis';
import type { Figure } from '../analysis/numbers';
import type { DesignFigures } from './design-figures';

/** How a figure is measured, which decides how it and its difference read. */
export type FigureUnit = 'money' | 'fte' | 'percent' | 'count' | 'payback';

/** Which way is better; `none` for figures that are neither (more FTE is not better or worse). */
type Preference = 'lower' | 'higher' | 'none';

interface DecisionFigure {
  readonly key: DecisionFigureKey;
  readonly unit: FigureUnit;
  readonly prefer: Preference;
}

export type DecisionFigureKey =
  | 'monthlyCost'
  | 'oneOff'
  | 'fte'
  | 'requiredFte'
  | 'hireFte'
  | 'profit'
  | 'net'
  | 'payback'
  | 'roi'
  | 'periodNet'
  | 'errors'
  | 'warnings';

/** The rows of a scenario comparison, in the order a decision is argued. */
export const DECISION_FIGURES: readonly DecisionFigure[] = [
  { key: 'monthlyCost', unit: 'money', prefer: 'lower' },
  { key: 'oneOff', unit: 'money', prefer: 'lower' },
  { key: 'fte', unit: 'fte', prefer: 'none' },
  { key: 'requiredFte', unit: 'fte', prefer: 'none' },
  { key: 'hireFte', unit: 'fte', prefer: 'none' },
  { key: 'profit', unit: 'money', prefer: 'higher' },
  { key: 'net', unit: 'money', prefer: 'higher' },
  { key: 'payback', unit: 'payback', prefer: 'lower' },
  { key: 'roi', unit: 'percent', prefer: 'higher' },
  { key: 'periodNet', unit: 'money', prefer: 'higher' },
  { key: 'errors', unit: 'count', prefer: 'lower' },
  { key: 'warnings', unit: 'count', prefer: 'lower' },
];

/** A figure's value as a number to compare; payback in months (immediate 0, never: endless). */
function valueOf(figures: DesignFigures, key: DecisionFigureKey): Figure {
  switch (key) {
    case 'monthlyCost':
      return figures.monthlyCostMinor;
    case 'oneOff':
      return figures.oneOffMinor;
    case 'fte':
      return figures.fte;
    case 'requiredFte':
      return figures.requiredFte;
    case 'hireFte':
      return figures.hireFte;
    case 'profit':
      return figures.incrementalProfitMonthlyMinor;
    case 'net':
      return figures.netMonthlyMinor;
    case 'payback':
      return paybackMonths(figures.payback);
    case 'roi':
      return figures.roiPercent;
    case 'periodNet':
      return figures.periodNetMinor;
    case 'errors':
      return figures.errors;
    case 'warnings':
      return figures.warnings;
  }
}

function paybackMonths(payback: Payback): Figure {
  switch (payback.status) {
    case 'immediate':
      return 0;
    case 'months':
      return payback.months;
    case 'never':
      return Number.POSITIVE_INFINITY;
    default:
      return undefined;
  }
}

/** FTE and months are shown to one decimal: smaller differences are no change. */
const TOLERANCE: Readonly<Record<FigureUnit, number>> = {
  money: 0,
  count: 0,
  fte: 0.05,
  percent: 0.05,
  payback: 0.05,
};

export interface FigureChange {
  /** other − reference, when both are known and finite; undefined otherwise. */
  readonly delta: number | undefined;
  /** `changed` where neither way is better; `unknown` when a side lacks data. */
  readonly verdict: 'same' | 'better' | 'worse' | 'changed' | 'unknown';
}

/**
 * A difference as the compare view and the report show it: "+12 500 ₽", "-1,5". The sign is
 * always there, and a minus is the one the figures themselves carry: `format` is the figure's
 * own format, given the signed delta.
 */
export function signedDifference(delta: number, format: (value: number) => string): string {
  if (delta === 0) return format(0);
  return delta > 0 ? `+${format(delta)}` : format(delta);
}

/** How one decision figure of `other` compares with the reference's. */
export function figureChange(
  figure: DecisionFigure,
  reference: DesignFigures,
  other: DesignFigures,
): FigureChange {
  const before = valueOf(reference, figure.key);
  const after = valueOf(other, figure.key);
  if (before === undefined || after === undefined) return { delta: undefined, verdict: 'unknown' };
  if (before === after) return { delta: 0, verdict: 'same' };
  const finite = Number.isFinite(before) && Number.isFinite(after);
  const delta = finite ? after - before : undefined;
  if (delta !== undefined && Math.abs(delta) <= TOLERANCE[figure.unit]) {
    return { delta: 0, verdict: 'same' };
  }
  if (figure.prefer === 'none') return { delta, verdict: 'changed' };
  const lower = after < before;
  return { delta, verdict: lower === (figure.prefer === 'lower') ? 'better' : 'worse' };
}

/** One function's figures in a scenario, for "before → after" in a comparison. */
export interface FunctionFigures {
  readonly fte: number;
  readonly monthlyCostMinor: Figure;
  readonly incrementalProfitMonthlyMinor: Figure;
}

export function functionFigures(
  analysis: ProjectAnalysis,
  functionId: string,
): FunctionFigures | undefined {
  const fn = analysis.byFunctionId.get(functionId);
  if (!fn) return undefined;
  return {
    fte: fn.human.fte,
    monthlyCostMinor: fn.costs.runMonthlyMinor,
    incrementalProfitMonthlyMinor: fn.financial.incrementalGrossProfitMonthlyMinor,
  };
}
