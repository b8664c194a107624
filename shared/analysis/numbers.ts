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
