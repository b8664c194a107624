import type { BreakEven, FunctionCosts, Payback } from '../analysis';
import { translate, type MessageKey, type MessageParams } from '../i18n';
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  minorUnitDigits,
  NOT_AVAILABLE,
} from '../i18n/format';
import type { Language } from '../i18n/language';
import type { Kpi, Link, SalesFunction } from '../model';
import { plainText } from './plain-text';

/**
 * How every figure and name of a design reads, in one language and currency. The canvas, the
 * inspector, the status bar, the report and the command line all say things through this, so
 * a KPI target or a payback reads the same everywhere. Missing figures read "—", never NaN.
 */
export interface Display {
  readonly language: Language;
  readonly currency: string;
  /** A catalog message with its {placeholders} filled in. */
  text(key: MessageKey, params?: MessageParams): string;
  /** Money given in minor units (kopecks, cents). */
  money(minor: number | undefined): string;
  /** A percentage as the model stores it: 25 reads "25 %". */
  percent(percent: number | undefined, maximumFractionDigits?: number): string;
  number(value: number | undefined, maximumFractionDigits?: number): string;
  date(iso: string): string;
  /**
   * A name typed by the user (project, group, person, tool) as shown: without the invisible
   * characters that could make it read as something else (plainText), trimmed; may be empty.
   */
  name(text: string): string;
  /** The function's name, or its type's name while the name is blank. */
  functionName(fn: Pick<SalesFunction, 'name' | 'typeId'>): string;
  /** The link's label, or its kind's name while it has none. */
  linkLabel(link: Pick<Link, 'label' | 'kind'>): string;
  /** A duration given in minutes: "20 s" under a minute, "1.5 min" from one on. */
  duration(minutes: number | undefined): string;
  /** "≤ 15 min", "≤ 20 s", "≥ 25 %", "≥ 1 000 000 ₽". */
  kpiTarget(kpi: Pick<Kpi, 'comparator' | 'target' | 'unit'>): string;
  /** "4.2 months", "at once", "never", or why it cannot be said. */
  payback(payback: Payback | undefined): string;
  /**
   * Break-even growth. Next to a target growth it gets as many decimals as it takes for the two
   * never to read the same while they differ ("50.04 %" against "50 %", not "50 %" and "50 %").
   */
  breakEven(breakEven: BreakEven | undefined, targetPercent?: number): string;
  /** A target growth as typed: up to two decimals ("25 %", "12.75 %"). */
  targetGrowth(percent: number | undefined): string;
  /**
   * A monthly run cost; one only partly known reads as its known part and what is missing
   * ("≥ 220 000 ₽, 1 cost missing"), never "—" that hides the known part. `perMonth` adds the
   * period ("… / month").
   */
  runCost(
    costs: Pick<FunctionCosts, 'runMonthlyMinor' | 'runMonthlyKnown'> | undefined,
    perMonth?: boolean,
  ): string;
  /** The monthly cost of the staff, partly known read the same way as the run cost. */
  humanCost(
    costs: Pick<FunctionCosts, 'humanMonthlyMinor' | 'humanMonthlyKnown'> | undefined,
  ): string;
}

/**
 * Decimals of durations in minutes, wherever they are shown (KPI targets, handling and answer
 * times, the average speed of answer): one rule, so "1.5 min" never stands beside "1.52 min".
 */
const MINUTE_DIGITS = 1;

/** A duration given in minutes, with its unit: "20 s" under a minute, "1.5 min" from one on. */
export function durationText(language: Language, minutes: number): string {
  // Under a minute a duration reads in seconds: "20 s", not "0.3 min".
  if (minutes !== 0 && Math.abs(minutes) < 1) {
    return `${formatNumber(language, minutes * 60, 0)} ${translate(language, 'unit.seconds')}`;
  }
  return `${formatNumber(language, minutes, MINUTE_DIGITS)} ${translate(language, 'unit.minutes')}`;
}

const cache = new Map<string, Display>();

export function displayFor(language: Language, currency: string): Display {
  const key = `${language}|${currency}`;
  let display = cache.get(key);
  if (!display) {
    display = makeDisplay(language, currency);
    cache.set(key, display);
  }
  return display;
}

function makeDisplay(language: Language, currency: string): Display {
  const text = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
  const number = (value: number | undefined, digits = 1) => formatNumber(language, value, digits);
  const percent = (value: number | undefined, digits = 1) =>
    formatPercent(language, value === undefined ? undefined : value / 100, digits);
  const money = (minor: number | undefined) => formatMoney(language, minor, currency);
  const targetGrowth = (value: number | undefined) => percent(value, 2);
  const name = (value: string) => plainText(value).trim();
  // A cost with some parts missing reads as its known part and the count, never as "—".
  const partialCost = (
    total: number | undefined,
    known: FunctionCosts['runMonthlyKnown'] | undefined,
    perMonth: boolean,
  ) => {
    if (total === undefined && known?.knownMinor !== undefined && known.missing > 0) {
      return text(perMonth ? 'analysis.partialCostPerMonth' : 'analysis.partialCost', {
        amount: money(known.knownMinor),
        count: known.missing,
      });
    }
    const amount = money(total);
    return perMonth ? text('canvas.node.perMonth', { amount }) : amount;
  };
  return {
    targetGrowth,
    language,
    currency,
    text,
    money,
    percent,
    number,
    date: (iso) => formatDate(language, iso),
    runCost: (costs, perMonth = false) =>
      partialCost(costs?.runMonthlyMinor, costs?.runMonthlyKnown, perMonth),
    humanCost: (costs) => partialCost(costs?.humanMonthlyMinor, costs?.humanMonthlyKnown, false),
    name,
    functionName: (fn) => name(fn.name) || text(`catalog.${fn.typeId}.name`),
    linkLabel: (link) => name(link.label) || text(`linkKind.${link.kind}`),
    duration: (minutes) =>
      minutes === undefined ? NOT_AVAILABLE : durationText(language, minutes),
    kpiTarget: (kpi) => `${text(`comparator.${kpi.comparator}`)} ${kpiValue(kpi)}`,
    payback: (payback) => {
      switch (payback?.status) {
        case 'months':
          return text('analysis.payback.months', { months: number(payback.months) });
        case 'immediate':
          return text('analysis.payback.immediate');
        case 'never':
          return text('analysis.payback.never');
        default:
          return text('analysis.notEnoughData');
      }
    },
    breakEven: (breakEven, target) => {
      if (breakEven?.status === 'impossible') return text('analysis.breakEven.impossible');
      if (breakEven?.status !== 'ok') return text('analysis.notEnoughData');
      const value = breakEven.growthPercent;
      let digits = 1;
      // Different from the target both as targets are shown (see targetGrowth) and at the
      // same precision.
      const readsAsTarget = (d: number) =>
        target !== undefined &&
        (percent(value, d) === percent(target, d) || percent(value, d) === targetGrowth(target));
      while (target !== value && digits < 4 && readsAsTarget(digits)) digits += 1;
      return percent(value, digits);
    },
  };

  function kpiValue(kpi: Pick<Kpi, 'target' | 'unit'>): string {
    switch (kpi.unit) {
      case 'percent':
        return percent(kpi.target, 2);
      case 'money':
        // KPI targets are typed in whole currency units; money is formatted from minor units.
        return money(Math.round(kpi.target * 10 ** minorUnitDigits(currency)));
      case 'other':
        return number(kpi.target, 2);
      case 'minutes':
        return durationText(language, kpi.target);
      default:
        return `${number(kpi.target, 2)} ${text(`unit.${kpi.unit}`)}`;
    }
  }
}
