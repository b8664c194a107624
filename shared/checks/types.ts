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
  readonly target: CheckTarget;
  readonly messageKey: DomainKey;
  /** Values for the message's placeholders; numbers are formatted for the language when shown. */
  readonly params: MessageParams;
}

/** Every check, with its severity. The message key is `check.<id>`. */
export const CHECKS = {
  'function.no-owner': 'error',
  'function.job-title-only': 'error',
  'function.does-not-pay': 'error',
  'function.cannot-pay': 'error',
  'function.no-financial-goal': 'warning',
  'function.financial-incomplete': 'warning',
  'function.financial-no-owner': 'warning',
  'function.costs-missing': 'warning',
  'function.not-linked': 'info',
  'kpi.no-source': 'error',
  'kpi.no-breach-owner': 'error',
  'kpi.no-demand': 'warning',
  'kpi.target-mismatch': 'warning',
  'staffing.short': 'error',
  'staffing.unreachable': 'error',
  'line.dedicated-shared': 'error',
  'line.duplicate-number': 'warning',
  'person.over-allocated': 'error',
} as const satisfies Record<string, Severity>;

export type CheckId = keyof typeof CHECKS;

export function check(id: CheckId, target: CheckTarget, params: MessageParams): DesignCheck {
  return { id, severity: CHECKS[id], target, messageKey: `check.${id}`, params };
}

/** What the rules of one function need to know about the rest of the project. */
export interface RuleContext {
  /** Ids of the project's people. */
  readonly people: ReadonlySet<string>;
  /** Ids of functions that have at least one link. */
  readonly linked: ReadonlySet<string>;
  readonly functionCount: number;
}
