/** The catalog of sales-function types, in Russian and English, with their defaults. */
export { DEFAULT_MONTHLY_COST_PER_FTE_MINOR, FUNCTION_TYPES, functionType } from './function-types';
export { createFunction } from './create-function';
