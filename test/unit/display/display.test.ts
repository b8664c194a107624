import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkMessage,
  countBySeverity,
  worstSeverity,
  type DesignCheck,
} from '../../../shared/checks';
import { displayFor } from '../../../shared/display';

const en = displayFor('en', 'RUB');
const ru = displayFor('ru', 'RUB');
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the display layer', () => {
  it('is one object per language and currency', () => {
    expect(displayFor('en', 'RUB')).toBe(en);
    expect(displayFor('en', 'USD')).not.toBe(en);
  });

  it('shows the known part of a partly known run cost, with how many costs are missing', () => {
    const partial = (missing: number) => ({
      runMonthlyMinor: undefined,
      runMonthlyKnown: { knownMinor: 220_000_00, missing },
    });
    expect(nbsp(ru.runCost(partial(1), true))).toBe('≥ 220 000 ₽ / мес., 1 расход не указан');
    expect(nbsp(ru.runCost(partial(3)))).toBe('≥ 220 000 ₽, 3 расхода не указаны');
    expect(nbsp(ru.runCost(partial(5)))).toBe('≥ 220 000 ₽, 5 расходов не указаны');
    expect(nbsp(en.runCost(partial(1), true))).toBe('≥ RUB 220,000 / month, 1 cost missing');
    expect(nbsp(en.runCost(partial(2)))).toBe('≥ RUB 220,000, 2 costs missing');
    const whole = { runMonthlyMinor: 5_00, runMonthlyKnown: { knownMinor: 5_00, missing: 0 } };
    expect(nbsp(en.runCost(whole, true))).toBe('RUB 5 / month');
    expect(en.runCost(undefined)).toBe('—');
  });

  it('shows the staff cost the same way: the known part and the count, never a bare "—"', () => {
    const partial = {
      humanMonthlyMinor: undefined,
      humanMonthlyKnown: { knownMinor: 200_000_00, missing: 1 },
    };
    expect(nbsp(ru.humanCost(partial))).toBe('≥ 200 000 ₽, 1 расход не указан');
    expect(nbsp(en.humanCost(partial))).toBe('≥ RUB 200,000, 1 cost missing');
    const whole = { humanMonthlyMinor: 7_00, humanMonthlyKnown: { knownMinor: 7_00, missing: 0 } };
    expect(nbsp(en.humanCost(whole))).toBe('RUB 7');
    expect(en.humanCost(undefined)).toBe('—');
  });

  it('names a function by its name, or by its type while the name is blank', () => {
    expect(en.functionName({ name: '  Key accounts ', typeId: 'events' })).toBe('Key accounts');
    expect(en.functionName({ name: ' ', typeId: 'technical-support' })).toBe('Technical support');
  });

  it('shows names without the invisible characters that could spoof them (RLO, zero-width)', () => {
    // U+202E would show "Accounts‮txt.exe" as "Accountsexe.txt".
    const spoofed = 'Accounts\u202Etxt.exe\u200B';
    expect(en.functionName({ name: spoofed, typeId: 'events' })).toBe('Accountstxt.exe');
    expect(en.functionName({ name: '\u200B\u2066', typeId: 'events' })).toBe('Events');
    expect(en.linkLabel({ label: '\u202Ehand-over', kind: 'handoff' })).toBe('hand-over');
    expect(en.name(' \u202Bgroup\u202C ')).toBe('group');
    const check: DesignCheck = {
      id: 'function.does-not-pay',
      severity: 'error',
      field: 'financialGoal.targetGrowthPercent',
      target: { kind: 'function', id: 'f' },
      messageKey: 'check.function.does-not-pay',
      params: { function: spoofed, target: 50, breakEven: 60 },
    };
    expect(checkMessage(check, 'en')).toContain('Accountstxt.exe');
    expect(checkMessage(check, 'en')).not.toMatch(/[\u202E\u200B]/);
  });

  it('writes KPI targets with their units, seconds under a minute', () => {
    const kpi = (target: number, unit: 'minutes' | 'hours' | 'percent' | 'money') => ({
      comparator: 'le' as const,
      target,
      unit,
    });
    expect(en.kpiTarget(kpi(15, 'minutes'))).toBe('≤ 15 min');
    expect(en.kpiTarget(kpi(0.25, 'minutes'))).toBe('≤ 15 s');
    expect(en.kpiTarget(kpi(1 / 3, 'minutes'))).toBe('≤ 20 s');
    expect(ru.kpiTarget(kpi(0.25, 'minutes'))).toBe('≤ 15 с');
    expect(en.kpiTarget(kpi(4, 'hours'))).toBe('≤ 4 h');
    expect(nbsp(ru.kpiTarget(kpi(25, 'percent')))).toBe('≤ 25 %');
    expect(nbsp(en.kpiTarget(kpi(1000000, 'money')))).toBe('≤ RUB 1,000,000');
  });

  it('writes payback and never NaN', () => {
    expect(en.payback({ status: 'months', months: 4.24 })).toBe('4.2 months');
    expect(en.payback({ status: 'immediate' })).not.toMatch(/NaN|undefined/);
    expect(en.payback(undefined)).not.toMatch(/NaN|undefined/);
    expect(en.money(Number.NaN)).toBe('—');
  });

  it('never shows a break-even that reads the same as a different target as typed', () => {
    expect(en.breakEven({ status: 'ok', growthPercent: 50.04 }, 50)).toBe('50.04%');
    expect(en.breakEven({ status: 'ok', growthPercent: 50.04 })).toBe('50%');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        (base, gap, above) => {
          const target = base / 100;
          const breakEven = above ? target + gap / 10_000 : Math.max(0, target - gap / 10_000);
          if (breakEven === target) return;
          const shown = en.breakEven({ status: 'ok', growthPercent: breakEven }, target);
          expect(shown).not.toBe(en.targetGrowth(target));
        },
      ),
    );
  });
});

describe('check counts', () => {
  const check = (severity: DesignCheck['severity']) => ({ severity }) as DesignCheck;
  it('count each severity once and name the worst', () => {
    const checks = [check('warning'), check('info'), check('warning')];
    expect(countBySeverity(checks)).toEqual({ error: 0, warning: 2, info: 1 });
    expect(worstSeverity(checks)).toBe('warning');
    expect(worstSeverity([...checks, check('error')])).toBe('error');
    expect(worstSeverity([check('info')])).toBe('ok');
  });
});

describe('check messages', () => {
  it('never state a comparison with figures that contradict it', () => {
    const check: DesignCheck = {
      id: 'function.does-not-pay',
      severity: 'error',
      field: 'financialGoal.targetGrowthPercent',
      target: { kind: 'function', id: 'f' },
      messageKey: 'check.function.does-not-pay',
      params: { function: 'Support', target: 50, breakEven: 50.04 },
    };
    const text = checkMessage(check, 'en');
    expect(text).toContain('50.04');
    expect(checkMessage({ ...check, params: { ...check.params, breakEven: 62.34 } }, 'en')).toMatch(
      /62\.3\b/,
    );
  });
});
