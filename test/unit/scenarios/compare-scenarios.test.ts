import { describe, expect, it } from 'vitest';
import { createFunction } from '../../../shared/catalog';
import { evaluationOf } from '../../../shared/checks';
import {
  compareScenarios,
  DECISION_FIGURES,
  designFigures,
  figureChange,
  signedDifference,
  type DesignFigures,
} from '../../../shared/compare';
import { formatMoney, formatNumber } from '../../../shared/i18n/format';
import {
  addFunction,
  BASELINE_SCENARIO_ID,
  createBlankProject,
  createScenario,
  switchScenario,
  type Project,
} from '../../../shared/model';

const row = (key: string) => {
  const found = DECISION_FIGURES.find((figure) => figure.key === key);
  if (!found) throw new Error(key);
  return found;
};

function project(): Project {
  let next = 0;
  const blank = createBlankProject({
    id: 'p',
    name: 'P',
    now: '2026-01-01T00:00:00.000Z',
    language: 'en',
  });
  const fn = (typeId: 'key-accounts' | 'technical-support', id: string) =>
    createFunction({
      typeId,
      id,
      position: { x: 0, y: 0 },
      language: 'en',
      currency: blank.currency,
      newId: () => `n-${++next}`,
    });
  const baseline = addFunction(blank, fn('key-accounts', 'ka'));
  const variant = createScenario(baseline, { id: 'v', name: 'V', baselineName: '' });
  return switchScenario(addFunction(variant, fn('technical-support', 'ts')), BASELINE_SCENARIO_ID);
}

describe('comparing scenarios', () => {
  it('puts the reference first, then each scenario with the functions that differ', () => {
    const compared = compareScenarios(project(), [BASELINE_SCENARIO_ID, 'v'], BASELINE_SCENARIO_ID);
    expect(compared.map((column) => column.scenarioId)).toEqual([BASELINE_SCENARIO_ID, 'v']);
    expect(compared[0]?.functions).toEqual([]);
    const [added] = compared[1]?.functions ?? [];
    expect(added).toMatchObject({ functionId: 'ts', kind: 'added' });
    expect(added?.before).toBeUndefined();
    expect(added?.after?.fte).toBeGreaterThan(0);
  });

  it('gives the same figures as designFigures of each scenario', () => {
    const doc = project();
    const compared = compareScenarios(doc, ['v'], BASELINE_SCENARIO_ID);
    const { analysis, checks } = evaluationOf(doc);
    expect(compared[0]?.figures).toEqual(designFigures(analysis, checks));
    expect(compared[1]?.figures.fte).toBeGreaterThan(compared[0]?.figures.fte ?? 0);
  });

  it('against another reference, the baseline lacks what the variant added', () => {
    const compared = compareScenarios(project(), [BASELINE_SCENARIO_ID], 'v');
    expect(compared[1]?.functions.map((d) => [d.functionId, d.kind])).toEqual([['ts', 'removed']]);
  });

  it('leaves unknown scenarios out', () => {
    expect(compareScenarios(project(), ['nope'], 'nope')).toEqual([]);
  });
});

describe('a decision figure against the reference', () => {
  const base = {
    monthlyCostMinor: 100_000,
    fte: 2,
    payback: { status: 'months', months: 4 },
    roiPercent: undefined,
    errors: 0,
  } as unknown as DesignFigures;

  it('tells lower cost better and higher cost worse, with the signed difference', () => {
    const cheaper = { ...base, monthlyCostMinor: 80_000 };
    expect(figureChange(row('monthlyCost'), base, cheaper)).toEqual({
      delta: -20_000,
      verdict: 'better',
    });
    expect(figureChange(row('monthlyCost'), cheaper, base).verdict).toBe('worse');
    expect(figureChange(row('errors'), base, { ...base, errors: 2 }).verdict).toBe('worse');
  });

  it('calls FTE changed, neither better nor worse, and a tiny difference no change', () => {
    expect(figureChange(row('fte'), base, { ...base, fte: 3.5 })).toEqual({
      delta: 1.5,
      verdict: 'changed',
    });
    expect(figureChange(row('fte'), base, { ...base, fte: 2.01 }).verdict).toBe('same');
  });

  it('compares payback in months, "never" as worse without a number, unknown when data lacks', () => {
    const never = { ...base, payback: { status: 'never' } } as DesignFigures;
    expect(figureChange(row('payback'), base, never)).toEqual({
      delta: undefined,
      verdict: 'worse',
    });
    const sooner = { ...base, payback: { status: 'months', months: 1 } } as DesignFigures;
    expect(figureChange(row('payback'), base, sooner)).toEqual({ delta: -3, verdict: 'better' });
    expect(figureChange(row('roi'), base, { ...base, roiPercent: 20 }).verdict).toBe('unknown');
  });
});

describe('a difference as it is shown', () => {
  const rub = (language: 'ru' | 'en') => (minor: number) => formatMoney(language, minor, 'RUB');

  it('carries the same minus as a negative figure beside it, and a plus when it grows', () => {
    for (const language of ['ru', 'en'] as const) {
      // A net effect of -273 500 beside a difference of -760 000: one minus sign for both.
      const figure = rub(language)(-273_500_00);
      const difference = signedDifference(-760_000_00, rub(language));
      expect(difference.replace(/\d|\s|[.,]/gu, '')).toBe(figure.replace(/\d|\s|[.,]/gu, ''));
      expect(signedDifference(760_000_00, rub(language))).toBe(`+${rub(language)(760_000_00)}`);
    }
  });

  it('says no change as a bare zero, never “-0” or “+0”', () => {
    expect(signedDifference(-0, (value) => formatNumber('en', value))).toBe('0');
    expect(signedDifference(0, (value) => formatNumber('ru', value))).toBe('0');
  });
});
