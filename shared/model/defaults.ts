/** Defaults of a new project. */
export const DEFAULT_CURRENCY = 'RUB';
export const DEFAULT_CONTRACTED_HOURS_PER_WEEK = 40;
export const DEFAULT_PLANNING_MONTHS = 12;
