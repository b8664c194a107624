import type { DomainKey } from '../i18n/domain.en';

export type Severity = 'error' | 'warning' | 'info';

/** The element a check points at; clicking the check focuses it. */
export interface CheckTarget {
  readonly kind: 'function' | 'kpi' | 'line' | 'role' | 'tool' | 'person';
  readonly id: string;
  /** The function that holds a KPI, line, role or tool, or where a person works. */
  readonly functionId?: string;
}

export interface DesignCheck {
  readonly id: CheckId;
  readonly severity: Severity;
  /** Where it is fixed (see CHECKS). */
  readonly field: CheckField;
  readonly target: CheckTarget;
  readonly messageKey: DomainKey;
  /** Values for the message's placeholders; numbers are formatted for the language when shown. */
  readonly params: CheckParams;
}

/**
 * A message's values, language-neutral (a design report carries them as JSON): a list of names
 * reads as a quoted list in the language ("“A”, “B” and “C”").
 */
export type CheckParams = Readonly<
  Record<string, string | number | readonly string[] | DurationParam>
>;

/** A duration, shown with its unit: "20 s" under a minute, "1.5 min" from one on. */
export interface DurationParam {
  readonly minutes: number;
}

/**
 * Where a finding is fixed: a field of the function (a path in the model; for KPI and line
 * checks, within the KPI or line the target names), or `links` for one fixed on the canvas.
 */
export const CHECK_FIELDS = [
  'ownerPersonId',
  'steps',
  'roles',
  'roles.fte',
  'roles.costPerFteMonthlyMinor',
  'assignments',
  'assignments.roleId',
  'demand',
  'demand.peakHourPercent',
  'links',
  'lines.number',
  'lines.dedicated',
  'lines.coverageHoursPerWeek',
  'lines.monthlyCostMinor',
  'tools.monthlyCostMinor',
  'tools.oneOffCostMinor',
  'kpis',
  'kpis.target',
  'kpis.measurement.source',
  'kpis.measurement.automated',
  'kpis.breach.ownerPersonId',
  'kpis.breach.action',
  'financialGoal.targetGrowthPercent',
  'financialGoal.baselineMonthlyRevenueMinor',
  'financialGoal.ownerPersonId',
] as const;
export type CheckField = (typeof CHECK_FIELDS)[number];

interface CheckDefinition {
  readonly severity: Severity;
  readonly field: CheckField;
}

/** Every check, with its severity and the field it sends the user to. The message key is `check.<id>`. */
export const CHECKS = {
  'function.no-owner': { severity: 'error', field: 'ownerPersonId' },
  'function.job-title-only': { severity: 'error', field: 'steps' },
  'function.does-not-pay': { severity: 'error', field: 'financialGoal.targetGrowthPercent' },
  'function.cannot-pay': { severity: 'error', field: 'financialGoal.baselineMonthlyRevenueMinor' },
  'function.no-financial-goal': {
    severity: 'warning',
    field: 'financialGoal.targetGrowthPercent',
  },
  'function.financial-incomplete': {
    severity: 'warning',
    field: 'financialGoal.baselineMonthlyRevenueMinor',
  },
  'function.financial-no-owner': { severity: 'warning', field: 'financialGoal.ownerPersonId' },
  'function.not-linked': { severity: 'info', field: 'links' },
  // The method: a service level is measured (by automation) and controlled (someone acts).
  'function.no-kpi': { severity: 'warning', field: 'kpis' },
  'kpi.manual-tracking': { severity: 'warning', field: 'kpis.measurement.automated' },
  'kpi.no-breach-action': { severity: 'warning', field: 'kpis.breach.action' },
  'kpi.growth-mismatch': { severity: 'warning', field: 'kpis.target' },
  // Fixed by naming the people in the role (their allocation then counts).
  'role.shared-agents': { severity: 'warning', field: 'assignments' },
  'person.dedicated-elsewhere': { severity: 'warning', field: 'assignments.roleId' },
  'line.coverage-short': { severity: 'warning', field: 'lines.coverageHoursPerWeek' },
  // Staffing the average hour leaves every busier hour short.
  'demand.no-peak': { severity: 'info', field: 'demand.peakHourPercent' },
  'kpi.no-source': { severity: 'error', field: 'kpis.measurement.source' },
  'kpi.no-breach-owner': { severity: 'error', field: 'kpis.breach.ownerPersonId' },
  'kpi.no-demand': { severity: 'warning', field: 'demand' },
  'kpi.target-mismatch': { severity: 'warning', field: 'kpis.target' },
  // Fixed with the demand and the staff (where Erlang C shows both), even where it names a KPI.
  'staffing.short': { severity: 'error', field: 'demand' },
  'staffing.unreachable': { severity: 'error', field: 'demand' },
  'line.dedicated-shared': { severity: 'error', field: 'lines.dedicated' },
  'line.duplicate-number': { severity: 'warning', field: 'lines.number' },
  'role.no-cost': { severity: 'warning', field: 'roles.costPerFteMonthlyMinor' },
  'person.no-role': { severity: 'warning', field: 'assignments.roleId' },
  'line.no-cost': { severity: 'warning', field: 'lines.monthlyCostMinor' },
  'tool.no-monthly-cost': { severity: 'warning', field: 'tools.monthlyCostMinor' },
  'tool.no-one-off-cost': { severity: 'warning', field: 'tools.oneOffCostMinor' },
  'person.over-allocated': { severity: 'error', field: 'assignments' },
} as const satisfies Record<string, CheckDefinition>;

export type CheckId = keyof typeof CHECKS;

/** A finding; `messageKey` names a variant of its message (by default `check.<id>`). */
export function check(
  id: CheckId,
  target: CheckTarget,
  params: CheckParams,
  messageKey: DomainKey = `check.${id}`,
): DesignCheck {
  const { severity, field } = CHECKS[id];
  return { id, severity, field, target, messageKey, params };
}

/** What the rules of one function need to know about the rest of the project. */
export interface RuleContext {
  /** The project's people: id → name. */
  readonly people: ReadonlyMap<string, string>;
  /** Ids of functions that have at least one link. */
  readonly linked: ReadonlySet<string>;
  readonly functionCount: number;
}
