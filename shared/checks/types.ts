import type { DomainKey } from '../i18n/domain.en';
import type { MessageParams } from '../i18n';

export type Severity = 'error' | 'warning' | 'info';

/** The element a check points at; clicking the check focuses it. */
export interface CheckTarget {
  readonly kind: 'function' | 'kpi' | 'line' | 'person';
  readonly id: string;
  /** The function that holds a KPI or a line. */
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
  readonly params: MessageParams;
}

/**
 * Where a finding is fixed: a field of the function (a path in the model; for KPI and line
 * checks, within the KPI or line the target names), or `links` for one fixed on the canvas.
 */
export const CHECK_FIELDS = [
  'ownerPersonId',
  'steps',
  'roles',
  'assignments',
  'demand',
  'links',
  'lines.number',
  'lines.dedicated',
  'kpis.target',
  'kpis.measurement.source',
  'kpis.breach.ownerPersonId',
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
  'function.costs-missing': { severity: 'warning', field: 'roles' },
  'function.not-linked': { severity: 'info', field: 'links' },
  'kpi.no-source': { severity: 'error', field: 'kpis.measurement.source' },
  'kpi.no-breach-owner': { severity: 'error', field: 'kpis.breach.ownerPersonId' },
  'kpi.no-demand': { severity: 'warning', field: 'demand' },
  'kpi.target-mismatch': { severity: 'warning', field: 'kpis.target' },
  // Fixed with the demand and the staff (where Erlang C shows both), even where it names a KPI.
  'staffing.short': { severity: 'error', field: 'demand' },
  'staffing.unreachable': { severity: 'error', field: 'demand' },
  'line.dedicated-shared': { severity: 'error', field: 'lines.dedicated' },
  'line.duplicate-number': { severity: 'warning', field: 'lines.number' },
  'person.over-allocated': { severity: 'error', field: 'assignments' },
} as const satisfies Record<string, CheckDefinition>;

export type CheckId = keyof typeof CHECKS;

export function check(id: CheckId, target: CheckTarget, params: MessageParams): DesignCheck {
  const { severity, field } = CHECKS[id];
  return { id, severity, field, target, messageKey: `check.${id}`, params };
}

/** What the rules of one function need to know about the rest of the project. */
export interface RuleContext {
  /** Ids of the project's people. */
  readonly people: ReadonlySet<string>;
  /** Ids of functions that have at least one link. */
  readonly linked: ReadonlySet<string>;
  readonly functionCount: number;
}
