import type { Project, Role, SalesFunction } from '../model/schema';
import { functionCosts, type FunctionCosts } from './costs';
import type { AbandonmentQueue } from './erlang-a';
import {
  abandonmentWith,
  agentsFor,
  completeDemand,
  queueWith,
  staffingFor,
  type QueueResult,
  type Staffing,
} from './erlang';
import { financialResult, type FinancialResult } from './financial';
import { roundMinor, sumMoney, type Figure } from './numbers';
import { peopleWithoutRole } from './staff';

export interface HumanFigures {
  readonly fte: number;
  readonly dedicatedFte: number;
  /**
   * FTE of roles marked as handling requests: the staff the Erlang C check counts. A role shared
   * with other work counts at the allocation of the people named in it (capped at its FTE);
   * with nobody named it counts in full (and a design check says so).
   */
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
  /**
   * What the handling staff achieves under the demand (in the peak hour when one is given);
   * undefined without complete demand.
   */
  readonly withAssignedStaff: QueueResult | undefined;
  /** The same under Erlang A, when the demand gives the callers' patience. */
  readonly withAssignedStaffAbandonment: AbandonmentQueue | undefined;
  /** Required FTE (exact) − handling FTE when positive: how far the staff falls short. */
  readonly staffingShortFte: number | undefined;
}

/**
 * A function short of staff for its service level, costed as if it had the staff it needs: the
 * FTE that answer requests raised to the required FTE (rounded up to the half FTE, as hired).
 */
export interface RequiredStaffFigures {
  /** Required FTE − FTE answering requests. */
  readonly missingFte: number;
  /**
   * The missing FTE at the average cost per FTE of the roles answering requests (of all roles
   * when none answers them); undefined when that cost is not known.
   */
  readonly missingMonthlyMinor: Figure;
  /** The function's run cost plus the missing staff. */
  readonly runMonthlyMinor: Figure;
  readonly financial: FinancialResult;
}

export interface FunctionAnalysis {
  readonly functionId: string;
  readonly human: HumanFigures;
  readonly costs: FunctionCosts;
  readonly process: ProcessFigures;
  readonly financial: FinancialResult;
  /** Only for a function short of staff: its figures at the staff it needs. */
  readonly atRequiredStaff: RequiredStaffFigures | undefined;
}

export function analyzeFunction(fn: SalesFunction, project: Project): FunctionAnalysis {
  const human = humanFigures(fn);
  const costs = functionCosts(fn);
  const process = processFigures(fn, human.handlingFte, project.settings.contractedHoursPerWeek);
  const months = project.planningPeriod.months;
  return {
    functionId: fn.id,
    human,
    costs,
    process,
    financial: financialResult(fn.financialGoal, costs.runMonthlyMinor, costs.oneOffMinor, months),
    atRequiredStaff: requiredStaffFigures(fn, human, costs, process, months),
  };
}

function requiredStaffFigures(
  fn: SalesFunction,
  human: HumanFigures,
  costs: FunctionCosts,
  process: ProcessFigures,
  months: number,
): RequiredStaffFigures | undefined {
  const { staffing } = process;
  if (process.staffingShortFte === undefined || staffing.status !== 'ok') return undefined;
  const missingFte = Math.max(staffing.requiredFte - human.handlingFte, 0);
  const handling = fn.roles.filter((role) => role.handlesRequests && role.fte > 0);
  const priced = handling.length > 0 ? handling : fn.roles.filter((role) => role.fte > 0);
  let fte = 0;
  let cost = 0;
  let known = priced.length > 0;
  for (const role of priced) {
    if (role.costPerFteMonthlyMinor === undefined) known = false;
    else {
      fte += role.fte;
      cost += role.fte * role.costPerFteMonthlyMinor;
    }
  }
  const missingMonthlyMinor = known && fte > 0 ? roundMinor((cost / fte) * missingFte) : undefined;
  const runMonthlyMinor =
    missingMonthlyMinor === undefined
      ? undefined
      : sumMoney([costs.runMonthlyMinor, missingMonthlyMinor]);
  return {
    missingFte,
    missingMonthlyMinor,
    runMonthlyMinor,
    financial: financialResult(fn.financialGoal, runMonthlyMinor, costs.oneOffMinor, months),
  };
}

function humanFigures(fn: SalesFunction): HumanFigures {
  let fte = 0;
  let dedicatedFte = 0;
  let handlingFte = 0;
  for (const role of fn.roles) {
    fte += role.fte;
    if (role.dedicated) dedicatedFte += role.fte;
    if (role.handlesRequests) handlingFte += handlingFteOf(fn, role);
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

/**
 * A dedicated role answers requests all its paid time. A shared one does other work too: it
 * counts at the allocation of the people named in it, never above its own FTE; with nobody
 * named there is nothing better than its FTE (the check role.shared-agents asks for names).
 */
function handlingFteOf(fn: SalesFunction, role: Role): number {
  if (role.dedicated) return role.fte;
  const named = fn.assignments.filter((a) => a.roleId === role.id);
  if (named.length === 0) return role.fte;
  return Math.min(role.fte, named.reduce((sum, a) => sum + a.allocationPercent, 0) / 100);
}

function processFigures(
  fn: SalesFunction,
  handlingFte: number,
  contractedHoursPerWeek: number,
): ProcessFigures {
  const staffing = staffingFor(fn.demand, contractedHoursPerWeek);
  const checked = fn.demand === undefined ? undefined : completeDemand(fn.demand);
  const complete = checked === undefined || 'missing' in checked ? undefined : checked.complete;
  const agents =
    complete === undefined ? undefined : agentsFor(handlingFte, complete, contractedHoursPerWeek);
  const patience = complete?.patienceMinutes;
  const withAssignedStaff =
    complete === undefined || agents === undefined ? undefined : queueWith(complete, agents);
  const short = staffing.status === 'ok' ? staffing.requiredFteExact - handlingFte : undefined;
  return {
    steps: fn.steps.length,
    kpis: fn.kpis.length,
    automatedKpis: fn.kpis.filter((kpi) => kpi.measurement.automated).length,
    staffing,
    withAssignedStaff,
    withAssignedStaffAbandonment:
      complete === undefined || agents === undefined || patience === undefined
        ? undefined
        : abandonmentWith({ ...complete, patienceMinutes: patience }, agents),
    staffingShortFte: short !== undefined && short > 1e-9 ? short : undefined,
  };
}
