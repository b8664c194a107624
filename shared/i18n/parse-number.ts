import { LOCALE, minorUnitDigits } from './format';
import type { Language } from './language';

/**
 * Numbers typed by a person, in Russian or English habits: "1 234,5", "1,234.5", "1234.5",
 * "+25", "−3". Parsing keeps the digits as text so that money converts to minor units exactly,
 * without binary rounding (1.005 ₽ is 101 kopecks, not 100).
 */
export interface TypedDecimal {
  readonly negative: boolean;
  /** Digits before the decimal separator, without grouping; may be empty (".5"). */
  readonly integer: string;
  /** Digits after the decimal separator; may be empty. */
  readonly fraction: string;
}

/** What a field's text means: nothing typed, not a number, or a value. */
export type Typed<T> = { readonly kind: 'empty' } | { readonly kind: 'invalid' } | T;

const EMPTY = { kind: 'empty' } as const;
const INVALID = { kind: 'invalid' } as const;

/** Group separators people type or paste: spaces (incl. no-break and thin ones) and apostrophes. */
const GROUP_SPACES = /[\s\u00a0\u2009\u202f'’]/g;
/** More digits than any field accepts; refusing them early keeps Number() exact enough. */
const MAX_DIGITS = 30;

export function parseTypedDecimal(
  text: string,
  language: Language,
): Typed<{ readonly kind: 'decimal'; readonly decimal: TypedDecimal }> {
  let body = text.replace(GROUP_SPACES, '');
  if (body === '') return EMPTY;
  let negative = false;
  const sign = body[0];
  if (sign === '-' || sign === '−' || sign === '+') {
    negative = sign !== '+';
    body = body.slice(1);
  }
  if (!/^[\d.,]*\d[\d.,]*$/.test(body)) return INVALID;

  const separator = decimalSeparator(body, language);
  const [integerRaw = '', fraction = '', ...rest] =
    separator === undefined ? [body] : body.split(separator);
  if (rest.length > 0) return INVALID;
  // Whatever separator is not the decimal one is grouping.
  const integer = integerRaw.replace(/[.,]/g, '');
  if (/[.,]/.test(fraction) || integer.length + fraction.length > MAX_DIGITS) return INVALID;
  return { kind: 'decimal', decimal: { negative, integer, fraction } };
}

/**
 * Which character separates the fraction: with both present, the last one; a character typed
 * more than once is grouping; a lone "," is grouping only in English "1,500"-like input.
 */
function decimalSeparator(body: string, language: Language): '.' | ',' | undefined {
  const dot = body.lastIndexOf('.');
  const comma = body.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) return dot > comma ? '.' : ',';
  const only = dot >= 0 ? '.' : comma >= 0 ? ',' : undefined;
  if (only === undefined || body.indexOf(only) !== body.lastIndexOf(only)) return undefined;
  if (only === ',' && language === 'en' && /^\d{1,3},\d{3}$/.test(body)) return undefined;
  return only;
}

/** A plain number; "" is empty. */
export function parseNumberInput(
  text: string,
  language: Language,
): Typed<{ readonly kind: 'number'; readonly value: number }> {
  const typed = parseTypedDecimal(text, language);
  if (typed.kind !== 'decimal') return typed;
  const { negative, integer, fraction } = typed.decimal;
  const value = Number(`${integer || '0'}.${fraction || '0'}`);
  return { kind: 'number', value: negative && value !== 0 ? -value : value };
}

/**
 * Money typed in major units (roubles, dollars) as a whole number of minor units, rounded half
 * away from zero at the currency's minor digit.
 */
export function parseMoneyInput(
  text: string,
  language: Language,
  currency: string,
): Typed<{ readonly kind: 'number'; readonly value: number }> {
  const typed = parseTypedDecimal(text, language);
  if (typed.kind !== 'decimal') return typed;
  const { negative, integer, fraction } = typed.decimal;
  const digits = minorUnitDigits(currency);
  const kept = fraction.slice(0, digits).padEnd(digits, '0');
  const roundUp = (fraction[digits] ?? '0') >= '5';
  const magnitude = Number(`${integer}${kept}` || '0') + (roundUp ? 1 : 0);
  return { kind: 'number', value: negative && magnitude !== 0 ? -magnitude : magnitude };
}

function decimalMark(language: Language): string {
  return language === 'ru' ? ',' : '.';
}

/**
 * A number as it is put into a field: grouped and with the decimal mark of the language, so a
 * projected "180 000" reads at a glance; parseNumberInput reads this form back.
 */
export function formatNumberInput(value: number | undefined, language: Language): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  return value.toLocaleString(LOCALE[language], { maximumFractionDigits: 10 });
}

/** Minor units as major units, exactly: 12345650 → "123 456,50" (ru); whole → "123 456". */
export function formatMoneyInput(
  minor: number | undefined,
  language: Language,
  currency: string,
): string {
  if (minor === undefined || !Number.isSafeInteger(minor)) return '';
  const digits = minorUnitDigits(currency);
  const scale = 10 ** digits;
  const magnitude = Math.abs(minor);
  const whole = Math.floor(magnitude / scale);
  const cents = magnitude % scale;
  const sign = minor < 0 ? '-' : '';
  const grouped = whole.toLocaleString(LOCALE[language], { maximumFractionDigits: 0 });
  if (cents === 0) return `${sign}${grouped}`;
  return `${sign}${grouped}${decimalMark(language)}${String(cents).padStart(digits, '0')}`;
}
