import type { SalesFunction } from '../model/schema';
import { peopleWithoutRole } from './staff';
import { exactMoney, roundMinor, sumAll, sumMoney, type Figure } from './numbers';

export interface FunctionCosts {
  /**
   * Σ FTE × monthly cost per FTE, rounded to minor units. Each product is exact (the schema
   * bounds it below 2^53); a total past 2^53 is not computable (undefined), never rounded.
   */
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
  const humanMonthlyMinor = human === undefined ? undefined : exactMoney(roundMinor(human));
  const linesMonthlyMinor = sumMoney(fn.lines.map((line) => line.monthlyCostMinor));
  const toolsMonthlyMinor = sumMoney(fn.tools.map((tool) => tool.monthlyCostMinor));
  return {
    humanMonthlyMinor,
    linesMonthlyMinor,
    toolsMonthlyMinor,
    runMonthlyMinor: sumMoney([humanMonthlyMinor, linesMonthlyMinor, toolsMonthlyMinor]),
    oneOffMinor: sumMoney(fn.tools.map((tool) => tool.oneOffCostMinor)),
  };
}
