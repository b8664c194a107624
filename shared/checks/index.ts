/** The design linter: what is wrong with a design and what to do about it, in RU and EN. */
export { FunctionChecksCache, runChecks } from './run-checks';
export { checkMessage } from './message';
export { normalizePhone } from './line-rules';
export {
  CHECK_FIELDS,
  CHECKS,
  type CheckField,
  type CheckId,
  type CheckParams,
  type CheckTarget,
  type DesignCheck,
  type Severity,
} from './types';
export { designReport, type DesignReport } from './design-report';
export {
  countBySeverity,
  evaluateDesign,
  evaluationOf,
  evaluationCaches,
  worstSeverity,
  type EvaluationCaches,
  type Evaluation,
  type SeverityCounts,
} from './evaluate';
