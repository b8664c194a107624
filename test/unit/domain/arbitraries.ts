import fc from 'fast-check';
import {
  COMPARATORS,
  CURRENT_SCHEMA_VERSION,
  FREQUENCIES,
  FUNCTION_STATUSES,
  FUNCTION_TYPE_IDS,
  KPI_KINDS,
  KPI_UNITS,
  LINK_KINDS,
  MAX_COST_PER_FTE_MINOR,
  MAX_MONEY_MINOR,
  TOOL_KINDS,
  type Project,
  type SalesFunction,
} from '../../../shared/model';

/** A finite double in [min, max]; `+ 0` turns −0 into 0, which JSON cannot keep apart. */
const num = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const money = fc.integer({ min: 0, max: MAX_MONEY_MINOR });
/**
 * A user's text. Never one of the words the property tests look for in messages as a sign of a
 * broken figure ("NaN", "Infinity", "undefined"): a tool may be called that, a figure may not.
 */
const text = fc.string({ maxLength: 12 }).filter((value) => !/NaN|Infinity|undefined/.test(value));
/** An index into a list not known yet; resolved modulo the list's length when assembling. */
const ref = opt(fc.nat(50));

const functionShape = fc.record({
  typeId: fc.constantFrom(...FUNCTION_TYPE_IDS),
  name: text,
  status: fc.constantFrom(...FUNCTION_STATUSES),
  owner: ref,
  group: ref,
  position: fc.record({ x: num(-1e5, 1e5), y: num(-1e5, 1e5) }),
  steps: fc.array(text, { maxLength: 3 }),
  roles: fc.array(
    fc.record({
      title: text,
      fte: fc.integer({ min: 1, max: 40 }).map((n) => n / 2),
      costPerFteMonthlyMinor: opt(fc.integer({ min: 0, max: MAX_COST_PER_FTE_MINOR })),
      dedicated: fc.boolean(),
      handlesRequests: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  assignments: fc.array(fc.record({ person: fc.nat(50), allocationPercent: num(0.5, 100) }), {
    maxLength: 3,
  }),
  lines: fc.array(
    fc.record({
      number: fc.constantFrom('', '+7 495 000-00-01', '84950000001', '+7 800 100-00-00', '12'),
      purpose: text,
      dedicated: fc.boolean(),
      coverageHoursPerWeek: opt(num(0, 168)),
      monthlyCostMinor: opt(money),
    }),
    { maxLength: 2 },
  ),
  tools: fc.array(
    fc.record({
      name: text,
      kind: fc.constantFrom(...TOOL_KINDS),
      monthlyCostMinor: opt(money),
      oneOffCostMinor: opt(money),
    }),
    { maxLength: 2 },
  ),
  kpis: fc.array(
    fc.record({
      kind: fc.constantFrom(...KPI_KINDS),
      metric: text,
      comparator: fc.constantFrom(...COMPARATORS),
      target: num(-1e6, 1e6),
      unit: fc.constantFrom(...KPI_UNITS),
      source: text,
      frequency: opt(fc.constantFrom(...FREQUENCIES)),
      automated: fc.boolean(),
      breachOwner: ref,
      action: text,
    }),
    { maxLength: 2 },
  ),
  goal: fc.record({
    baselineMonthlyRevenueMinor: opt(money),
    targetGrowthPercent: opt(num(0, 10_000)),
    grossMarginPercent: opt(num(0, 100)),
    rampUpMonths: opt(fc.integer({ min: 0, max: 120 })),
    owner: ref,
  }),
  // Loads up to a few thousand erlangs: enough to exercise the search, quick enough to run often.
  demand: opt(
    fc.record({
      requestsPerHour: opt(num(0, 2_000)),
      averageHandlingMinutes: opt(num(0.01, 60)),
      targetAnswerMinutes: opt(num(0, 120)),
      serviceLevelPercent: opt(num(0.01, 99.9)),
      shrinkagePercent: opt(num(0, 95)),
      coverageHoursPerWeek: opt(num(0.5, 168)),
      peakHourPercent: opt(num(100, 500)),
      patienceMinutes: opt(num(0.01, 60)),
    }),
  ),
});

type Shape = typeof functionShape extends fc.Arbitrary<infer S> ? S : never;

function pick(ids: readonly string[], index: number | undefined): string | undefined {
  return index === undefined || ids.length === 0 ? undefined : ids[index % ids.length];
}

function assembleFunction(
  shape: Shape,
  i: number,
  people: string[],
  groups: string[],
): SalesFunction {
  const id = `f${i}`;
  const assigned = [...new Set(shape.assignments.map((a) => pick(people, a.person)))];
  return {
    id,
    typeId: shape.typeId,
    name: shape.name,
    purpose: '',
    description: '',
    status: shape.status,
    ownerPersonId: pick(people, shape.owner),
    groupId: pick(groups, shape.group),
    position: shape.position,
    steps: shape.steps.map((t, k) => ({ id: `s${k}`, text: t })),
    roles: shape.roles.map((r, k) => ({ id: `r${k}`, ...r })),
    assignments: assigned.flatMap((personId, k) =>
      personId === undefined
        ? []
        : [{ personId, allocationPercent: shape.assignments[k]?.allocationPercent ?? 50 }],
    ),
    lines: shape.lines.map((l, k) => ({ id: `l${k}`, ...l })),
    tools: shape.tools.map((t, k) => ({ id: `t${k}`, ...t })),
    kpis: shape.kpis.map((k, n) => ({
      id: `k${n}`,
      kind: k.kind,
      metric: k.metric,
      comparator: k.comparator,
      target: k.target,
      unit: k.unit,
      measurement: { source: k.source, frequency: k.frequency, automated: k.automated },
      breach: { ownerPersonId: pick(people, k.breachOwner), action: k.action },
    })),
    financialGoal: {
      baselineMonthlyRevenueMinor: shape.goal.baselineMonthlyRevenueMinor,
      targetGrowthPercent: shape.goal.targetGrowthPercent,
      grossMarginPercent: shape.goal.grossMarginPercent,
      rampUpMonths: shape.goal.rampUpMonths,
      ownerPersonId: pick(people, shape.goal.owner),
    },
    demand: shape.demand,
  };
}

/** Any valid project: every field within its range, every reference resolved. */
export const projectArb: fc.Arbitrary<Project> = fc
  .record({
    people: fc.integer({ min: 0, max: 4 }),
    groups: fc.integer({ min: 0, max: 2 }),
    functions: fc.array(functionShape, { maxLength: 6 }),
    links: fc.array(
      fc.record({
        from: fc.nat(20),
        to: fc.nat(20),
        kind: fc.constantFrom(...LINK_KINDS),
        label: text,
      }),
      { maxLength: 6 },
    ),
    currency: fc.constantFrom('RUB', 'USD', 'EUR', 'JPY'),
    language: fc.constantFrom('ru' as const, 'en' as const),
    months: fc.integer({ min: 1, max: 120 }),
    contractedHoursPerWeek: num(1, 168),
  })
  .map((raw) => {
    const people = Array.from({ length: raw.people }, (_, i) => `p${i}`);
    const groups = Array.from({ length: raw.groups }, (_, i) => `g${i}`);
    const functions = raw.functions.map((shape, i) => assembleFunction(shape, i, people, groups));
    const n = functions.length;
    return {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: 'prop',
      name: 'Property',
      company: '',
      author: '',
      currency: raw.currency,
      language: raw.language,
      planningPeriod: { startMonth: '2027-01', months: raw.months },
      settings: { contractedHoursPerWeek: raw.contractedHoursPerWeek },
      createdAt: '2026-11-26T10:00:00.000Z',
      updatedAt: '2026-11-26T10:00:00.000Z',
      functions,
      links:
        n < 2
          ? []
          : raw.links.flatMap((l, i) => {
              const from = l.from % n;
              const to = l.to % n;
              return from === to
                ? []
                : [
                    {
                      id: `link${i}`,
                      from: `f${from}`,
                      to: `f${to}`,
                      kind: l.kind,
                      label: l.label,
                    },
                  ];
            }),
      groups: groups.map((id) => ({ id, name: id })),
      people: people.map((id) => ({ id, name: id, title: '' })),
    };
  });
