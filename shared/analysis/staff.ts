import type { Assignment, SalesFunction } from '../model/schema';

/**
 * Named people working in a function without one of its roles: staff the roles do not account
 * for, so neither their headcount nor their cost is in the roles' figures.
 */
export function peopleWithoutRole(fn: SalesFunction): Assignment[] {
  return fn.assignments.filter(
    (a) => a.roleId === undefined || !fn.roles.some((role) => role.id === a.roleId),
  );
}
