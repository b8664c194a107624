import { completeDemand } from '../analysis/erlang';
import type { SalesFunction } from '../model/schema';
import { check, type DesignCheck } from './types';

/**
 * What the staffing and the lines of a function with demand assume: a shared role answering
 * requests counts at the allocation of the people named in it — with nobody named, at its full
 * FTE, which is what the warning says — and the line is open whenever requests are answered.
 */
export function staffRules(fn: SalesFunction): DesignCheck[] {
  const demand = fn.demand;
  if (demand === undefined) return [];
  const functionId = fn.id;
  const found: DesignCheck[] = [];
  for (const role of fn.roles) {
    if (
      role.handlesRequests &&
      !role.dedicated &&
      !fn.assignments.some((assignment) => assignment.roleId === role.id)
    ) {
      found.push(
        check(
          'role.shared-agents',
          { kind: 'role', id: role.id, functionId },
          { function: fn.name, role: role.title, fte: role.fte },
        ),
      );
    }
  }
  // Once the staffing is computed (every figure given), it is for the average hour unless told.
  if (!('missing' in completeDemand(demand)) && demand.peakHourPercent === undefined) {
    found.push(
      check('demand.no-peak', { kind: 'function', id: functionId }, { function: fn.name }),
    );
  }
  const covered = demand.coverageHoursPerWeek;
  for (const line of fn.lines) {
    const open = line.coverageHoursPerWeek;
    if (covered !== undefined && open !== undefined && open < covered - 1e-9) {
      found.push(
        check(
          'line.coverage-short',
          { kind: 'line', id: line.id, functionId },
          { function: fn.name, number: line.number, line: open, demand: covered },
        ),
      );
    }
  }
  return found;
}
