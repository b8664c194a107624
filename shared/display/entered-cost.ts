import type { ProjectAnalysis } from '../analysis';
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

/**
 * How many costs a design's sums lack, by part, over all its functions (see FunctionCosts'
 * `entered`). Worked out here, where a sum is shown with it, not in every analysis of an edit.
 */
export function missingCosts(analysis: Pick<ProjectAnalysis, 'functions'>): EnteredCounts {
  const counts = { human: 0, lines: 0, tools: 0, oneOff: 0 };
  for (const { costs } of analysis.functions) {
    const { missing } = costs.entered;
    counts.human += missing.human;
    counts.lines += missing.lines;
    counts.tools += missing.tools;
    counts.oneOff += missing.oneOff;
  }
  return counts;
}
