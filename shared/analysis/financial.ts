import type { FinancialGoal } from '../model/schema';
import { exactMoney, finiteOrUndefined, percentOfMinor, type Figure } from './numbers';

/** The growth a function must bring just to pay its own run cost. */
export type BreakEven =
  | { readonly status: 'ok'; readonly growthPercent: number }
  /** Baseline revenue or margin is zero: no growth percentage can cover a run cost. */
  | { readonly status: 'impossible' }
  | { readonly status: 'not-enough-data' };

export type Payback =
  /** Nothing to pay back: no one-off cost, and no monthly loss. */
  | { readonly status: 'immediate' }
  | { readonly status: 'months'; readonly months: number }
  /**
   * A monthly loss (whatever the one-off cost), or no monthly gain to recover a one-off cost
   * with: it never pays back.
   */
  | { readonly status: 'never' }
  | { readonly status: 'not-enough-data' };

/** Does the target growth cover the break-even growth? */
export type Pays = 'yes' | 'no' | 'unknown';

export interface FinancialResult extends PeriodResult {
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

/** A monthly incremental profit that may ramp up linearly over its first months. */
export interface GainCurve {
  readonly incrementalMinor: number;
  readonly rampUpMonths: number;
}

/** What a curve has earned after `t` months (continuous). */
function earnedAfter(curve: GainCurve, t: number): number {
  const { incrementalMinor: p, rampUpMonths: r } = curve;
  if (r <= 0) return p * t;
  return t < r ? (p * t * t) / (2 * r) : p * (t - r / 2);
}

/**
 * Payback: the month at which what has been earned covers the one-off cost and every month's run
 * cost so far. Without a ramp-up that is one-off ÷ net effect. With ramp-ups, profit grows
 * linearly to its full monthly figure over each ramp, so the early months may not even cover the
 * run cost. The cumulative net is convex until the last ramp ends and linear after it, so once it
 * rises it keeps rising: the month it reaches the one-off cost is found by bisection between the
 * bottom of its dip and a bound past every ramp.
 */
export function paybackOf(
  oneOffMinor: Figure,
  netMonthlyEffectMinor: Figure,
  ramp?: { readonly curves: readonly GainCurve[]; readonly runMinor: number },
): Payback {
  if (ramp !== undefined && ramp.curves.some((c) => c.rampUpMonths > 0)) {
    return oneOffMinor === undefined
      ? { status: 'not-enough-data' }
      : rampedPayback(oneOffMinor, ramp.curves, ramp.runMinor);
  }
  // A losing function never pays back, with or without a one-off cost to recover.
  if (netMonthlyEffectMinor !== undefined && netMonthlyEffectMinor < 0) return { status: 'never' };
  if (oneOffMinor === 0) return { status: 'immediate' };
  if (oneOffMinor === undefined || netMonthlyEffectMinor === undefined) {
    return { status: 'not-enough-data' };
  }
  if (netMonthlyEffectMinor <= 0) return { status: 'never' };
  return { status: 'months', months: oneOffMinor / netMonthlyEffectMinor };
}

function rampedPayback(oneOff: number, curves: readonly GainCurve[], run: number): Payback {
  const full = curves.reduce((total, c) => total + c.incrementalMinor, 0);
  if (full - run < 0) return { status: 'never' };
  if (oneOff === 0 && run === 0) return { status: 'immediate' };
  if (full - run <= 0) return { status: 'never' };
  const net = (t: number) => curves.reduce((total, c) => total + earnedAfter(c, t), 0) - run * t;
  const slope = (t: number) =>
    curves.reduce(
      (total, c) =>
        total +
        (c.rampUpMonths > 0
          ? c.incrementalMinor * Math.min(t / c.rampUpMonths, 1)
          : c.incrementalMinor),
      0,
    ) - run;
  const lastRamp = Math.max(...curves.map((c) => c.rampUpMonths));
  const rampLoss = curves.reduce(
    (total, c) => total + (c.incrementalMinor * c.rampUpMonths) / 2,
    0,
  );
  // Past every ramp the net is full·t − rampLoss − run·t, so it has reached the one-off by then.
  let high = Math.max(lastRamp, (oneOff + rampLoss) / (full - run));
  let low = 0;
  for (let i = 0; i < 200 && high - low > 1e-12 * Math.max(1, high); i++) {
    const mid = (low + high) / 2;
    // Left of the dip's bottom the net is still falling: payback lies to the right of it.
    if (slope(mid) > 0 && net(mid) >= oneOff) high = mid;
    else low = mid;
  }
  const months = finiteOrUndefined(high);
  return months === undefined ? { status: 'not-enough-data' } : { status: 'months', months };
}

/** What a gain earns over the planning period against its run and one-off cost. */
export interface PeriodResult {
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

/**
 * Payback, return and net result over `months` of monthly gains (each with its ramp-up) against
 * a monthly run cost and a one-off cost: for one function and for the whole design alike. An
 * unknown gain makes every figure unknown.
 */
export function periodResult(
  gains: readonly { readonly incrementalMinor: Figure; readonly rampUpMonths: number }[],
  runMonthlyMinor: Figure,
  oneOffMinor: Figure,
  months: number,
): PeriodResult {
  const curves: GainCurve[] = [];
  for (const g of gains) {
    if (g.incrementalMinor === undefined) return unknownPeriod(oneOffMinor);
    curves.push({ incrementalMinor: g.incrementalMinor, rampUpMonths: g.rampUpMonths });
  }
  const full = curves.reduce((total, c) => total + c.incrementalMinor, 0);
  // Both below 2^53, so their difference is exact.
  const net = runMonthlyMinor === undefined ? undefined : full - runMonthlyMinor;
  const cost =
    runMonthlyMinor === undefined || oneOffMinor === undefined
      ? undefined
      : exactMoney(runMonthlyMinor * months + oneOffMinor);
  const gain = exactMoney(
    curves.reduce(
      (total, c) => total + (periodGain(c.incrementalMinor, months, c.rampUpMonths) ?? 0),
      0,
    ),
  );
  const periodNetMinor = cost === undefined || gain === undefined ? undefined : gain - cost;
  return {
    payback:
      runMonthlyMinor === undefined
        ? paybackOf(oneOffMinor, undefined)
        : paybackOf(oneOffMinor, net, { curves, runMinor: runMonthlyMinor }),
    roiPercent:
      periodNetMinor === undefined || cost === undefined || cost === 0
        ? undefined
        : finiteOrUndefined((periodNetMinor / cost) * 100),
    periodGainMinor: gain,
    periodNetMinor,
  };
}

function unknownPeriod(oneOffMinor: Figure): PeriodResult {
  return {
    payback: paybackOf(oneOffMinor, undefined),
    roiPercent: undefined,
    periodGainMinor: undefined,
    periodNetMinor: undefined,
  };
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
  return {
    incrementalGrossProfitMonthlyMinor: incremental,
    netMonthlyEffectMinor: net,
    breakEven,
    breakEvenOverPeriod,
    pays: paysOff(goal, breakEven),
    ...periodResult(
      [{ incrementalMinor: incremental, rampUpMonths: ramp }],
      runMonthlyMinor,
      oneOffMinor,
      months,
    ),
  };
}
