import {
  DECISION_FIGURE_LABELS,
  DECISION_FIGURES,
  figureChange,
  signedDifference,
  type DecisionFigureKey,
  type DesignFigures,
} from '../../compare';
import type { Tone } from '../types';
import type { Words } from '../words';

/**
 * The decision figures of a design (designFigures) as the report says them: one format per
 * figure, and the label the app's compare view gives it (DECISION_FIGURE_LABELS), so the decision
 * page's tiles, the scenario comparison and the screen read the same.
 */
export const FIGURES: readonly DecisionFigureKey[] = DECISION_FIGURES.map((figure) => figure.key);
export type FigureKey = DecisionFigureKey;

/** How the report says a figure; which way is better and by how much comes from shared/compare. */
interface FigureSpec {
  value(w: Words, f: DesignFigures): string;
  /** A difference (figureChange's delta), signed. */
  difference(w: Words, delta: number): string;
}

const money = (pick: (f: DesignFigures) => number | undefined) =>
  ({
    value: (w: Words, f: DesignFigures) => w.money(pick(f)),
    difference: (w: Words, delta: number) => signedDifference(delta, (m) => w.money(m)),
  }) as const;

const fte = (pick: (f: DesignFigures) => number) =>
  ({
    value: (w: Words, f: DesignFigures) =>
      w.t('report.decision.hireValue', { fte: w.number(pick(f)) }),
    difference: (w: Words, delta: number) =>
      w.t('report.decision.hireValue', { fte: signedDifference(delta, (m) => w.number(m)) }),
  }) as const;

const count = (pick: (f: DesignFigures) => number) =>
  ({
    value: (w: Words, f: DesignFigures) => w.number(pick(f), 0),
    difference: (w: Words, delta: number) => signedDifference(delta, (m) => w.number(m, 0)),
  }) as const;

const SPECS: Readonly<Record<FigureKey, FigureSpec>> = {
  monthlyCost: money((f) => f.monthlyCostMinor),
  oneOff: money((f) => f.oneOffMinor),
  fte: fte((f) => f.fte),
  requiredFte: fte((f) => f.requiredFte),
  hireFte: fte((f) => f.hireFte),
  profit: money((f) => f.incrementalProfitMonthlyMinor),
  net: money((f) => f.netMonthlyMinor),
  payback: {
    value: (w, f) => w.payback(f.payback),
    difference: (w, delta) =>
      signedDifference(delta, (m) => w.payback({ status: 'months', months: m })),
  },
  roi: {
    value: (w, f) => w.percent(f.roiPercent),
    difference: (w, delta) =>
      w.t('report.scenarios.points', { value: signedDifference(delta, (m) => w.number(m)) }),
  },
  periodNet: money((f) => f.periodNetMinor),
  errors: count((f) => f.errors),
  warnings: count((f) => f.warnings),
};

export function figureLabel(w: Words, key: FigureKey, months: number): string {
  return w.d(DECISION_FIGURE_LABELS[key], { months });
}

/** A figure as the report shows it, on the decision page and in the comparison alike. */
export function figureValue(w: Words, key: FigureKey, figures: DesignFigures): string {
  return SPECS[key].value(w, figures);
}

export interface FigureDifference {
  /** "+12 500 ₽ · worse", "no change"; empty when the figures cannot be compared. */
  text: string;
  tone: Tone;
}

/**
 * How `figures` differ from `reference` in one figure: the signed difference and, where one
 * direction is better for the company, whether it is better or worse — in words, so the
 * comparison reads in greyscale print.
 */
export function figureDifference(
  w: Words,
  key: FigureKey,
  reference: DesignFigures,
  figures: DesignFigures,
): FigureDifference {
  const spec = SPECS[key];
  const figure = DECISION_FIGURES.find((candidate) => candidate.key === key);
  if (!figure) return { text: '', tone: 'neutral' };
  const { delta, verdict } = figureChange(figure, reference, figures);
  if (verdict === 'unknown') return { text: '', tone: 'neutral' };
  // Figures that read the same are the same to the reader, whatever lies beyond the rounding.
  if (verdict === 'same' || spec.value(w, reference) === spec.value(w, figures)) {
    return { text: w.t('report.scenarios.same'), tone: 'neutral' };
  }
  // "Never" against a number of months has no finite difference, only a direction.
  if (verdict === 'changed') {
    return { text: delta === undefined ? '' : spec.difference(w, delta), tone: 'neutral' };
  }
  const said = w.t(verdict === 'better' ? 'report.scenarios.better' : 'report.scenarios.worse');
  return {
    text:
      delta === undefined
        ? said
        : w.t('report.scenarios.difference', {
            difference: spec.difference(w, delta),
            verdict: said,
          }),
    tone: verdict === 'better' ? 'good' : 'bad',
  };
}
