import { describe, expect, it } from 'vitest';
import {
  createBlankProject,
  CURRENT_SCHEMA_VERSION,
  parseProjectFile,
  projectSchema,
} from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import { fnFixture, projectFixture, defined } from './fixtures';

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
const errorsOf = (json: unknown) => {
  const result = parseProjectFile(json);
  return result.ok ? [] : result.errors;
};

describe('createBlankProject', () => {
  it('is valid, current, empty, in RUB, with a planning period from this month', () => {
    const project = createBlankProject({
      id: 'p1',
      name: 'New',
      now: '2026-11-26T10:00:00.000Z',
      language: 'ru',
    });
    expect(projectSchema.safeParse(project).success).toBe(true);
    expect(project).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      currency: 'RUB',
      planningPeriod: { startMonth: '2026-11', months: 12 },
      settings: { contractedHoursPerWeek: 40 },
      functions: [],
    });
    expect(
      createBlankProject({
        id: 'p',
        name: 'N',
        now: '2026-01-01T00:00:00Z',
        language: 'en',
        currency: 'USD',
      }).currency,
    ).toBe('USD');
  });
});

describe('parseProjectFile', () => {
  it('reads the current format unchanged and does not claim a migration', () => {
    const sample = loadSample('key-accounts', 'ru');
    expect(parseProjectFile(roundTrip(sample))).toEqual({ ok: true, project: sample });
  });

  it('names what is wrong and where, as a JSON path', () => {
    const doc = roundTrip(
      projectFixture([
        fnFixture({
          roles: [{ id: 'r', title: '', fte: 0.75, dedicated: true, handlesRequests: false }],
        }),
      ]),
    );
    expect(errorsOf(doc)).toEqual([
      { path: '$.functions[0].roles[0].fte', message: expect.stringMatching(/multiple of 0.5/) },
    ]);
  });

  it('refuses money that is not whole minor units', () => {
    const doc = roundTrip(
      projectFixture([fnFixture({ financialGoal: { baselineMonthlyRevenueMinor: 10.5 } })]),
    );
    expect(errorsOf(doc).map((e) => e.path)).toEqual([
      '$.functions[0].financialGoal.baselineMonthlyRevenueMinor',
    ]);
  });

  it('refuses broken references with their path', () => {
    const doc = roundTrip(
      projectFixture([fnFixture({ ownerPersonId: 'ghost' }), fnFixture()], {
        links: [{ id: 'l', from: 'fn-1', to: 'nowhere', kind: 'handoff', label: '' }],
      }),
    );
    expect(errorsOf(doc).map((e) => e.path)).toEqual([
      '$.functions[1].id',
      '$.functions[0].ownerPersonId',
      '$.links[0].to',
    ]);
  });

  it('refuses a non-object, a missing version, and a version from the future', () => {
    expect(errorsOf(null)).toEqual([
      { path: '$', message: 'a project file holds one JSON object' },
    ]);
    expect(errorsOf([])).toHaveLength(1);
    expect(errorsOf({ name: 'x' })[0]?.path).toBe('$.schemaVersion');
    const future = errorsOf({ ...roundTrip(loadSample('key-accounts', 'en')), schemaVersion: 99 });
    expect(future).toEqual([
      {
        code: 'newer-version',
        path: '$.schemaVersion',
        message: expect.stringContaining('newer release'),
      },
    ]);
  });

  it('refuses prototype keys without touching any prototype', () => {
    const doc = JSON.parse(
      '{"schemaVersion":2,"functions":[{"__proto__":{"polluted":true}}],"constructor":{"prototype":{"polluted":true}}}',
    ) as unknown;
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses ids that name a prototype', () => {
    const doc = roundTrip(projectFixture([fnFixture({ id: 'prototype' })]));
    expect(errorsOf(doc).map((e) => e.path)).toContain('$.functions[0].id');
  });
});

/** A version 1 file: decimal major units, one phone per function, no settings. */
const v1File = {
  schemaVersion: 1,
  id: 'old',
  name: 'Old design',
  company: '',
  author: '',
  currency: 'RUB',
  language: 'ru',
  planningPeriod: { startMonth: '2025-01', months: 12 },
  createdAt: '2025-01-10T08:00:00.000Z',
  updatedAt: '2025-01-10T08:00:00.000Z',
  functions: [
    {
      ...fnFixture({ id: 'f' }),
      lines: undefined,
      roles: [
        {
          id: 'r',
          title: 'KAM',
          fte: 1.5,
          costPerFteMonthly: 1234.565,
          dedicated: true,
          handlesRequests: false,
        },
      ],
      tools: [{ id: 't', name: 'CRM', kind: 'crm', monthlyCost: 0.1, oneOffCost: 1.005 }],
      financialGoal: { baselineMonthlyRevenue: 12000000, targetGrowthPercent: 25 },
      phone: '+7 495 000-12-34',
      phoneDedicated: true,
      phoneMonthlyCost: 3000,
    },
  ],
  links: [],
  groups: [],
  people: [],
};

describe('migration v1 → v2', () => {
  it('converts money to minor units, the phone to a line, and adds the settings', () => {
    const result = parseProjectFile(roundTrip(v1File));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    const fn = defined(result.project.functions[0]);
    expect(result.project.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(result.project.settings).toEqual({ contractedHoursPerWeek: 40 });
    expect(fn.roles[0]?.costPerFteMonthlyMinor).toBe(123_457);
    expect(fn.tools[0]).toMatchObject({ monthlyCostMinor: 10, oneOffCostMinor: 101 });
    expect(fn.financialGoal.baselineMonthlyRevenueMinor).toBe(1_200_000_000);
    expect(fn.lines).toEqual([
      {
        id: 'f-phone',
        number: '+7 495 000-12-34',
        purpose: '',
        dedicated: true,
        monthlyCostMinor: 300_000,
      },
    ]);
    expect(fn).not.toHaveProperty('phone');
  });

  it('uses the currency’s own minor unit (JPY has none)', () => {
    const result = parseProjectFile(roundTrip({ ...v1File, currency: 'JPY' }));
    expect(result.ok && result.project.functions[0]?.roles[0]?.costPerFteMonthlyMinor).toBe(1235);
  });

  it('a function without a phone gets no lines', () => {
    const fn: Record<string, unknown> = { ...defined(v1File.functions[0]) };
    delete fn.phone;
    const result = parseProjectFile(roundTrip({ ...v1File, functions: [fn] }));
    expect(result.ok && result.project.functions[0]?.lines).toEqual([]);
  });

  it('reports a bad old field at its old path', () => {
    const bad = roundTrip(v1File) as { functions: { roles: Record<string, unknown>[] }[] };
    defined(defined(bad.functions[0]).roles[0]).costPerFteMonthly = 'a lot';
    expect(errorsOf(bad)).toEqual([
      {
        path: '$.functions[0].roles[0].costPerFteMonthly',
        message: expect.stringMatching(/^while upgrading from version 1: /),
      },
    ]);
  });
});
