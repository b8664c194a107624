import type { DomainKey } from '../i18n/domain.en';
import type {
  Comparator,
  Demand,
  Frequency,
  FunctionTypeId,
  KpiKind,
  KpiUnit,
} from '../model/schema';

/** Which cost table a default role takes its monthly cost from. */
export type CostLevel = 'manager' | 'specialist' | 'coordinator';

export interface DefaultRole {
  readonly titleKey: DomainKey;
  readonly fte: number;
  readonly dedicated: boolean;
  readonly handlesRequests: boolean;
  readonly level: CostLevel;
}

export interface DefaultKpi {
  readonly kind: KpiKind;
  readonly metricKey: DomainKey;
  readonly comparator: Comparator;
  readonly target: number;
  readonly unit: KpiUnit;
  readonly sourceKey: DomainKey;
  readonly frequency: Frequency;
  readonly automated: boolean;
  /** What the manager does on a breach; who that manager is, the user says. */
  readonly breachActionKey?: DomainKey;
}

/** A phone line a new function starts with: its purpose; the number and cost are the user's. */
export interface DefaultLine {
  readonly purposeKey: DomainKey;
  readonly dedicated: boolean;
}

/** A type of sales function the catalog offers, with what a new function of that type starts with. */
export interface FunctionType {
  readonly id: FunctionTypeId;
  /** A short icon name; the renderer maps it to an icon. */
  readonly iconId: string;
  readonly nameKey: DomainKey;
  readonly descriptionKey: DomainKey;
  readonly purposeKey: DomainKey;
  readonly stepKeys: readonly DomainKey[];
  readonly roles: readonly DefaultRole[];
  readonly kpis: readonly DefaultKpi[];
  readonly lines?: readonly DefaultLine[];
  readonly targetGrowthPercent?: number;
  readonly demand?: Demand;
}

const role = (
  titleKey: DomainKey,
  fte: number,
  level: CostLevel,
  options: { dedicated?: boolean; handlesRequests?: boolean } = {},
): DefaultRole => ({
  titleKey,
  fte,
  level,
  dedicated: options.dedicated ?? true,
  handlesRequests: options.handlesRequests ?? false,
});

const responseWithin15 = (metricKey: DomainKey, sourceKey: DomainKey): DefaultKpi => ({
  kind: 'response-time',
  metricKey,
  comparator: 'le',
  target: 15,
  unit: 'minutes',
  sourceKey,
  frequency: 'realtime',
  automated: true,
});

/** The seven function types of the method, then the custom one. */
export const FUNCTION_TYPES: readonly FunctionType[] = [
  {
    id: 'key-accounts',
    iconId: 'key',
    nameKey: 'catalog.key-accounts.name',
    descriptionKey: 'catalog.key-accounts.description',
    purposeKey: 'catalog.key-accounts.purpose',
    stepKeys: [
      'catalog.key-accounts.step.1',
      'catalog.key-accounts.step.2',
      'catalog.key-accounts.step.3',
      'catalog.key-accounts.step.4',
      'catalog.key-accounts.step.5',
    ],
    // The seed's structure: a dedicated key-account manager, two dedicated support specialists
    // on a dedicated line, any request answered within 15 minutes (tracked automatically, a
    // manager reacting to a breach), +25 % sales. The figures only the user knows (the line's
    // number and cost, the demand, the revenue and margin) start blank.
    roles: [
      role('catalog.key-accounts.role.1', 1, 'manager'),
      role('catalog.key-accounts.role.2', 2, 'specialist', { handlesRequests: true }),
    ],
    lines: [{ purposeKey: 'catalog.key-accounts.line.1', dedicated: true }],
    kpis: [
      {
        ...responseWithin15('catalog.key-accounts.kpi.1', 'catalog.key-accounts.kpi.1.source'),
        breachActionKey: 'catalog.key-accounts.kpi.1.breach',
      },
      {
        kind: 'sales-growth',
        metricKey: 'catalog.key-accounts.kpi.2',
        comparator: 'ge',
        target: 25,
        unit: 'percent',
        sourceKey: 'catalog.key-accounts.kpi.2.source',
        frequency: 'monthly',
        automated: true,
      },
    ],
    targetGrowthPercent: 25,
    demand: { targetAnswerMinutes: 15 },
  },
  {
    id: 'product-promotion',
    iconId: 'megaphone',
    nameKey: 'catalog.product-promotion.name',
    descriptionKey: 'catalog.product-promotion.description',
    purposeKey: 'catalog.product-promotion.purpose',
    stepKeys: [
      'catalog.product-promotion.step.1',
      'catalog.product-promotion.step.2',
      'catalog.product-promotion.step.3',
      'catalog.product-promotion.step.4',
    ],
    roles: [role('catalog.product-promotion.role.1', 1, 'manager')],
    kpis: [
      {
        kind: 'sales-growth',
        metricKey: 'catalog.product-promotion.kpi.1',
        comparator: 'ge',
        target: 20,
        unit: 'percent',
        sourceKey: 'catalog.product-promotion.kpi.1.source',
        frequency: 'weekly',
        automated: true,
      },
    ],
    targetGrowthPercent: 20,
  },
  {
    id: 'territory-promotion',
    iconId: 'map-pin',
    nameKey: 'catalog.territory-promotion.name',
    descriptionKey: 'catalog.territory-promotion.description',
    purposeKey: 'catalog.territory-promotion.purpose',
    stepKeys: [
      'catalog.territory-promotion.step.1',
      'catalog.territory-promotion.step.2',
      'catalog.territory-promotion.step.3',
      'catalog.territory-promotion.step.4',
    ],
    roles: [role('catalog.territory-promotion.role.1', 1, 'specialist')],
    kpis: [
      {
        kind: 'other',
        metricKey: 'catalog.territory-promotion.kpi.1',
        comparator: 'ge',
        target: 10,
        unit: 'count',
        sourceKey: 'catalog.territory-promotion.kpi.1.source',
        frequency: 'monthly',
        automated: true,
      },
    ],
    targetGrowthPercent: 20,
  },
  {
    id: 'lead-nurturing',
    iconId: 'sprout',
    nameKey: 'catalog.lead-nurturing.name',
    descriptionKey: 'catalog.lead-nurturing.description',
    purposeKey: 'catalog.lead-nurturing.purpose',
    stepKeys: [
      'catalog.lead-nurturing.step.1',
      'catalog.lead-nurturing.step.2',
      'catalog.lead-nurturing.step.3',
      'catalog.lead-nurturing.step.4',
    ],
    roles: [role('catalog.lead-nurturing.role.1', 1, 'specialist')],
    kpis: [
      {
        kind: 'conversion',
        metricKey: 'catalog.lead-nurturing.kpi.1',
        comparator: 'ge',
        target: 20,
        unit: 'percent',
        sourceKey: 'catalog.lead-nurturing.kpi.1.source',
        frequency: 'monthly',
        automated: true,
      },
    ],
    targetGrowthPercent: 10,
  },
  {
    id: 'technical-support',
    iconId: 'headset',
    nameKey: 'catalog.technical-support.name',
    descriptionKey: 'catalog.technical-support.description',
    purposeKey: 'catalog.technical-support.purpose',
    stepKeys: [
      'catalog.technical-support.step.1',
      'catalog.technical-support.step.2',
      'catalog.technical-support.step.3',
      'catalog.technical-support.step.4',
    ],
    roles: [role('catalog.technical-support.role.1', 2, 'specialist', { handlesRequests: true })],
    kpis: [
      responseWithin15('catalog.technical-support.kpi.1', 'catalog.technical-support.kpi.1.source'),
    ],
    targetGrowthPercent: 5,
    // Two specialists cover this load (1.5 FTE needed); more requests show the staffing check.
    demand: {
      requestsPerHour: 2,
      averageHandlingMinutes: 8,
      targetAnswerMinutes: 15,
      serviceLevelPercent: 90,
      shrinkagePercent: 30,
      coverageHoursPerWeek: 40,
    },
  },
  {
    id: 'events',
    iconId: 'calendar',
    nameKey: 'catalog.events.name',
    descriptionKey: 'catalog.events.description',
    purposeKey: 'catalog.events.purpose',
    stepKeys: [
      'catalog.events.step.1',
      'catalog.events.step.2',
      'catalog.events.step.3',
      'catalog.events.step.4',
    ],
    roles: [role('catalog.events.role.1', 0.5, 'coordinator', { dedicated: false })],
    kpis: [
      {
        kind: 'other',
        metricKey: 'catalog.events.kpi.1',
        comparator: 'ge',
        target: 30,
        unit: 'count',
        sourceKey: 'catalog.events.kpi.1.source',
        frequency: 'monthly',
        automated: false,
      },
    ],
    targetGrowthPercent: 5,
  },
  {
    id: 'partner-program',
    iconId: 'handshake',
    nameKey: 'catalog.partner-program.name',
    descriptionKey: 'catalog.partner-program.description',
    purposeKey: 'catalog.partner-program.purpose',
    stepKeys: [
      'catalog.partner-program.step.1',
      'catalog.partner-program.step.2',
      'catalog.partner-program.step.3',
      'catalog.partner-program.step.4',
    ],
    roles: [role('catalog.partner-program.role.1', 1, 'manager')],
    kpis: [
      {
        kind: 'other',
        metricKey: 'catalog.partner-program.kpi.1',
        comparator: 'ge',
        target: 10,
        unit: 'count',
        sourceKey: 'catalog.partner-program.kpi.1.source',
        frequency: 'quarterly',
        automated: true,
      },
    ],
    targetGrowthPercent: 15,
  },
  {
    id: 'custom',
    iconId: 'puzzle',
    nameKey: 'catalog.custom.name',
    descriptionKey: 'catalog.custom.description',
    purposeKey: 'catalog.custom.purpose',
    stepKeys: [],
    roles: [],
    kpis: [],
  },
];

const byId = new Map(FUNCTION_TYPES.map((type) => [type.id, type]));

export function functionType(id: FunctionTypeId): FunctionType {
  // Every FunctionTypeId has an entry (a unit test walks the id list), so this never falls back.
  return byId.get(id) ?? (FUNCTION_TYPES.at(-1) as FunctionType);
}

/**
 * Fully loaded monthly cost of one FTE by level, in minor units, for the currencies the samples
 * and most users work in. Other currencies get no default: the user enters the cost.
 */
export const DEFAULT_MONTHLY_COST_PER_FTE_MINOR: Readonly<
  Record<string, Readonly<Record<CostLevel, number>>>
> = {
  RUB: { manager: 180_000_00, specialist: 110_000_00, coordinator: 90_000_00 },
  USD: { manager: 6_500_00, specialist: 4_500_00, coordinator: 3_500_00 },
  EUR: { manager: 6_000_00, specialist: 4_000_00, coordinator: 3_200_00 },
};
