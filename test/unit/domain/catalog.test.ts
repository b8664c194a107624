import { describe, expect, it } from 'vitest';
import { createFunction, FUNCTION_TYPES, functionType } from '../../../shared/catalog';
import { translate } from '../../../shared/i18n';
import { FUNCTION_TYPE_IDS, salesFunctionSchema } from '../../../shared/model';

describe('function catalog', () => {
  it('offers the seven types of the method plus custom, each with an icon', () => {
    expect(FUNCTION_TYPES.map((t) => t.id)).toEqual([...FUNCTION_TYPE_IDS]);
    expect(FUNCTION_TYPES.map((t) => t.iconId)).toEqual([
      'key',
      'megaphone',
      'map-pin',
      'sprout',
      'headset',
      'calendar',
      'handshake',
      'puzzle',
    ]);
    for (const id of FUNCTION_TYPE_IDS) expect(functionType(id).id).toBe(id);
  });

  it('has Russian and English names', () => {
    expect(translate('ru', functionType('key-accounts').nameKey)).toBe(
      'Работа с ключевыми клиентами',
    );
    expect(translate('en', functionType('lead-nurturing').nameKey)).toBe('Lead nurturing');
  });

  it.each(FUNCTION_TYPE_IDS)('creates a valid %s function with its defaults', (typeId) => {
    let n = 0;
    for (const language of ['ru', 'en'] as const) {
      const fn = createFunction({
        typeId,
        id: 'f',
        position: { x: 1, y: 2 },
        language,
        currency: 'RUB',
        newId: () => `id-${++n}`,
      });
      expect(salesFunctionSchema.safeParse(fn).success).toBe(true);
      expect(fn.name).toBe(translate(language, functionType(typeId).nameKey));
      if (typeId !== 'custom') {
        expect(fn.steps.length).toBeGreaterThan(0);
        expect(fn.kpis.every((k) => k.measurement.source !== '')).toBe(true);
        expect(fn.roles.every((r) => r.costPerFteMonthlyMinor !== undefined)).toBe(true);
      }
    }
  });

  it('leaves costs empty for a currency without a default table', () => {
    const fn = createFunction({
      typeId: 'events',
      id: 'f',
      position: { x: 0, y: 0 },
      language: 'en',
      currency: 'JPY',
      newId: () => 'x',
    });
    expect(fn.roles[0]?.costPerFteMonthlyMinor).toBeUndefined();
  });

  it('technical support starts with demand its two specialists can cover', () => {
    const fn = createFunction({
      typeId: 'technical-support',
      id: 'f',
      position: { x: 0, y: 0 },
      language: 'en',
      currency: 'RUB',
      newId: () => 'x',
    });
    expect(fn.roles[0]).toMatchObject({ fte: 2, handlesRequests: true });
    expect(fn.demand).toMatchObject({ targetAnswerMinutes: 15, serviceLevelPercent: 90 });
  });

  it('key accounts carries the seed’s structure, blank where the figure is the user’s', () => {
    const fn = createFunction({
      typeId: 'key-accounts',
      id: 'f',
      position: { x: 0, y: 0 },
      language: 'en',
      currency: 'RUB',
      newId: () => 'x',
    });
    expect(fn.roles.map((r) => [r.fte, r.dedicated, r.handlesRequests])).toEqual([
      [1, true, false],
      [2, true, true],
    ]);
    expect(fn.roles.reduce((sum, r) => sum + r.fte, 0)).toBe(3);
    expect(fn.lines).toEqual([
      {
        id: 'x',
        number: '',
        purpose: 'Dedicated technical-support number for key clients',
        dedicated: true,
      },
    ]);
    const [response] = fn.kpis;
    expect(response).toMatchObject({
      kind: 'response-time',
      comparator: 'le',
      target: 15,
      unit: 'minutes',
      measurement: { automated: true },
    });
    expect(response?.breach.action).toMatch(/key-account manager/);
    expect(response?.breach.ownerPersonId).toBeUndefined();
    expect(fn.financialGoal).toEqual({ targetGrowthPercent: 25 });
    expect(fn.demand).toEqual({ targetAnswerMinutes: 15 });
  });
});
