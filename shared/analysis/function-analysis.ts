import type { Project, SalesFunction } from '../model/schema';
import { functionCosts, type FunctionCosts } from './costs';
import { completeDemand, queueWith, staffingFor, type QueueResult, type Staffing } from './erlang';
import { financialResult, type FinancialResult } from './financial';
import { peopleWithoutRole } from './staff';

export interface HumanFigures {
  readonly fte: number;
  readonly dedicatedFte: number;
  /** FTE of roles marked as handling requests: the staff the Erlang C check counts. */
  readonly handlingFte: number;
  readonly namedPeople: number;
  /**
   * Named people working in the function without one of its roles, as FTE (allocation ÷ 100).
   * They count in the headcount; their cost is unknown, since cost is entered per role.
   */
  readonly peopleWithoutRoleFte: number;
}

export interface ProcessFigures {
  readonly steps: number;
  readonly kpis: number;
  readonly automatedKpis: number;
  readonly staffing: Staffing;
  /** What the handling staff achieves under the demand; undefined without complete demand. */
  readonly withAssignedStaff: QueueResult | undefined;
  /** Required FTE (exact) − handling FTE when positive: how far the staff falls short. */
  readonly staffingShortFte: number | undefined;
}

export interface FunctionAnalysis {
  readonly functionId: string;
  readonly human: HumanFigures;
  readonly costs: FunctionCosts;
  readonly process: ProcessFigures;
  readonly financial: FinancialResult;
}

export function analyzeFunction(fn: SalesFunction, project: Project): FunctionAnalysis {
  const human = humanFigures(fn);
  const costs = functionCosts(fn);
  return {
    functionId: fn.id,
    human,
    costs,
    process: processFigures(fn, human.handlingFte, project.settings.contractedHoursPerWeek),
    financial: financialResult(
      fn.financialGoal,
      costs.runMonthlyMinor,
      costs.oneOffMinor,
      project.planningPeriod.months,
    ),
  };
}

function humanFigures(fn: SalesFunction): HumanFigures {
  let fte = 0;
  let dedicatedFte = 0;
  let handlingFte = 0;
  for (const role of fn.roles) {
    fte += role.fte;
    if (role.dedicated) dedicatedFte += role.fte;
    if (role.handlesRequests) handlingFte += role.fte;
  }
  const peopleWithoutRoleFte =
    peopleWithoutRole(fn).reduce((sum, a) => sum + a.allocationPercent, 0) / 100;
  return {
    fte: fte + peopleWithoutRoleFte,
    dedicatedFte,
    handlingFte,
    namedPeople: fn.assignments.length,
    peopleWithoutRoleFte,
  };
}

function processFigures(
  fn: SalesFunction,
  handlingFte: number,
  contractedHoursPerWeek: number,
): ProcessFigures {
  const staffing = staffingFor(fn.demand, contractedHoursPerWeek);
  const checked = fn.demand === undefined ? undefined : completeDemand(fn.demand);
  const withAssignedStaff =
    checked === undefined || 'missing' in checked
      ? undefined
      : queueWith(
          checked.complete,
          // FTE → agents on line: fewer hours than covered, and shrinkage, thin them out.
          handlingFte *
            (contractedHoursPerWeek / checked.complete.coverageHoursPerWeek) *
            (1 - checked.complete.shrinkagePercent / 100) +
            1e-9,
        );
  const short = staffing.status === 'ok' ? staffing.requiredFteExact - handlingFte : undefined;
  return {
    steps: fn.steps.length,
    kpis: fn.kpis.length,
    automatedKpis: fn.kpis.filter((kpi) => kpi.measurement.automated).length,
    staffing,
    withAssignedStaff,
    staffingShortFte: short !== undefined && short > 1e-9 ? short : undefined,
  };
}
