/** Order statistics of a series of timings, in the series' unit. */
export interface Spread {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly count: number;
}

/** Nearest-rank percentile; NaN for an empty series. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? NaN;
}

export function spread(values: readonly number[]): Spread {
  return {
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: values.length === 0 ? NaN : Math.max(...values),
    count: values.length,
  };
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/**
 * "767.2 (661.0–858.3)": the median of a series and its fastest and slowest values — a median
 * alone hides that bare React Flow's own opens here fall in two groups ~150 ms apart.
 */
export const medianWithRange = (values: readonly number[]): string =>
  `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
