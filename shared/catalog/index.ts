/** The catalog of sales-function types, in Russian and English, with their defaults. */
export {
  DEFAULT_MONTHLY_COST_PER_FTE_MINOR,
  FUNCTION_TYPES,
  functionType,
  type CostLevel,
  type DefaultKpi,
  type DefaultRole,
  type FunctionType,
} from './function-types';
export { createFunction, type NewFunctionInit } from './create-function';
