/** Comparing designs: the figures a decision rests on, and what differs between two scenarios. */
export { designFigures, type DesignFigures } from './design-figures';
export {
  DECISION_FIGURES,
  figureChange,
  signedDifference,
  type DecisionFigureKey,
  type FunctionFigures,
} from './figure-changes';
export { functionDifferences, type FunctionDifference } from './function-differences';
export { compareScenarios, type ComparedScenario } from './scenario-comparison';
export { DECISION_FIGURE_LABELS } from './figure-labels';
