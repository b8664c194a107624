import type { SalesFunction } from '../model/schema';
import { peopleWithoutRole } from './staff';
import { roundMinor, sumAll, type Figure } from './numbers';

export interface FunctionCosts {
  /** Σ FTE × monthly cost per FTE, rounded to minor units. */
  readonly humanMonthlyMinor: Figure;
  readonly linesMonthlyMinor: Figure;
  readonly toolsMonthlyMinor: Figure;
  /** human + lines + tools. */
  readonly runMonthlyMinor: Figure;
  readonly oneOffMinor: Figure;
}

/**
 * Monthly run cost and one-off cost of a function; an entry without a cost leaves its sum
 * unknown, and so do people working in the function outside its roles (their cost is entered
 * per role).
 */
export function functionCosts(fn: SalesFunction): FunctionCosts {
  const human =
    peopleWithoutRole(fn).length > 0
      ? undefined
      : sumAll(
          fn.roles.map((role) =>
            role.costPerFteMonthlyMinor === undefined
              ? undefined
              : role.fte * role.costPerFteMonthlyMinor,
          ),
        );
  const humanMonthlyMinor = human === undefined ? undefined : roundMinor(human);
  const linesMonthlyMinor = sumAll(fn.lines.map((line) => line.monthlyCostMinor));
  const toolsMonthlyMinor = sumAll(fn.tools.map((tool) => tool.monthlyCostMinor));
  return {
    humanMonthlyMinor,
    linesMonthlyMinor,
    toolsMonthlyMinor,
    runMonthlyMinor: sumAll([humanMonthlyMinor, linesMonthlyMinor, toolsMonthlyMinor]),
    oneOffMinor: sumAll(fn.tools.map((tool) => tool.oneOffCostMinor)),
  };
}
