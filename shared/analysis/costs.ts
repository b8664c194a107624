import type { SalesFunction } from '../model/schema';
import { peopleWithoutRole } from './staff';
import { exactMoney, sumMoney, type Figure } from './numbers';

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
  /**
   * The part of the monthly run cost that is known, and how many costs are missing from it
   * (roles, lines and tools without a cost, people outside the roles). While some are missing
   * the run cost is unknown, but the known part is shown with the count, never silently dropped.
   */
  readonly runMonthlyKnown: KnownPart;
  /** The same for the staff alone: roles without a cost per FTE, people outside the roles. */
  readonly humanMonthlyKnown: KnownPart;
  /**
   * Each cost as far as it is entered, an entry without a cost adding nothing: what the design's
   * totals and its categories add up, so that the categories sum to the totals. Equal to the
   * figures above when nothing is missing.
   */
  readonly entered: {
    readonly humanMonthlyMinor: Figure;
    readonly linesMonthlyMinor: Figure;
    readonly toolsMonthlyMinor: Figure;
    readonly oneOffMinor: Figure;
    /** How many costs each of those lacks. */
    readonly missing: EnteredCounts;
  };
}

/** Counts of costs not entered, by part: staff (roles, people outside them), lines, tools, one-off. */
export interface EnteredCounts {
  readonly human: number;
  readonly lines: number;
  readonly tools: number;
  readonly oneOff: number;
}

export interface KnownPart {
  /** The sum of the known costs; undefined only when it passes 2^53. */
  readonly knownMinor: Figure;
  readonly missing: number;
}

/**
 * Monthly run cost and one-off cost of a function; an entry without a cost leaves its sum
 * unknown, and so do people working in the function outside its roles (their cost is entered
 * per role).
 */
export function functionCosts(fn: SalesFunction): FunctionCosts {
  const humanMonthlyMinor = peopleWithoutRole(fn).length > 0 ? undefined : humanCost(fn);
  const lines = fn.lines.map((line) => line.monthlyCostMinor);
  const tools = fn.tools.map((tool) => tool.monthlyCostMinor);
  const oneOff = fn.tools.map((tool) => tool.oneOffCostMinor);
  const costedRoles = fn.roles.filter((role) => role.costPerFteMonthlyMinor !== undefined);
  const missing = {
    human: fn.roles.length - costedRoles.length + peopleWithoutRole(fn).length,
    lines: missingOf(lines),
    tools: missingOf(tools),
    oneOff: missingOf(oneOff),
  };
  const entered = {
    humanMonthlyMinor: humanCost({ ...fn, roles: costedRoles }),
    linesMonthlyMinor: sumMoney(known(lines)),
    toolsMonthlyMinor: sumMoney(known(tools)),
    oneOffMinor: sumMoney(known(oneOff)),
    missing,
  };
  const linesMonthlyMinor = sumMoney(lines);
  const toolsMonthlyMinor = sumMoney(tools);
  return {
    humanMonthlyMinor,
    linesMonthlyMinor,
    toolsMonthlyMinor,
    runMonthlyMinor: sumMoney([humanMonthlyMinor, linesMonthlyMinor, toolsMonthlyMinor]),
    oneOffMinor: sumMoney(oneOff),
    runMonthlyKnown: {
      knownMinor: sumMoney([
        entered.humanMonthlyMinor,
        entered.linesMonthlyMinor,
        entered.toolsMonthlyMinor,
      ]),
      missing: missing.human + missing.lines + missing.tools,
    },
    humanMonthlyKnown: { knownMinor: entered.humanMonthlyMinor, missing: missing.human },
    entered,
  };
}

const known = (values: readonly (number | undefined)[]): number[] =>
  values.filter((value): value is number => value !== undefined);
const missingOf = (values: readonly (number | undefined)[]): number =>
  values.length - known(values).length;

/**
 * Σ FTE × cost per FTE, rounded once, half up. FTE come in halves: whole FTE × cost are whole
 * numbers (exact below 2^53), and the half FTE add half of their costs' sum. (Added as doubles,
 * halves past 2^52 would be silently lost.)
 */
function humanCost(fn: SalesFunction): Figure {
  let whole = 0;
  let halfFteCosts = 0;
  for (const role of fn.roles) {
    const cost = role.costPerFteMonthlyMinor;
    if (cost === undefined) return undefined;
    whole += Math.floor(role.fte) * cost;
    if (role.fte % 1 !== 0) halfFteCosts += cost;
  }
  return exactMoney(whole) === undefined
    ? undefined
    : exactMoney(whole + Math.ceil(halfFteCosts / 2));
}
