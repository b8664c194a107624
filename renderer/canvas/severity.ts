import type { DesignCheck } from '../../shared/checks';

/** The most serious severity among checks, or 'ok' when there are none worth a colour. */
export function worstSeverity(checks: readonly DesignCheck[]): 'error' | 'warning' | 'ok' {
  if (checks.some((c) => c.severity === 'error')) return 'error';
  if (checks.some((c) => c.severity === 'warning')) return 'warning';
  return 'ok';
}
