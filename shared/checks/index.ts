/** The design linter: what is wrong with a design and what to do about it, in RU and EN. */
export { FunctionChecksCache, runChecks } from './run-checks';
export { checkMessage } from './message';
export { normalizePhone } from './line-rules';
export {
  CHECKS,
  type CheckField,
  type CheckId,
  type CheckParams,
  type CheckTarget,
  type DesignCheck,
  type Severity,
} from './types';
export { designReport } from './design-report';
export {
  countBySeverity,
  evaluateDesign,
  evaluationCaches,
  evaluationOf,
  worstSeverity,
  type SeverityCounts,
} from './evaluate';
