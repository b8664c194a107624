import type { EnteredCounts } from '../analysis/costs';
import type { Display } from './display';

/**
 * A design's sum of the costs entered, read as a card reads its own: "≥ 400 000 ₽, 1 cost
 * missing" while `missing` costs are not entered, the plain amount once all are. Not part of
 * Display, which the first screen loads: only the summary panel and the report show these sums.
 */
export function enteredCost(display: Display, enteredMinor: number, missing: number): string {
  return display.runCost({
    runMonthlyMinor: missing > 0 ? undefined : enteredMinor,
    runMonthlyKnown: { knownMinor: enteredMinor, missing },
  });
}

/** Costs not entered: all that a monthly run cost lacks, or only its staff's or its technical part's. */
export const missingMonthly = {
  run: (counts: EnteredCounts): number => counts.human + counts.lines + counts.tools,
  human: (counts: EnteredCounts): number => counts.human,
  technical: (counts: EnteredCounts): number => counts.lines + counts.tools,
} as const;
