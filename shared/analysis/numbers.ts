/**
 * Arithmetic helpers of the analysis. A figure is `number | undefined`: undefined means "not
 * enough data" and is shown as such — it never becomes NaN, Infinity or a silent zero.
 */
export type Figure = number | undefined;

/** Money result rounded to whole minor units, half away from zero. */
export function roundMinor(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value)) || 0;
}

/** The sum, or undefined when any part is unknown. */
export function sumAll(values: readonly Figure[]): Figure {
  let total = 0;
  for (const value of values) {
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

/**
 * A money figure (minor units) only while every whole number around it is exact in a double
 * (below 2^53); past that it is not computable rather than silently rounded.
 */
export function exactMoney(value: number): Figure {
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * The sum of whole minor amounts, or undefined when a part is unknown or the total passes 2^53.
 * Adding whole numbers is exact as long as the total is; a larger total shows as not safe.
 */
export function sumMoney(values: readonly Figure[]): Figure {
  const total = sumAll(values);
  return total === undefined ? undefined : exactMoney(total);
}

/** Decimals of a percentage that count in exact money arithmetic (see percentOfMinor). */
const PERCENT_SCALE = 1_000_000;

/**
 * `minor` × p1 % × p2 % × …, rounded half up to whole minor units, computed exactly in integers
 * (percentages to six decimals): the product of a large amount and two percentages passes 2^53
 * long before the result does.
 */
export function percentOfMinor(minor: number, percents: readonly number[]): Figure {
  let numerator = BigInt(minor);
  let denominator = 1n;
  for (const percent of percents) {
    numerator *= BigInt(Math.round(percent * PERCENT_SCALE));
    denominator *= BigInt(PERCENT_SCALE * 100);
  }
  // Non-negative inputs (the schema's), so half up is half away from zero.
  return exactMoney(Number((numerator * 2n + denominator) / (denominator * 2n)));
}

/** The sum of the known parts (used for project totals that list what is missing). */
export function sumKnown(values: readonly Figure[]): number {
  let total = 0;
  for (const value of values) if (value !== undefined) total += value;
  return total;
}

/** A last guard: anything not finite is "not enough data". */
export function finiteOrUndefined(value: number): Figure {
  return Number.isFinite(value) ? value : undefined;
}

/** Rounds a non-negative FTE up to the next half (FTE are planned in halves); tolerant of binary noise. */
export function ceilToHalf(value: number): number {
  return Math.max(0, Math.ceil(value * 2 - 1e-9) / 2);
}
