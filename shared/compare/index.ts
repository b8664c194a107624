/** Comparing designs: the figures a decision rests on, and what differs between two scenarios. */
export { designFigures } from './design-figures';
export { functionDifferences } from './function-differences';
