import type { FunctionAnalysis } from '../analysis';
import type { SalesFunction } from '../model/schema';
import { check, type DesignCheck, type RuleContext } from './types';

/** Checks of a function as a whole: owner, substance, money. */
export function functionRules(
  fn: SalesFunction,
  analysis: FunctionAnalysis,
  context: RuleContext,
): DesignCheck[] {
  const found: DesignCheck[] = [];
  const target = { kind: 'function', id: fn.id } as const;
  const name = { function: fn.name };
  const exists = (id: string | undefined) => id !== undefined && context.people.has(id);

  if (!exists(fn.ownerPersonId)) found.push(check('function.no-owner', target, name));
  // Staff is roles or named people: two people and nothing else is a job title all the same.
  const staffed = fn.roles.length > 0 || fn.assignments.length > 0;
  if (staffed && fn.kpis.length === 0) {
    // With steps it is a process nobody measures; without, not even a process.
    found.push(
      check(fn.steps.length === 0 ? 'function.job-title-only' : 'function.no-kpi', target, name),
    );
  }

  found.push(...financialRules(fn, analysis, exists));

  if (context.functionCount > 1 && !context.linked.has(fn.id)) {
    found.push(check('function.not-linked', target, name));
  }
  return found;
}

function financialRules(
  fn: SalesFunction,
  analysis: FunctionAnalysis,
  exists: (id: string | undefined) => boolean,
): DesignCheck[] {
  const goal = fn.financialGoal;
  const target = { kind: 'function', id: fn.id } as const;
  const name = { function: fn.name };
  if (goal.targetGrowthPercent === undefined) {
    return [check('function.no-financial-goal', target, name)];
  }
  const found: DesignCheck[] = [];
  if (!exists(goal.ownerPersonId)) found.push(check('function.financial-no-owner', target, name));
  if (goal.baselineMonthlyRevenueMinor === undefined || goal.grossMarginPercent === undefined) {
    found.push(check('function.financial-incomplete', target, name));
  }
  const breakEven = analysis.financial.breakEven;
  if (breakEven.status === 'impossible') found.push(check('function.cannot-pay', target, name));
  if (breakEven.status === 'ok' && analysis.financial.pays === 'no') {
    found.push(
      check('function.does-not-pay', target, {
        ...name,
        target: goal.targetGrowthPercent,
        breakEven: breakEven.growthPercent,
      }),
    );
  }
  return found;
}
