import type { DesignCheck } from '../../shared/checks';
import type { SectionId } from './sections';

/** Where in the inspector a check is fixed: a section, and the KPI or line row when there is one. */
export interface CheckPlace {
  readonly section: SectionId;
  readonly elementId?: string;
}

export function placeOfCheck(check: DesignCheck): CheckPlace | undefined {
  const [area, rule] = check.id.split('.');
  const row = `${check.target.kind}-${check.target.id}`;
  if (area === 'kpi') return { section: 'kpis', elementId: row };
  if (area === 'line') return { section: 'technical', elementId: row };
  // A staffing check may point at its KPI, but it is fixed with the demand and the staff.
  if (area === 'staffing') return { section: 'demand' };
  if (area === 'person') return { section: 'human' };
  if (rule === 'no-owner') return { section: 'general' };
  if (rule === 'job-title-only') return { section: 'process' };
  if (rule === 'costs-missing') return { section: 'human' };
  if (rule === 'not-linked') return undefined;
  return { section: 'financial' };
}
