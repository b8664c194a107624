import { minorUnitDigits } from '../../../shared/i18n/format';
import type { Project } from '../../../shared/model';

/**
 * Writes a project as format version 1 (see docs/file-format.md): the inverse of the v1 → v2
 * migration, for projects version 1 can express (at most one line per function, as migrated).
 */
export function downgradeToV1(project: Project): Record<string, unknown> {
  const major = (minor: number | undefined) =>
    minor === undefined ? undefined : minor / 10 ** minorUnitDigits(project.currency);
  return {
    ...project,
    settings: undefined, // version 1 had no settings; JSON drops the key
    schemaVersion: 1,
    functions: project.functions.map(({ lines, roles, tools, financialGoal, ...fn }) => ({
      ...fn,
      roles: roles.map(({ costPerFteMonthlyMinor, ...role }) => ({
        ...role,
        costPerFteMonthly: major(costPerFteMonthlyMinor),
      })),
      tools: tools.map(({ monthlyCostMinor, oneOffCostMinor, ...tool }) => ({
        ...tool,
        monthlyCost: major(monthlyCostMinor),
        oneOffCost: major(oneOffCostMinor),
      })),
      financialGoal: {
        ...financialGoal,
        baselineMonthlyRevenueMinor: undefined,
        baselineMonthlyRevenue: major(financialGoal.baselineMonthlyRevenueMinor),
      },
      phone: lines[0]?.number,
      phoneDedicated: lines[0]?.dedicated,
      phoneMonthlyCost: major(lines[0]?.monthlyCostMinor),
    })),
  };
}

/** Makes a project expressible in version 1: one line at most, shaped as the migration makes it. */
export function v1Expressible(project: Project): Project {
  return {
    ...project,
    settings: { contractedHoursPerWeek: 40 },
    functions: project.functions.map((fn) => ({
      ...fn,
      lines: fn.lines.slice(0, 1).map((line) => ({
        id: `${fn.id}-phone`,
        number: line.number,
        purpose: '',
        dedicated: line.dedicated,
        monthlyCostMinor: line.monthlyCostMinor,
      })),
    })),
  };
}
