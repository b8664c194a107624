import { translate } from '../i18n';
import type { Language } from '../i18n/language';
import type { Position, SalesFunction } from '../model/schema';
import { DEFAULT_MONTHLY_COST_PER_FTE_MINOR, functionType } from './function-types';

export interface NewFunctionInit {
  readonly typeId: SalesFunction['typeId'];
  readonly id: string;
  readonly position: Position;
  /** Language of the default texts (the project's language). */
  readonly language: Language;
  readonly currency: string;
  /** Ids for the steps, roles and KPIs inside the function. */
  readonly newId: () => string;
}

/** A new function of a catalog type, filled with the type's defaults in the project's language. */
export function createFunction(init: NewFunctionInit): SalesFunction {
  const type = functionType(init.typeId);
  const t = (key: Parameters<typeof translate>[1]) => translate(init.language, key);
  const costs = Object.hasOwn(DEFAULT_MONTHLY_COST_PER_FTE_MINOR, init.currency)
    ? DEFAULT_MONTHLY_COST_PER_FTE_MINOR[init.currency]
    : undefined;
  return {
    id: init.id,
    typeId: type.id,
    name: t(type.nameKey),
    purpose: t(type.purposeKey),
    description: t(type.descriptionKey),
    status: 'idea',
    position: { x: init.position.x, y: init.position.y },
    steps: type.stepKeys.map((key) => ({ id: init.newId(), text: t(key) })),
    roles: type.roles.map((role) => ({
      id: init.newId(),
      title: t(role.titleKey),
      fte: role.fte,
      costPerFteMonthlyMinor: costs?.[role.level],
      dedicated: role.dedicated,
      handlesRequests: role.handlesRequests,
    })),
    assignments: [],
    lines: (type.lines ?? []).map((line) => ({
      id: init.newId(),
      number: '',
      purpose: t(line.purposeKey),
      dedicated: line.dedicated,
    })),
    tools: [],
    kpis: type.kpis.map((kpi) => ({
      id: init.newId(),
      kind: kpi.kind,
      metric: t(kpi.metricKey),
      comparator: kpi.comparator,
      target: kpi.target,
      unit: kpi.unit,
      measurement: { source: t(kpi.sourceKey), frequency: kpi.frequency, automated: kpi.automated },
      breach: { action: kpi.breachActionKey === undefined ? '' : t(kpi.breachActionKey) },
    })),
    financialGoal: { targetGrowthPercent: type.targetGrowthPercent },
    demand: type.demand && { ...type.demand },
  };
}
