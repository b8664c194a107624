import { translate, type MessageParams } from '../i18n';
import { formatNumber } from '../i18n/format';
import type { Language } from '../i18n/language';
import type { DesignCheck } from './types';

/**
 * The check's message in `language`: numbers formatted for the locale, empty names labelled.
 * Numbers get one decimal, or more where two different numbers of the message would otherwise
 * read the same ("growth of 50 % is below the break-even of 50.04 %", never "50 %… 50 %").
 */
export function checkMessage(check: DesignCheck, language: Language): string {
  const entries = Object.entries(check.params as MessageParams);
  const numbers = entries.flatMap(([, value]) => (typeof value === 'number' ? [value] : []));
  const digits = distinguishingDigits(language, numbers);
  const params: Record<string, string> = {};
  for (const [name, value] of entries) {
    params[name] =
      typeof value === 'number'
        ? formatNumber(language, value, digits)
        : value.trim() === ''
          ? translate(language, 'check.unnamed')
          : value;
  }
  return translate(language, check.messageKey, params);
}

function distinguishingDigits(language: Language, numbers: readonly number[]): number {
  const clash = (digits: number) =>
    numbers.some((a, i) =>
      numbers.some(
        (b, j) =>
          j > i &&
          a !== b &&
          formatNumber(language, a, digits) === formatNumber(language, b, digits),
      ),
    );
  let digits = 1;
  while (digits < 4 && clash(digits)) digits += 1;
  return digits;
}
