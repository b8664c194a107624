import { z } from 'zod';
import { minorUnitDigits } from '../../i18n/format';
import { issuesToErrors } from '../issues';
import { currencySchema, MAX_MONEY_MINOR } from '../primitives';
import type { JsonObject, Migration } from './types';

/**
 * Version 1 kept money as decimal major units (`costPerFteMonthly: 1500.5`) and one phone per
 * function (`phone`, `phoneDedicated`, `phoneMonthlyCost`); it had no project `settings`.
 * Version 2 keeps integers in minor units (`…Minor`), a `lines` array, and
 * `settings.contractedHoursPerWeek` (40 unless set).
 *
 * Only the fields this step rewrites are checked here; everything else is checked once, by the
 * version 2 schema, after the chain has run.
 */
// Bounded loosely here: the exact limit is in minor units and is checked after conversion.
const majorMoney = z.number().min(0).max(MAX_MONEY_MINOR);
const v1Role = z.looseObject({ costPerFteMonthly: majorMoney.optional() });
const v1Tool = z.looseObject({
  monthlyCost: majorMoney.optional(),
  oneOffCost: majorMoney.optional(),
});
const v1Function = z.looseObject({
  id: z.string(),
  roles: z.array(v1Role),
  tools: z.array(v1Tool),
  financialGoal: z.looseObject({ baselineMonthlyRevenue: majorMoney.optional() }),
  phone: z.string().optional(),
  phoneDedicated: z.boolean().optional(),
  phoneMonthlyCost: majorMoney.optional(),
});
const v1Project = z.looseObject({ currency: currencySchema, functions: z.array(v1Function) });

type V1Function = z.infer<typeof v1Function>;

/** Frozen here: later changes of the app's default must not change what this step produces. */
const V2_CONTRACTED_HOURS_PER_WEEK = 40;

export const v1ToV2: Migration = {
  from: 1,
  migrate(doc) {
    const parsed = v1Project.safeParse(doc);
    if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues) };
    const { currency, functions } = parsed.data;
    const minor = toMinor(minorUnitDigits(currency));
    return {
      ok: true,
      doc: {
        ...parsed.data,
        schemaVersion: 2,
        settings: { contractedHoursPerWeek: V2_CONTRACTED_HOURS_PER_WEEK },
        functions: functions.map((fn) => migrateFunction(fn, minor)),
      },
    };
  },
};

function migrateFunction(
  fn: V1Function,
  minor: (major?: number) => number | undefined,
): JsonObject {
  const { phone, phoneDedicated, phoneMonthlyCost, roles, tools, financialGoal, ...rest } = fn;
  const { baselineMonthlyRevenue, ...goal } = financialGoal;
  return {
    ...rest,
    roles: roles.map(({ costPerFteMonthly, ...role }) =>
      withDefined({ ...role, costPerFteMonthlyMinor: minor(costPerFteMonthly) }),
    ),
    tools: tools.map(({ monthlyCost, oneOffCost, ...tool }) =>
      withDefined({
        ...tool,
        monthlyCostMinor: minor(monthlyCost),
        oneOffCostMinor: minor(oneOffCost),
      }),
    ),
    financialGoal: withDefined({
      ...goal,
      baselineMonthlyRevenueMinor: minor(baselineMonthlyRevenue),
    }),
    lines:
      phone === undefined
        ? []
        : [
            withDefined({
              id: `${fn.id}-phone`,
              number: phone,
              purpose: '',
              dedicated: phoneDedicated ?? false,
              monthlyCostMinor: minor(phoneMonthlyCost),
            }),
          ],
  };
}

/**
 * Major units to minor, rounded half up. The product is first cut to 12 significant digits so
 * that binary noise (1.005 × 100 = 100.49999…) does not decide the rounding.
 */
function toMinor(digits: number) {
  const factor = 10 ** digits;
  return (major?: number): number | undefined =>
    major === undefined ? undefined : Math.round(Number((major * factor).toPrecision(12)));
}

/** Drops keys whose value is undefined, so the output stays plain JSON. */
function withDefined(object: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
