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
   * (run × months + one-off) ÷ (baseline × margin × months at full profit), the months at full
   * profit being fewer by half the ramp-up when there is one. A function exactly at the monthly break-even
   * never earns back its one-off cost; this says what it takes.
   */
  readonly breakEvenOverPeriod: BreakEven;
  readonly pays: Pays;
  readonly payback: Payback;
  /** (gain − cost) ÷ cost over the planning period, in percent; cost = run × months + one-off. */
  readonly roiPercent: Figure;
  /**
   * Incremental profit over the planning period: every month's in full, or less the part a
   * linear ramp-up has not reached yet.
   */
  readonly periodGainMinor: Figure;
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

/**
 * Months during which a linear ramp-up over `rampUpMonths` yields its full monthly figure,
 * within the first `months`, as a fraction `numerator / denominator` (exact in integers): the
 * area under a line rising from 0 to 1 over the ramp, then flat. Over P months with a ramp of
 * R: P − R/2 when P ≥ R, P²/(2R) otherwise.
 */
function rampedMonths(months: number, rampUpMonths: number): [bigint, bigint] {
  if (rampUpMonths <= 0) return [BigInt(months), 1n];
  if (months >= rampUpMonths) return [BigInt(2 * months - rampUpMonths), 2n];
  return [BigInt(months * months), BigInt(2 * rampUpMonths)];
}

/** The gain over the planning period, exactly, rounded half up to a whole minor unit. */
function periodGain(incrementalMinor: Figure, months: number, rampUpMonths: number): Figure {
  if (incrementalMinor === undefined) return undefined;
  const [numerator, denominator] = rampedMonths(months, rampUpMonths);
  // Non-negative inputs (the schema's), so half up is half away from zero.
  const doubled = BigInt(incrementalMinor) * numerator * 2n + denominator;
  return exactMoney(Number(doubled / (denominator * 2n)));
}

/**
 * Payback: the month at which what the function has earned covers its one-off cost and every
 * month's run cost so far. Without a ramp-up that is one-off ÷ net effect. With one, profit
 * grows linearly to its full monthly figure over R months, so the early months may not even
 * cover the run cost: the cumulative net is p·t²/(2R) − r·t until R, then p·(t − R/2) − r·t,
 * and payback is the first t where it reaches the one-off cost.
 */
export function paybackOf(
  oneOffMinor: Figure,
  netMonthlyEffectMinor: Figure,
  ramp?: { readonly months: number; readonly incrementalMinor: Figure; readonly runMinor: Figure },
): Payback {
  if (ramp !== undefined && ramp.months > 0) return rampedPayback(oneOffMinor, ramp);
  if (oneOffMinor === 0) return { status: 'immediate' };
  if (oneOffMinor === undefined || netMonthlyEffectMinor === undefined) {
    return { status: 'not-enough-data' };
  }
  if (netMonthlyEffectMinor <= 0) return { status: 'never' };
  return { status: 'months', months: oneOffMinor / netMonthlyEffectMinor };
}

function rampedPayback(
  oneOffMinor: Figure,
  ramp: { readonly months: number; readonly incrementalMinor: Figure; readonly runMinor: Figure },
): Payback {
  const { months: r, incrementalMinor: p, runMinor: run } = ramp;
  if (oneOffMinor === undefined || p === undefined || run === undefined) {
    return { status: 'not-enough-data' };
  }
  if (oneOffMinor === 0 && run === 0) return { status: 'immediate' };
  if (p - run <= 0) return { status: 'never' };
  // Within the ramp: p·t²/(2R) − run·t − oneOff = 0, the positive root.
  const within = (r * (run + Math.sqrt(run * run + (2 * p * oneOffMinor) / r))) / p;
  const months = within <= r ? within : (oneOffMinor + (p * r) / 2) / (p - run);
  const finite = finiteOrUndefined(months);
  return finite === undefined
    ? { status: 'not-enough-data' }
    : { status: 'months', months: finite };
}

export function financialResult(
  goal: FinancialGoal,
  runMonthlyMinor: Figure,
  oneOffMinor: Figure,
  months: number,
): FinancialResult {
  const incremental = incrementalGrossProfit(goal);
  // Both below 2^53, so their difference is exact.
  const net =
    incremental === undefined || runMonthlyMinor === undefined
      ? undefined
      : incremental - runMonthlyMinor;
  const breakEven = breakEvenGrowth(goal, runMonthlyMinor);
  const ramp = goal.rampUpMonths ?? 0;
  const cost =
    runMonthlyMinor === undefined || oneOffMinor === undefined
      ? undefined
      : exactMoney(runMonthlyMinor * months + oneOffMinor);
  // The growth whose ramped profit over the period pays the period's whole cost.
  const [numerator, denominator] = rampedMonths(months, ramp);
  const breakEvenOverPeriod = breakEvenGrowth(
    goal,
    cost === undefined ? undefined : (cost * Number(denominator)) / Number(numerator),
  );
  const gain = periodGain(incremental, months, ramp);
  const periodNetMinor = gain === undefined || cost === undefined ? undefined : gain - cost;
  return {
    incrementalGrossProfitMonthlyMinor: incremental,
    netMonthlyEffectMinor: net,
    breakEven,
    breakEvenOverPeriod,
    pays: paysOff(goal, breakEven),
    payback: paybackOf(oneOffMinor, net, {
      months: ramp,
      incrementalMinor: incremental,
      runMinor: runMonthlyMinor,
    }),
    roiPercent:
      periodNetMinor === undefined || cost === undefined || cost === 0
        ? undefined
        : finiteOrUndefined((periodNetMinor / cost) * 100),
    periodGainMinor: gain,
    periodNetMinor,
  };
}
