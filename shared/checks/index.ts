/** The design linter: what is wrong with a design and what to do about it, in RU and EN. */
export { FunctionChecksCache, runChecks } from './run-checks';
export { checkMessage } from './message';
export { normalizePhone } from './line-rules';
export { CHECKS, type CheckId, type CheckTarget, type DesignCheck, type Severity } from './types';
export { designReport, type DesignReport } from './design-report';
