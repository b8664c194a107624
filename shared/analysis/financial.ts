import type { FinancialGoal } from '../model/schema';
import { exactMoney, finiteOrUndefined, percentOfMinor, type Figure } from './numbers';

/** The growth a function must bring just to pay its own run cost. */
export type BreakEven =
  | { readonly status: 'ok'; readonly growthPercent: number }
  /** Baseline revenue or margin is zero: no growth percentage can cover a run cost. */
  | { readonly status: 'impossible' }
  | { readonly status: 'not-enough-data' };

export type Payback =
  /** Nothing to pay back: no one-off cost. */
  | { readonly status: 'immediate' }
  | { readonly status: 'months'; readonly months: number }
  /** The net monthly effect is zero or negative: the one-off cost is never recovered. */
  | { readonly status: 'never' }
  | { readonly status: 'not-enough-data' };

/** Does the target growth cover the break-even growth? */
export type Pays = 'yes' | 'no' | 'unknown';

export interface FinancialResult {
  /** Baseline revenue × target growth × gross margin, per month. */
  readonly incrementalGrossProfitMonthlyMinor: Figure;
  /** Incremental gross profit − monthly run cost. */
  readonly netMonthlyEffectMinor: Figure;
  readonly breakEven: BreakEven;
  /**
   * The growth that pays the run cost and the one-off cost within the planning period:
   * (run + one-off ÷ months) ÷ (baseline × margin). A function exactly at the monthly break-even
   * never earns back its one-off cost; this says what it takes.
   */
  readonly breakEvenOverPeriod: BreakEven;
  readonly pays: Pays;
  readonly payback: Payback;
  /** (gain − cost) ÷ cost over the planning period, in percent; cost = run × months + one-off. */
  readonly roiPercent: Figure;
  /** Gain − cost over the planning period. */
  readonly periodNetMinor: Figure;
}

export function incrementalGrossProfit(goal: FinancialGoal): Figure {
  const {
    baselineMonthlyRevenueMinor: base,
    targetGrowthPercent: growth,
    grossMarginPercent: margin,
  } = goal;
  if (base === undefined || growth === undefined || margin === undefined) return undefined;
  return percentOfMinor(base, [growth, margin]);
}

/** Break-even growth = run cost ÷ (baseline revenue × gross margin). */
export function breakEvenGrowth(goal: FinancialGoal, runMonthlyMinor: Figure): BreakEven {
  const { baselineMonthlyRevenueMinor: base, grossMarginPercent: margin } = goal;
  if (base === undefined || margin === undefined || runMonthlyMinor === undefined) {
    return { status: 'not-enough-data' };
  }
  if (runMonthlyMinor === 0) return { status: 'ok', growthPercent: 0 };
  const marginMinor = (base * margin) / 100;
  if (marginMinor === 0) return { status: 'impossible' };
  const growthPercent = finiteOrUndefined((runMonthlyMinor / marginMinor) * 100);
  return growthPercent === undefined ? { status: 'impossible' } : { status: 'ok', growthPercent };
}

export function paysOff(goal: FinancialGoal, breakEven: BreakEven): Pays {
  if (goal.targetGrowthPercent === undefined || breakEven.status === 'not-enough-data') {
    return 'unknown';
  }
  if (breakEven.status === 'impossible') return 'no';
  // A hair of tolerance so that a target equal to break-even (as typed) counts as paying.
  return goal.targetGrowthPercent + 1e-9 >= breakEven.growthPercent ? 'yes' : 'no';
}

export function paybackOf(oneOffMinor: Figure, netMonthlyEffectMinor: Figure): Payback {
  if (oneOffMinor === 0) return { status: 'immediate' };
  if (oneOffMinor === undefined || netMonthlyEffectMinor === undefined) {
    return { status: 'not-enough-data' };
  }
  if (netMonthlyEffectMinor <= 0) return { status: 'never' };
  return { status: 'months', months: oneOffMinor / netMonthlyEffectMinor };
}

/** What a net monthly effect and a one-off cost come to over the planning period. */
export interface PeriodResult {
  readonly payback: Payback;
  /** (gain − cost) ÷ cost over the planning period, in percent; cost = run × months + one-off. */
  readonly roiPercent: Figure;
  /** Gain − cost over the planning period. */
  readonly periodNetMinor: Figure;
}

/**
 * Payback, return and net result over `months` of a monthly gain against a monthly run cost and
 * a one-off cost: for one function and for the whole design alike.
 */
export function periodResult(
  incrementalMonthlyMinor: Figure,
  runMonthlyMinor: Figure,
  oneOffMinor: Figure,
  months: number,
): PeriodResult {
  // Both below 2^53, so their difference is exact.
  const net =
    incrementalMonthlyMinor === undefined || runMonthlyMinor === undefined
      ? undefined
      : incrementalMonthlyMinor - runMonthlyMinor;
  const cost =
    runMonthlyMinor === undefined || oneOffMinor === undefined
      ? undefined
      : exactMoney(runMonthlyMinor * months + oneOffMinor);
  const gain =
    incrementalMonthlyMinor === undefined
      ? undefined
      : exactMoney(incrementalMonthlyMinor * months);
  const periodNetMinor = gain === undefined || cost === undefined ? undefined : gain - cost;
  return {
    payback: paybackOf(oneOffMinor, net),
    roiPercent:
      periodNetMinor === undefined || cost === undefined || cost === 0
        ? undefined
        : finiteOrUndefined((periodNetMinor / cost) * 100),
    periodNetMinor,
  };
}

export function financialResult(
  goal: FinancialGoal,
  runMonthlyMinor: Figure,
  oneOffMinor: Figure,
  months: number,
): FinancialResult {
  const incremental = incrementalGrossProfit(goal);
  const net =
    incremental === undefined || runMonthlyMinor === undefined
      ? undefined
      : incremental - runMonthlyMinor;
  const breakEven = breakEvenGrowth(goal, runMonthlyMinor);
  const breakEvenOverPeriod = breakEvenGrowth(
    goal,
    runMonthlyMinor === undefined || oneOffMinor === undefined
      ? undefined
      : runMonthlyMinor + oneOffMinor / months,
  );
  return {
    incrementalGrossProfitMonthlyMinor: incremental,
    netMonthlyEffectMinor: net,
    breakEven,
    breakEvenOverPeriod,
    pays: paysOff(goal, breakEven),
    ...periodResult(incremental, runMonthlyMinor, oneOffMinor, months),
  };
}
