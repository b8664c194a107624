import { describe, expect, it } from 'vitest';
import { CHECKS, type CheckId, type CheckTarget, type DesignCheck } from '../../../shared/checks';
import { placeOfCheck } from '../../../renderer/inspector/check-place';
import { SECTION_IDS } from '../../../renderer/inspector/sections';

const check = (id: CheckId, target: CheckTarget): DesignCheck => ({
  id,
  ...CHECKS[id],
  target,
  messageKey: `check.${id}`,
  params: {},
});

describe('a design check leads to where it is fixed', () => {
  it('points KPI and line checks at the field in their row', () => {
    expect(
      placeOfCheck(check('kpi.no-source', { kind: 'kpi', id: 'k1', functionId: 'f' })),
    ).toEqual({ section: 'kpis', elementId: 'kpi-k1', field: 'kpis.measurement.source' });
    expect(
      placeOfCheck(check('line.duplicate-number', { kind: 'line', id: 'l1', functionId: 'f' })),
    ).toEqual({ section: 'technical', elementId: 'line-l1', field: 'lines.number' });
  });

  it('points cost, role and coverage checks at the field in their role, tool, line or person row', () => {
    const at = (id: CheckId, kind: CheckTarget['kind'], element: string) =>
      placeOfCheck(check(id, { kind, id: element, functionId: 'f' }));
    expect(at('role.no-cost', 'role', 'r1')).toEqual({
      section: 'human',
      elementId: 'role-r1',
      field: 'roles.costPerFteMonthlyMinor',
    });
    expect(at('tool.no-one-off-cost', 'tool', 't1')).toEqual({
      section: 'technical',
      elementId: 'tool-t1',
      field: 'tools.oneOffCostMinor',
    });
    expect(at('person.dedicated-elsewhere', 'person', 'p1')).toEqual({
      section: 'human',
      elementId: 'person-p1',
      field: 'assignments.roleId',
    });
    expect(at('line.coverage-short', 'line', 'l1')?.field).toBe('lines.coverageHoursPerWeek');
    expect(placeOfCheck(check('function.no-kpi', { kind: 'function', id: 'f' }))).toEqual({
      section: 'kpis',
      field: 'kpis',
    });
  });

  it('sends a staffing check to the demand even when it names a KPI', () => {
    expect(
      placeOfCheck(check('staffing.short', { kind: 'kpi', id: 'k1', functionId: 'f' })),
    ).toEqual({ section: 'demand', field: 'demand' });
  });

  it('gives every check a section of the inspector, except "not linked" (the canvas)', () => {
    for (const id of Object.keys(CHECKS) as CheckId[]) {
      const place = placeOfCheck(check(id, { kind: 'function', id: 'f' }));
      if (id === 'function.not-linked') expect(place).toBeUndefined();
      else expect(SECTION_IDS, id).toContain(place?.section);
    }
    expect(placeOfCheck(check('function.does-not-pay', { kind: 'function', id: 'f' }))).toEqual({
      section: 'financial',
      field: 'financialGoal.targetGrowthPercent',
    });
  });
});
