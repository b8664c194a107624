/** Comparing designs: the figures a decision rests on, and what differs between two scenarios. */
export { designFigures, type DesignFigures } from './design-figures';
export { functionDifferences, type FunctionDifference } from './function-differences';
