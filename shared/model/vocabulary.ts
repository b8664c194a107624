/*
 * The closed vocabularies of the project format. A module of their own, without the schema
 * library, so that the screens that only name these values load without it.
 */

export const FUNCTION_TYPE_IDS = [
  'key-accounts',
  'product-promotion',
  'territory-promotion',
  'lead-nurturing',
  'technical-support',
  'events',
  'partner-program',
  'custom',
] as const;
export type FunctionTypeId = (typeof FUNCTION_TYPE_IDS)[number];

export const FUNCTION_STATUSES = ['idea', 'planned', 'approved', 'live'] as const;

export const LINK_KINDS = ['handoff', 'escalation', 'support', 'reporting'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const COMPARATORS = ['le', 'lt', 'ge', 'gt', 'eq'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const KPI_UNITS = [
  'minutes',
  'hours',
  'days',
  'percent',
  'count',
  'money',
  'other',
] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

/** Only `response-time` changes behaviour: it is checked against the Erlang C staffing. */
export const KPI_KINDS = ['response-time', 'sales-growth', 'conversion', 'other'] as const;
export type KpiKind = (typeof KPI_KINDS)[number];

export const FREQUENCIES = ['realtime', 'daily', 'weekly', 'monthly', 'quarterly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const TOOL_KINDS = ['crm', 'software', 'equipment', 'other'] as const;
