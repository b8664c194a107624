import type { Payback } from '../../analysis';
import type { DesignFigures } from '../../compare';
import type { Tone } from '../types';
import type { Words } from '../words';

/**
 * The decision figures of a design (designFigures) as the report says them: one label and one
 * format per figure, so the decision page's tiles and the scenario comparison read the same.
 */
export const FIGURES = [
  'monthlyCost',
  'oneOff',
  'fte',
  'requiredFte',
  'hire',
  'incrementalProfit',
  'netMonthly',
  'payback',
  'roi',
  'periodNet',
  'errors',
  'warnings',
] as const;
export type FigureKey = (typeof FIGURES)[number];

/** Which way a figure is better for the company; staff figures are neither. */
type Better = 'lower' | 'higher' | undefined;

interface FigureSpec {
  label(w: Words, months: number): string;
  value(w: Words, f: DesignFigures): string;
  /** The figure as a number to subtract, undefined when it cannot be compared. */
  amount(f: DesignFigures): number | undefined;
  /** A difference of `amount`s, signed. */
  difference(w: Words, delta: number): string;
  better: Better;
}

const MINUS = '\u2212';
/** "+12 500 ₽", "−1,5": the sign always shown, the figure formatted as the figure itself. */
const signed = (delta: number, text: (magnitude: number) => string): string =>
  `${delta > 0 ? '+' : delta < 0 ? MINUS : ''}${text(Math.abs(delta))}`;

const money = (pick: (f: DesignFigures) => number | undefined, better: Better) =>
  ({
    value: (w: Words, f: DesignFigures) => w.money(pick(f)),
    amount: pick,
    difference: (w: Words, delta: number) => signed(delta, (m) => w.money(m)),
    better,
  }) as const;

const fte = (pick: (f: DesignFigures) => number) =>
  ({
    value: (w: Words, f: DesignFigures) =>
      w.t('report.decision.hireValue', { fte: w.number(pick(f)) }),
    amount: pick,
    difference: (w: Words, delta: number) =>
      w.t('report.decision.hireValue', { fte: signed(delta, (m) => w.number(m)) }),
    better: undefined,
  }) as const;

const count = (pick: (f: DesignFigures) => number) =>
  ({
    value: (w: Words, f: DesignFigures) => w.number(pick(f), 0),
    amount: pick,
    difference: (w: Words, delta: number) => signed(delta, (m) => w.number(m, 0)),
    better: 'lower',
  }) as const;

/** Months to pay back, for comparing: at once is 0, never is beyond any number of months. */
function paybackMonths(payback: Payback): number | undefined {
  switch (payback.status) {
    case 'immediate':
      return 0;
    case 'months':
      return payback.months;
    case 'never':
      return Number.POSITIVE_INFINITY;
    default:
      return undefined;
  }
}

const SPECS: Readonly<Record<FigureKey, FigureSpec>> = {
  monthlyCost: {
    label: (w) => w.t('report.decision.monthly'),
    ...money((f) => f.monthlyCostMinor, 'lower'),
  },
  oneOff: { label: (w) => w.t('report.decision.oneOff'), ...money((f) => f.oneOffMinor, 'lower') },
  fte: { label: (w) => w.t('report.scenarios.fte'), ...fte((f) => f.fte) },
  requiredFte: { label: (w) => w.t('report.scenarios.requiredFte'), ...fte((f) => f.requiredFte) },
  hire: { label: (w) => w.t('report.decision.hire'), ...fte((f) => f.hireFte) },
  incrementalProfit: {
    label: (w) => w.d('analysis.incrementalProfit'),
    ...money((f) => f.incrementalProfitMonthlyMinor, 'higher'),
  },
  netMonthly: {
    label: (w) => w.d('analysis.netMonthly'),
    ...money((f) => f.netMonthlyMinor, 'higher'),
  },
  payback: {
    label: (w) => w.t('report.decision.payback'),
    value: (w, f) =>
      f.payback.status === 'never' ? w.t('report.decision.paybackNever') : w.payback(f.payback),
    amount: (f) => paybackMonths(f.payback),
    difference: (w, delta) => signed(delta, (m) => w.payback({ status: 'months', months: m })),
    better: 'lower',
  },
  roi: {
    label: (w, months) => w.t('report.decision.roi', { months: w.number(months, 0) }),
    value: (w, f) => w.percent(f.roiPercent),
    amount: (f) => f.roiPercent,
    difference: (w, delta) =>
      w.t('report.scenarios.points', { value: signed(delta, (m) => w.number(m)) }),
    better: 'higher',
  },
  periodNet: {
    label: (w, months) => w.t('report.decision.periodNet', { months: w.number(months, 0) }),
    ...money((f) => f.periodNetMinor, 'higher'),
  },
  errors: { label: (w) => w.t('report.decision.errors'), ...count((f) => f.errors) },
  warnings: { label: (w) => w.t('report.scenarios.warnings'), ...count((f) => f.warnings) },
};

export function figureLabel(w: Words, key: FigureKey, months: number): string {
  return SPECS[key].label(w, months);
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
  const before = spec.amount(reference);
  const after = spec.amount(figures);
  if (before === undefined || after === undefined) return { text: '', tone: 'neutral' };
  // Figures that read the same are the same to the reader, whatever lies beyond the rounding.
  if (before === after || spec.value(w, reference) === spec.value(w, figures)) {
    return { text: w.t('report.scenarios.same'), tone: 'neutral' };
  }
  const delta = after - before;
  // "Never" against a number of months has no finite difference, only a direction.
  const finite = Number.isFinite(delta);
  const better = spec.better === undefined ? undefined : (spec.better === 'lower') === delta < 0;
  if (better === undefined) {
    return { text: finite ? spec.difference(w, delta) : '', tone: 'neutral' };
  }
  const verdict = w.t(better ? 'report.scenarios.better' : 'report.scenarios.worse');
  return {
    text: finite
      ? w.t('report.scenarios.difference', { difference: spec.difference(w, delta), verdict })
      : verdict,
    tone: better ? 'good' : 'bad',
  };
}
