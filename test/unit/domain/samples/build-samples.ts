/**
 * The sample projects, built in code so that the Russian and English files carry exactly the
 * same numbers and ids and differ only in text. shared/samples/*.json are the output
 * (regenerate with `npx tsx test/unit/domain/samples/write-samples.ts`); a unit test keeps
 * them equal to this builder.
 */
import { translate, type Language } from '../../../../shared/i18n';
import type { DomainKey } from '../../../../shared/i18n/domain.en';
import {
  CURRENT_SCHEMA_VERSION,
  type Kpi,
  type Project,
  type Role,
  type SalesFunction,
} from '../../../../shared/model';

export const SAMPLE_IDS = ['key-accounts', 'specialised-sales'] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];

const STAMP = '2026-11-26T09:00:00.000Z';
const RUB = (major: number) => major * 100;

type T = (key: DomainKey) => string;

function base(t: T, id: string, nameKey: DomainKey, language: Language): Project {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    name: t(nameKey),
    company: t('sample.company'),
    author: t('sample.author'),
    currency: 'RUB',
    language,
    planningPeriod: { startMonth: '2027-01', months: 12 },
    settings: { contractedHoursPerWeek: 40 },
    createdAt: STAMP,
    updatedAt: STAMP,
    functions: [],
    links: [],
    groups: [],
    people: [],
  };
}

function steps(t: T, prefix: string, keys: readonly DomainKey[]): SalesFunction['steps'] {
  return keys.map((key, i) => ({ id: `${prefix}-step-${i + 1}`, text: t(key) }));
}

function role(
  id: string,
  title: string,
  fte: number,
  costMajor: number,
  handlesRequests = false,
  dedicated = true,
): Role {
  return { id, title, fte, costPerFteMonthlyMinor: RUB(costMajor), dedicated, handlesRequests };
}

function kpi(
  fields: Pick<Kpi, 'id' | 'kind' | 'metric' | 'comparator' | 'target' | 'unit'>,
  source: string,
  frequency: Kpi['measurement']['frequency'],
  ownerPersonId: string,
  action: string,
): Kpi {
  return {
    ...fields,
    measurement: { source, frequency, automated: true },
    breach: { ownerPersonId, action },
  };
}

/** The worked example of the method: key-account work as its own function. */
function keyAccountsFunction(t: T, position: { x: number; y: number }): SalesFunction {
  return {
    id: 'fn-key-accounts',
    typeId: 'key-accounts',
    name: t('sample.keyAccounts.name'),
    purpose: t('catalog.key-accounts.purpose'),
    description: t('sample.description.keyAccounts'),
    status: 'planned',
    ownerPersonId: 'p-kam',
    position,
    steps: steps(t, 'ka', [
      'catalog.key-accounts.step.1',
      'catalog.key-accounts.step.2',
      'catalog.key-accounts.step.3',
      'catalog.key-accounts.step.4',
      'catalog.key-accounts.step.5',
    ]),
    roles: [
      role('r-kam', t('catalog.key-accounts.role.1'), 1, 180_000),
      role('r-support', t('catalog.technical-support.role.1'), 2, 110_000, true),
    ],
    assignments: [
      { personId: 'p-kam', roleId: 'r-kam', allocationPercent: 100 },
      { personId: 'p-support-1', roleId: 'r-support', allocationPercent: 100 },
      { personId: 'p-support-2', roleId: 'r-support', allocationPercent: 100 },
    ],
    lines: [
      {
        id: 'l-key-accounts',
        number: '+7 495 000-12-34',
        purpose: t('sample.line.keyAccounts'),
        dedicated: true,
        coverageHoursPerWeek: 50,
        monthlyCostMinor: RUB(3_000),
      },
    ],
    tools: [
      {
        id: 't-helpdesk',
        name: t('sample.tool.helpdesk'),
        kind: 'software',
        monthlyCostMinor: RUB(6_000),
        oneOffCostMinor: RUB(120_000),
      },
      {
        id: 't-crm',
        name: t('sample.tool.crm'),
        kind: 'crm',
        monthlyCostMinor: RUB(4_500),
        oneOffCostMinor: 0,
      },
    ],
    kpis: [
      kpi(
        {
          id: 'k-response',
          kind: 'response-time',
          metric: t('catalog.key-accounts.kpi.1'),
          comparator: 'le',
          target: 15,
          unit: 'minutes',
        },
        t('catalog.key-accounts.kpi.1.source'),
        'realtime',
        'p-kam',
        t('sample.breach.response'),
      ),
      kpi(
        {
          id: 'k-growth',
          kind: 'sales-growth',
          metric: t('catalog.key-accounts.kpi.2'),
          comparator: 'ge',
          target: 25,
          unit: 'percent',
        },
        t('catalog.key-accounts.kpi.2.source'),
        'monthly',
        'p-kam',
        t('sample.breach.growth'),
      ),
    ],
    financialGoal: {
      baselineMonthlyRevenueMinor: RUB(12_000_000),
      targetGrowthPercent: 25,
      grossMarginPercent: 30,
      ownerPersonId: 'p-kam',
    },
    // 2 requests/h × 6 min, 2.8 in the busiest hour (140 %) = 0.28 erlang: one agent on line
    // answers 95.4 % within 15 min (≥ 95 %). Over 50 covered hours with 30 % shrinkage that is
    // 1/0.7 × 50/40 ≈ 1.79 FTE: two specialists just cover it, one does not.
    demand: {
      requestsPerHour: 2,
      averageHandlingMinutes: 6,
      targetAnswerMinutes: 15,
      serviceLevelPercent: 95,
      shrinkagePercent: 30,
      coverageHoursPerWeek: 50,
      peakHourPercent: 140,
    },
  };
}

function keyAccountsPeople(t: T): Project['people'] {
  return [
    { id: 'p-kam', name: t('sample.person.kam'), title: t('catalog.key-accounts.role.1') },
    {
      id: 'p-support-1',
      name: t('sample.person.support1'),
      title: t('catalog.technical-support.role.1'),
    },
    {
      id: 'p-support-2',
      name: t('sample.person.support2'),
      title: t('catalog.technical-support.role.1'),
    },
  ];
}

function keyAccounts(language: Language): Project {
  const t: T = (key) => translate(language, key);
  return {
    ...base(t, 'sample-key-accounts', 'sample.keyAccounts.name', language),
    functions: [keyAccountsFunction(t, { x: 80, y: 80 })],
    people: keyAccountsPeople(t),
  };
}

/** A function of a catalog type with one role, one KPI and a complete financial goal. */
function simpleFunction(
  t: T,
  spec: {
    id: string;
    typeId: SalesFunction['typeId'];
    name?: string;
    owner: string;
    groupId: string;
    position: { x: number; y: number };
    role: Role;
    assignments: SalesFunction['assignments'];
    kpi: Omit<Kpi, 'metric' | 'measurement' | 'breach'>;
    tool: SalesFunction['tools'][number];
    goal: { baselineMajor: number; growth: number; margin: number };
  },
): SalesFunction {
  const prefix = `catalog.${spec.typeId}`;
  const key = (suffix: string) => `${prefix}.${suffix}` as DomainKey;
  return {
    id: spec.id,
    typeId: spec.typeId,
    name: spec.name ?? t(key('name')),
    purpose: t(key('purpose')),
    description: t(key('description')),
    status: 'approved',
    ownerPersonId: spec.owner,
    groupId: spec.groupId,
    position: spec.position,
    steps: steps(
      t,
      spec.id,
      [1, 2, 3, 4].map((n) => key(`step.${n}`)),
    ),
    roles: [spec.role],
    assignments: spec.assignments,
    lines: [],
    tools: [spec.tool],
    kpis: [
      {
        ...spec.kpi,
        metric: t(key('kpi.1')),
        measurement: { source: t(key('kpi.1.source')), frequency: 'monthly', automated: true },
        breach: { ownerPersonId: spec.owner, action: t('sample.breach.monthly') },
      },
    ],
    financialGoal: {
      baselineMonthlyRevenueMinor: RUB(spec.goal.baselineMajor),
      targetGrowthPercent: spec.goal.growth,
      grossMarginPercent: spec.goal.margin,
      ownerPersonId: spec.owner,
    },
  };
}

/** Several linked functions in three departments, built around the key-account example. */
function specialisedSales(language: Language): Project {
  const t: T = (key) => translate(language, key);
  const support: SalesFunction = {
    id: 'fn-support',
    typeId: 'technical-support',
    name: t('catalog.technical-support.name'),
    purpose: t('catalog.technical-support.purpose'),
    description: t('catalog.technical-support.description'),
    status: 'live',
    ownerPersonId: 'p-director',
    groupId: 'g-service',
    position: { x: 1040, y: 360 },
    steps: steps(t, 'ts', [
      'catalog.technical-support.step.1',
      'catalog.technical-support.step.2',
      'catalog.technical-support.step.3',
      'catalog.technical-support.step.4',
    ]),
    roles: [role('r-support', t('catalog.technical-support.role.1'), 3, 100_000, true)],
    assignments: [{ personId: 'p-support-3', roleId: 'r-support', allocationPercent: 100 }],
    lines: [
      {
        id: 'l-support',
        number: '+7 800 000-45-67',
        purpose: t('sample.line.support'),
        dedicated: true,
        coverageHoursPerWeek: 40,
        monthlyCostMinor: RUB(4_000),
      },
    ],
    tools: [
      {
        id: 't-helpdesk',
        name: t('sample.tool.helpdesk'),
        kind: 'software',
        monthlyCostMinor: RUB(9_000),
        oneOffCostMinor: RUB(150_000),
      },
    ],
    kpis: [
      kpi(
        {
          id: 'k-response',
          kind: 'response-time',
          metric: t('catalog.technical-support.kpi.1'),
          comparator: 'le',
          target: 15,
          unit: 'minutes',
        },
        t('catalog.technical-support.kpi.1.source'),
        'realtime',
        'p-director',
        t('sample.breach.response'),
      ),
    ],
    financialGoal: {
      baselineMonthlyRevenueMinor: RUB(30_000_000),
      targetGrowthPercent: 4,
      grossMarginPercent: 30,
      ownerPersonId: 'p-director',
    },
    // 7.8 requests in the busiest hour (130 %) × 8 min = 1.04 erlang: two agents on line answer
    // 94 % within 15 min (≥ 90 %), 2/0.7 ≈ 2.86 FTE of the three.
    demand: {
      requestsPerHour: 6,
      averageHandlingMinutes: 8,
      targetAnswerMinutes: 15,
      serviceLevelPercent: 90,
      shrinkagePercent: 30,
      coverageHoursPerWeek: 40,
      peakHourPercent: 130,
    },
  };
  const keyAccountsFn: SalesFunction = {
    ...keyAccountsFunction(t, { x: 560, y: 80 }),
    groupId: 'g-sales',
  };
  const territory = simpleFunction(t, {
    id: 'fn-territory',
    typeId: 'territory-promotion',
    name: t('sample.territory.name'),
    owner: 'p-director',
    groupId: 'g-sales',
    position: { x: 560, y: 360 },
    role: role('r-regional', t('catalog.territory-promotion.role.1'), 1, 110_000),
    assignments: [{ personId: 'p-regional', roleId: 'r-regional', allocationPercent: 100 }],
    kpi: { id: 'k-new-clients', kind: 'other', comparator: 'ge', target: 10, unit: 'count' },
    tool: {
      id: 't-crm',
      name: t('sample.tool.crm'),
      kind: 'crm',
      monthlyCostMinor: RUB(1_500),
      oneOffCostMinor: 0,
    },
    goal: { baselineMajor: 4_000_000, growth: 20, margin: 25 },
  });
  const nurturing = simpleFunction(t, {
    id: 'fn-nurturing',
    typeId: 'lead-nurturing',
    owner: 'p-marketing',
    groupId: 'g-marketing',
    position: { x: 80, y: 360 },
    role: role('r-nurturing', t('catalog.lead-nurturing.role.1'), 1, 90_000, false, false),
    assignments: [{ personId: 'p-marketing', roleId: 'r-nurturing', allocationPercent: 50 }],
    kpi: { id: 'k-conversion', kind: 'conversion', comparator: 'ge', target: 20, unit: 'percent' },
    tool: {
      id: 't-automation',
      name: t('sample.tool.automation'),
      kind: 'software',
      monthlyCostMinor: RUB(15_000),
      oneOffCostMinor: RUB(50_000),
    },
    goal: { baselineMajor: 8_000_000, growth: 6, margin: 30 },
  });
  const events = simpleFunction(t, {
    id: 'fn-events',
    typeId: 'events',
    owner: 'p-marketing',
    groupId: 'g-marketing',
    position: { x: 80, y: 80 },
    role: role('r-events', t('catalog.events.role.1'), 0.5, 90_000, false, false),
    assignments: [{ personId: 'p-marketing', roleId: 'r-events', allocationPercent: 50 }],
    kpi: { id: 'k-leads', kind: 'other', comparator: 'ge', target: 30, unit: 'count' },
    tool: {
      id: 't-stand',
      name: t('sample.tool.events'),
      kind: 'equipment',
      monthlyCostMinor: RUB(20_000),
      oneOffCostMinor: RUB(300_000),
    },
    goal: { baselineMajor: 8_000_000, growth: 4, margin: 30 },
  });
  const partners = simpleFunction(t, {
    id: 'fn-partners',
    typeId: 'partner-program',
    owner: 'p-partners',
    groupId: 'g-sales',
    position: { x: 560, y: 640 },
    role: role('r-partners', t('catalog.partner-program.role.1'), 1, 160_000),
    assignments: [{ personId: 'p-partners', roleId: 'r-partners', allocationPercent: 100 }],
    kpi: { id: 'k-partners', kind: 'other', comparator: 'ge', target: 10, unit: 'count' },
    tool: {
      id: 't-portal',
      name: t('sample.tool.portal'),
      kind: 'software',
      monthlyCostMinor: RUB(12_000),
      oneOffCostMinor: RUB(200_000),
    },
    goal: { baselineMajor: 5_000_000, growth: 15, margin: 28 },
  });
  const link = (
    id: string,
    from: string,
    to: string,
    kind: Project['links'][number]['kind'],
    label: DomainKey,
  ) => ({ id, from, to, kind, label: t(label) });

  return {
    ...base(t, 'sample-specialised-sales', 'sample.rich.name', language),
    functions: [keyAccountsFn, partners, nurturing, territory, support, events],
    links: [
      link(
        'link-escalation',
        'fn-key-accounts',
        'fn-support',
        'escalation',
        'sample.link.escalation',
      ),
      link('link-ready-leads', 'fn-nurturing', 'fn-territory', 'handoff', 'sample.link.readyLeads'),
      link('link-event-leads', 'fn-events', 'fn-nurturing', 'handoff', 'sample.link.eventLeads'),
      link(
        'link-big-clients',
        'fn-territory',
        'fn-key-accounts',
        'handoff',
        'sample.link.bigClients',
      ),
      link(
        'link-partner-support',
        'fn-support',
        'fn-partners',
        'support',
        'sample.link.partnerSupport',
      ),
      link('link-report', 'fn-partners', 'fn-key-accounts', 'reporting', 'sample.link.report'),
    ],
    groups: [
      { id: 'g-sales', name: t('sample.group.sales') },
      { id: 'g-marketing', name: t('sample.group.marketing') },
      { id: 'g-service', name: t('sample.group.service') },
    ],
    people: [
      { id: 'p-director', name: t('sample.person.director'), title: t('sample.title.director') },
      ...keyAccountsPeople(t),
      {
        id: 'p-support-3',
        name: t('sample.person.support3'),
        title: t('catalog.technical-support.role.1'),
      },
      {
        id: 'p-regional',
        name: t('sample.person.regional'),
        title: t('catalog.territory-promotion.role.1'),
      },
      { id: 'p-marketing', name: t('sample.person.marketing'), title: t('sample.title.marketing') },
      {
        id: 'p-partners',
        name: t('sample.person.partners'),
        title: t('catalog.partner-program.role.1'),
      },
    ],
  };
}

export function buildSample(id: SampleId, language: Language): Project {
  return id === 'key-accounts' ? keyAccounts(language) : specialisedSales(language);
}

/** The file text of a sample: the JSON the app writes, with a final newline. */
export function sampleFileText(id: SampleId, language: Language): string {
  return `${JSON.stringify(buildSample(id, language), null, 2)}\n`;
}
