/** Figures of a design: costs, financial result, break-even and Erlang C staffing. */
export { analyzeProject, FunctionAnalysisCache } from './project-analysis';
export type { PersonLoad, ProjectAnalysis } from './project-analysis';
export type { FunctionAnalysis } from './function-analysis';
export { functionCosts } from './costs';
export {
  breakEvenGrowth,
  financialResult,
  incrementalGrossProfit,
  paybackOf,
  type BreakEven,
  type Payback,
} from './financial';
export { averageSpeedOfAnswer, erlangC, queueWith, serviceLevel, staffingFor } from './erlang';
export { erlangB } from './erlang-b';
export { roundMinor } from './numbers';
