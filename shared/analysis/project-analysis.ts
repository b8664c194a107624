import type { Project, SalesFunction } from '../model/schema';
import { periodResult, type PeriodResult } from './financial';
import { analyzeFunction, type FunctionAnalysis } from './function-analysis';
import { sumKnown } from './numbers';

/** Per-person load across functions. */
export interface PersonLoad {
  readonly personId: string;
  readonly allocationPercent: number;
  readonly functionIds: readonly string[];
}

export interface CategoryTotals {
  readonly human: {
    readonly fte: number;
    readonly dedicatedFte: number;
    readonly namedPeople: number;
    readonly monthlyCostMinor: number;
  };
  readonly technical: {
    readonly lines: number;
    readonly tools: number;
    readonly linesMonthlyMinor: number;
    readonly toolsMonthlyMinor: number;
    readonly oneOffMinor: number;
  };
  readonly process: {
    readonly steps: number;
    readonly kpis: number;
    readonly automatedKpis: number;
    /** Functions whose request-handling staff is short of the Erlang C requirement. */
    readonly understaffedFunctions: number;
  };
  readonly financial: {
    readonly baselineMonthlyRevenueMinor: number;
    readonly incrementalGrossProfitMonthlyMinor: number;
    /** As ProjectTotals.netMonthlyEffectMinor. */
    readonly netMonthlyEffectMinor: number;
    /**
     * Profit over the planning period (ramped up where a function ramps up) − run cost over
     * it, less every one-off cost.
     */
    readonly periodNetMinor: number;
    readonly payingFunctions: number;
    readonly nonPayingFunctions: number;
    readonly unknownFunctions: number;
  };
}

export interface ProjectTotals {
  readonly functions: number;
  readonly fte: number;
  readonly runMonthlyMinor: number;
  readonly oneOffMinor: number;
  readonly incrementalGrossProfitMonthlyMinor: number;
  /**
   * Total incremental profit − total run cost. Not the sum of the functions' net effects: a
   * function without a financial goal has no net effect of its own but still costs money.
   */
  readonly netMonthlyEffectMinor: number;
  /**
   * Totals add up what is known: each cost as far as it is entered, the profit of the functions
   * whose financial goal is complete. These list the functions some cost is missing from (their
   * costs count only in part) and those whose profit is unknown (left out), so a view can say so
   * beside the sum.
   */
  readonly incomplete: {
    readonly costs: readonly string[];
    readonly profit: readonly string[];
  };
  /** The whole design over the planning period, at the staff as entered. */
  readonly period: PeriodResult;
  /**
   * The whole design with every function short of staff for its service level costed at the
   * staff it needs (FunctionAnalysis.atRequiredStaff). Equal to the figures above when no
   * function is short.
   */
  readonly atRequiredStaff: DesignAtRequiredStaff;
}

export interface DesignAtRequiredStaff extends PeriodResult {
  /** Functions short of staff, in design order. */
  readonly understaffed: readonly string[];
  /** Of those, the ones whose missing staff has no known cost (left out of the run cost). */
  readonly uncosted: readonly string[];
  /** FTE missing across the design. */
  readonly missingFte: number;
  /** Their monthly cost, where known. */
  readonly missingMonthlyMinor: number;
  readonly runMonthlyMinor: number;
  readonly netMonthlyEffectMinor: number;
}

export interface ProjectAnalysis {
  readonly functions: readonly FunctionAnalysis[];
  readonly byFunctionId: ReadonlyMap<string, FunctionAnalysis>;
  readonly totals: ProjectTotals;
  readonly categories: CategoryTotals;
  readonly people: readonly PersonLoad[];
}

/**
 * Figures of one function, kept per function object: the document is immutable, so a function
 * that an edit did not touch keeps its object and its analysis (and a card showing it need not
 * redraw). A function's figures depend on it and on two project settings, which are part of the
 * key.
 */
export class FunctionAnalysisCache {
  private readonly entries = new WeakMap<
    SalesFunction,
    { readonly hours: number; readonly months: number; readonly analysis: FunctionAnalysis }
  >();

  analyze(fn: SalesFunction, project: Project): FunctionAnalysis {
    const hours = project.settings.contractedHoursPerWeek;
    const months = project.planningPeriod.months;
    const entry = this.entries.get(fn);
    if (entry && entry.hours === hours && entry.months === months) return entry.analysis;
    const analysis = analyzeFunction(fn, project);
    this.entries.set(fn, { hours, months, analysis });
    return analysis;
  }
}

/**
 * Every figure of the design, computed from the project alone. With a cache, only the functions
 * that changed since the last call are analysed again; the totals are sums over them.
 */
export function analyzeProject(
  project: Project,
  cache: FunctionAnalysisCache = new FunctionAnalysisCache(),
): ProjectAnalysis {
  const functions = project.functions.map((fn) => cache.analyze(fn, project));
  const sum = (pick: (a: FunctionAnalysis) => number | undefined) => sumKnown(functions.map(pick));
  const missing = (pick: (a: FunctionAnalysis) => number | undefined) =>
    functions.filter((a) => pick(a) === undefined).map((a) => a.functionId);
  const count = (test: (a: FunctionAnalysis) => boolean) => functions.filter(test).length;

  // Costs as far as they are entered (incomplete.costs names the functions missing some): the
  // same sums as the categories', and no known cost dropped for another one missing.
  const runMonthlyMinor = sum((a) => a.costs.runMonthlyKnown.knownMinor);
  const oneOffMinor = sum((a) => a.costs.entered.oneOffMinor);
  const incremental = sum((a) => a.financial.incrementalGrossProfitMonthlyMinor);
  // Costs of every function count against the profit, whether or not it has a goal of its own.
  const net = incremental - runMonthlyMinor;
  const months = project.planningPeriod.months;
  const fte = sum((a) => a.human.fte);
  const people = personLoads(project);
  const short = functions.filter((a) => a.atRequiredStaff !== undefined);
  const missingMonthlyMinor = sum((a) => a.atRequiredStaff?.missingMonthlyMinor);
  const runAtRequired = runMonthlyMinor + missingMonthlyMinor;
  // Each known gain with its own ramp-up; totals add up what is known.
  const gains = functions.flatMap((a, i) => {
    const incrementalMinor = a.financial.incrementalGrossProfitMonthlyMinor;
    const rampUpMonths = project.functions[i]?.financialGoal.rampUpMonths ?? 0;
    return incrementalMinor === undefined ? [] : [{ incrementalMinor, rampUpMonths }];
  });
  const period = periodResult(gains, runMonthlyMinor, oneOffMinor, months);

  return {
    functions,
    byFunctionId: new Map(functions.map((a) => [a.functionId, a])),
    totals: {
      functions: functions.length,
      fte,
      runMonthlyMinor,
      oneOffMinor,
      incrementalGrossProfitMonthlyMinor: incremental,
      netMonthlyEffectMinor: net,
      incomplete: {
        costs: missing((a) => sumOrUndefined(a.costs.runMonthlyMinor, a.costs.oneOffMinor)),
        profit: missing((a) => a.financial.incrementalGrossProfitMonthlyMinor),
      },
      period,
      atRequiredStaff: {
        understaffed: short.map((a) => a.functionId),
        uncosted: short
          .filter((a) => a.atRequiredStaff?.missingMonthlyMinor === undefined)
          .map((a) => a.functionId),
        missingFte: sum((a) => a.atRequiredStaff?.missingFte),
        missingMonthlyMinor,
        runMonthlyMinor: runAtRequired,
        netMonthlyEffectMinor: incremental - runAtRequired,
        ...periodResult(gains, runAtRequired, oneOffMinor, months),
      },
    },
    categories: {
      human: {
        fte,
        dedicatedFte: sum((a) => a.human.dedicatedFte),
        namedPeople: people.length,
        monthlyCostMinor: sum((a) => a.costs.entered.humanMonthlyMinor),
      },
      technical: {
        lines: sumKnown(project.functions.map((f) => f.lines.length)),
        tools: sumKnown(project.functions.map((f) => f.tools.length)),
        linesMonthlyMinor: sum((a) => a.costs.entered.linesMonthlyMinor),
        toolsMonthlyMinor: sum((a) => a.costs.entered.toolsMonthlyMinor),
        oneOffMinor,
      },
      process: {
        steps: sum((a) => a.process.steps),
        kpis: sum((a) => a.process.kpis),
        automatedKpis: sum((a) => a.process.automatedKpis),
        understaffedFunctions: count((a) => a.process.staffingShortFte !== undefined),
      },
      financial: {
        baselineMonthlyRevenueMinor: sumKnown(
          project.functions.map((f) => f.financialGoal.baselineMonthlyRevenueMinor),
        ),
        incrementalGrossProfitMonthlyMinor: incremental,
        netMonthlyEffectMinor: net,
        // Known gains and summed costs: never unknown.
        periodNetMinor: period.periodNetMinor ?? 0,
        payingFunctions: count((a) => a.financial.pays === 'yes'),
        nonPayingFunctions: count((a) => a.financial.pays === 'no'),
        unknownFunctions: count((a) => a.financial.pays === 'unknown'),
      },
    },
    people,
  };
}

function sumOrUndefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : a + b;
}

/** Total allocation of every assigned person, in the order of the people list. */
function personLoads(project: Project): PersonLoad[] {
  const loads = new Map<string, { allocationPercent: number; functionIds: string[] }>();
  for (const fn of project.functions) {
    for (const assignment of fn.assignments) {
      const load = loads.get(assignment.personId) ?? { allocationPercent: 0, functionIds: [] };
      load.allocationPercent += assignment.allocationPercent;
      load.functionIds.push(fn.id);
      loads.set(assignment.personId, load);
    }
  }
  return project.people.flatMap((person) => {
    const load = loads.get(person.id);
    return load ? [{ personId: person.id, ...load }] : [];
  });
}
