import { peopleWithoutRole } from '../analysis/staff';
import type { SalesFunction } from '../model/schema';
import { check, type DesignCheck, type RuleContext } from './types';

/**
 * Every cost the run cost is made of, each pointing at the field left empty: a role's cost per
 * FTE, a line's or tool's monthly cost, a tool's one-off cost, and the role of a named person
 * (whose cost comes from the role). Any of them leaves the function's run cost unknown.
 */
export function costRules(fn: SalesFunction, context: RuleContext): DesignCheck[] {
  const functionId = fn.id;
  const name = { function: fn.name };
  const found: DesignCheck[] = [];
  for (const role of fn.roles) {
    if (role.costPerFteMonthlyMinor === undefined) {
      found.push(
        check(
          'role.no-cost',
          { kind: 'role', id: role.id, functionId },
          { ...name, role: role.title },
        ),
      );
    }
  }
  for (const person of peopleWithoutRole(fn)) {
    found.push(
      check(
        'person.no-role',
        { kind: 'person', id: person.personId, functionId },
        { ...name, person: context.people.get(person.personId) ?? '' },
      ),
    );
  }
  for (const line of fn.lines) {
    if (line.monthlyCostMinor === undefined) {
      found.push(
        check(
          'line.no-cost',
          { kind: 'line', id: line.id, functionId },
          { ...name, number: line.number },
        ),
      );
    }
  }
  for (const tool of fn.tools) {
    const target = { kind: 'tool', id: tool.id, functionId } as const;
    const params = { ...name, tool: tool.name };
    if (tool.monthlyCostMinor === undefined)
      found.push(check('tool.no-monthly-cost', target, params));
    if (tool.oneOffCostMinor === undefined)
      found.push(check('tool.no-one-off-cost', target, params));
  }
  return found;
}
