import type { CheckField, DesignCheck } from '../../shared/checks';
import type { SectionId } from './sections';

/**
 * Where in the inspector a check is fixed: the section, the KPI or line row when the check
 * names one, and the field (the input marked with data-field, see DraftField).
 */
export interface CheckPlace {
  readonly section: SectionId;
  readonly elementId?: string;
  readonly field: CheckField;
}

/** The inspector section of every field a check can point at; `links` are fixed on the canvas. */
const SECTION_OF: { readonly [F in CheckField]: SectionId | undefined } = {
  ownerPersonId: 'general',
  steps: 'process',
  roles: 'human',
  'roles.fte': 'human',
  'roles.costPerFteMonthlyMinor': 'human',
  assignments: 'human',
  'assignments.roleId': 'human',
  demand: 'demand',
  'demand.peakHourPercent': 'demand',
  links: undefined,
  'lines.number': 'technical',
  'lines.dedicated': 'technical',
  'lines.coverageHoursPerWeek': 'technical',
  'lines.monthlyCostMinor': 'technical',
  'tools.monthlyCostMinor': 'technical',
  'tools.oneOffCostMinor': 'technical',
  kpis: 'kpis',
  'kpis.target': 'kpis',
  'kpis.measurement.source': 'kpis',
  'kpis.measurement.automated': 'kpis',
  'kpis.breach.ownerPersonId': 'kpis',
  'kpis.breach.action': 'kpis',
  'financialGoal.targetGrowthPercent': 'financial',
  'financialGoal.baselineMonthlyRevenueMinor': 'financial',
  'financialGoal.ownerPersonId': 'financial',
};

const ROW_LISTS: ReadonlySet<string> = new Set(['kpis', 'lines', 'roles', 'tools', 'assignments']);

export function placeOfCheck(check: DesignCheck): CheckPlace | undefined {
  const section = SECTION_OF[check.field];
  if (section === undefined) return undefined;
  // A field within a list's row ("kpis.target", "roles.costPerFteMonthlyMinor"): the row is
  // the target's element, whose id is `${kind}-${id}` (see ListEditor's idPrefix).
  const inRow = ROW_LISTS.has(check.field.split('.')[0] ?? '') && check.field.includes('.');
  return inRow
    ? { section, field: check.field, elementId: `${check.target.kind}-${check.target.id}` }
    : { section, field: check.field };
}
