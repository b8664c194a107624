import type { DomainKey } from '../i18n/domain.en';
import type { DecisionFigureKey } from './figure-changes';

/**
 * One name per decision figure, for every place that shows them — the compare view, the
 * report's decision page and its comparison of scenarios — and the same name the inspector and
 * the report's function pages give the figure where they show it too (the analysis' labels).
 * A label over the planning period takes `{months}`.
 */
export const DECISION_FIGURE_LABELS: Readonly<Record<DecisionFigureKey, DomainKey>> = {
  monthlyCost: 'analysis.runMonthly',
  oneOff: 'analysis.oneOff',
  fte: 'analysis.fte',
  requiredFte: 'figure.requiredFte',
  hireFte: 'figure.hireFte',
  profit: 'analysis.incrementalProfit',
  net: 'analysis.netMonthly',
  payback: 'figure.payback',
  roi: 'figure.roi',
  periodNet: 'figure.periodNet',
  errors: 'figure.errors',
  warnings: 'figure.warnings',
};
