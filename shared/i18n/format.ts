import type { Language } from './language';

/** BCP 47 locale used for each UI language. */
export const LOCALE: Readonly<Record<Language, string>> = { ru: 'ru-RU', en: 'en-GB' };

/** Minor units per major unit for a currency (2 for RUB, USD, EUR; 0 for JPY…), from Intl. */
export function minorUnitDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
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
  return new Intl.NumberFormat(LOCALE[language], {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(major);
}

export function formatNumber(
  language: Language,
  value: number | undefined,
  maximumFractionDigits = 1,
): string {
  if (value === undefined || !Number.isFinite(value)) return NOT_AVAILABLE;
  return new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits }).format(value);
}

/** `ratio` is a fraction: 0.25 → "25 %" (ru) / "25%" (en). */
export function formatPercent(
  language: Language,
  ratio: number | undefined,
  maximumFractionDigits = 1,
): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return NOT_AVAILABLE;
  return new Intl.NumberFormat(LOCALE[language], {
    style: 'percent',
    maximumFractionDigits,
  }).format(ratio);
}

export function formatDate(language: Language, isoOrEpochMs: string | number): string {
  const date = new Date(isoOrEpochMs);
  if (Number.isNaN(date.getTime())) return NOT_AVAILABLE;
  return new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'long' }).format(date);
}

export function formatDateTime(language: Language, isoOrEpochMs: string | number): string {
  const date = new Date(isoOrEpochMs);
  if (Number.isNaN(date.getTime())) return NOT_AVAILABLE;
  return new Intl.DateTimeFormat(LOCALE[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}
