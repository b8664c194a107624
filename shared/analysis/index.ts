/** Figures of a design: costs, financial result, break-even and Erlang C staffing. */
export { analyzeProject, FunctionAnalysisCache } from './project-analysis';
export type { PersonLoad, ProjectAnalysis } from './project-analysis';
export type { FunctionAnalysis, RequiredStaffFigures } from './function-analysis';
export { functionCosts, type FunctionCosts } from './costs';
export {
  breakEvenGrowth,
  financialResult,
  incrementalGrossProfit,
  paybackOf,
  periodResult,
  type BreakEven,
  type Payback,
  type Pays,
} from './financial';
export { averageSpeedOfAnswer, erlangC, queueWith, serviceLevel, staffingFor } from './erlang';
export { erlangB } from './erlang-b';
export { roundMinor } from './numbers';
