/** Figures of a design: costs, financial result, break-even and Erlang C staffing. */
export { analyzeProject, FunctionAnalysisCache } from './project-analysis';
export type {
  CategoryTotals,
  DesignAtRequiredStaff,
  PersonLoad,
  ProjectAnalysis,
  ProjectTotals,
} from './project-analysis';
export { analyzeFunction } from './function-analysis';
export type {
  FunctionAnalysis,
  HumanFigures,
  ProcessFigures,
  RequiredStaffFigures,
} from './function-analysis';
export { functionCosts, type FunctionCosts } from './costs';
export {
  breakEvenGrowth,
  financialResult,
  incrementalGrossProfit,
  paybackOf,
  periodResult,
  paysOff,
  type BreakEven,
  type FinancialResult,
  type Pays,
  type Payback,
} from './financial';
export {
  averageSpeedOfAnswer,
  DEMAND_FIELDS,
  erlangC,
  queueWith,
  serviceLevel,
  staffingFor,
  trafficOf,
  type DemandField,
  type QueueResult,
  type Staffing,
} from './erlang';
export { erlangB } from './erlang-b';
export { ceilToHalf, roundMinor, type Figure } from './numbers';
