import type { Language } from './language';

/** BCP 47 locale used for each UI language. */
export const LOCALE: Readonly<Record<Language, string>> = { ru: 'ru-RU', en: 'en-GB' };

/**
 * Intl formatters, made once per locale and options: making one costs about a hundred times
 * more than using it, and every card formats several figures on each render.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F, O>(cache: Map<string, F>, make: (locale: string, options: O) => F) {
  return (locale: string, options: O): F => {
    const key = `${locale}|${JSON.stringify(options)}`;
    let format = cache.get(key);
    if (!format) {
      format = make(locale, options);
      cache.set(key, format);
    }
    return format;
  };
}

/** A cached Intl.NumberFormat. */
export const numberFormat = cached(
  numberFormats,
  (locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
);

/**
 * The formats of the functions below, by a short key of what varies in their options: these run
 * for every figure of a report (thousands of times), and writing the options out as JSON for the
 * key was most of their cost.
 */
const figureFormats = new Map<string, Intl.NumberFormat>();

function figureFormat(
  key: string,
  locale: string,
  options: () => Intl.NumberFormatOptions,
): Intl.NumberFormat {
  let format = figureFormats.get(key);
  if (!format) figureFormats.set(key, (format = numberFormat(locale, options())));
  return format;
}

/** A cached Intl.DateTimeFormat. */
export const dateTimeFormat = cached(
  dateFormats,
  (locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
);

const listFormats = new Map<string, Intl.ListFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

const listFormatOf = cached(
  listFormats,
  (locale, options: Intl.ListFormatOptions) => new Intl.ListFormat(locale, options),
);
const pluralRulesOf = cached(
  pluralRules,
  (locale, options: Intl.PluralRulesOptions) => new Intl.PluralRules(locale, options),
);

/** "A, B and C" in the language. */
export function listFormat(language: Language): Intl.ListFormat {
  return listFormatOf(LOCALE[language], { style: 'long', type: 'conjunction' });
}

const rulesByLanguage = new Map<Language, Intl.PluralRules>();

/** The plural categories of counts in the language (one, few, many, other …). */
export function pluralRule(language: Language): Intl.PluralRules {
  // Asked for every plural in every text: kept by language, without building the general key.
  let rule = rulesByLanguage.get(language);
  if (!rule) rulesByLanguage.set(language, (rule = pluralRulesOf(LOCALE[language], {})));
  return rule;
}

const currencyDigits = new Map<string, number>();

/** Minor units per major unit for a currency (2 for RUB, USD, EUR; 0 for JPY…), from Intl. */
export function minorUnitDigits(currency: string): number {
  let digits = currencyDigits.get(currency);
  if (digits === undefined) {
    digits =
      numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
    currencyDigits.set(currency, digits);
  }
  return digits;
}

/** Shown wherever a figure cannot be computed; never "NaN" or "Infinity". */
export const NOT_AVAILABLE = '—';

/** Money given in minor units (kopecks, cents), formatted for the locale, whole major units. */
export function formatMoney(
  language: Language,
  minorUnits: number | undefined,
  currency: string,
): string {
  if (minorUnits === undefined || !Number.isFinite(minorUnits)) return NOT_AVAILABLE;
  const major = minorUnits / 10 ** minorUnitDigits(currency);
  const locale = LOCALE[language];
  return figureFormat(`money ${locale} ${currency}`, locale, () => ({
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  })).format(major);
}

export function formatNumber(
  language: Language,
  value: number | undefined,
  maximumFractionDigits = 1,
): string {
  if (value === undefined || !Number.isFinite(value)) return NOT_AVAILABLE;
  const locale = LOCALE[language];
  return figureFormat(`number ${locale} ${maximumFractionDigits}`, locale, () => ({
    maximumFractionDigits,
  })).format(value);
}

/** `ratio` is a fraction: 0.25 → "25 %" (ru) / "25%" (en). */
export function formatPercent(
  language: Language,
  ratio: number | undefined,
  maximumFractionDigits = 1,
): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return NOT_AVAILABLE;
  const locale = LOCALE[language];
  return figureFormat(`percent ${locale} ${maximumFractionDigits}`, locale, () => ({
    style: 'percent',
    maximumFractionDigits,
  })).format(ratio);
}

export function formatDate(language: Language, isoOrEpochMs: string | number): string {
  const date = new Date(isoOrEpochMs);
  if (Number.isNaN(date.getTime())) return NOT_AVAILABLE;
  return dateTimeFormat(LOCALE[language], { dateStyle: 'long' }).format(date);
}

export function formatDateTime(language: Language, isoOrEpochMs: string | number): string {
  const date = new Date(isoOrEpochMs);
  if (Number.isNaN(date.getTime())) return NOT_AVAILABLE;
  return dateTimeFormat(LOCALE[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/** The time of day alone ("14:05"). */
export function formatTime(language: Language, isoOrEpochMs: string | number): string {
  const date = new Date(isoOrEpochMs);
  if (Number.isNaN(date.getTime())) return NOT_AVAILABLE;
  return dateTimeFormat(LOCALE[language], { timeStyle: 'short' }).format(date);
}
