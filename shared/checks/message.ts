import { durationText } from '../display/display';
import { plainText } from '../display/plain-text';
import { translate } from '../i18n';
import { formatNumber } from '../i18n/format';
import { shortList } from '../i18n/short-list';
import type { Language } from '../i18n/language';
import type { DesignCheck } from './types';

/**
 * The names a list shows before it counts the rest ("“A”, “B”, “C” and 164 more"): a message stays
 * one readable sentence when a person works in 160 functions; the rest are a click away.
 */
const LISTED_NAMES = 3;

/** How a name is quoted inside a message. */
const QUOTES: Readonly<Record<Language, readonly [string, string]>> = {
  en: ['“', '”'],
  ru: ['«', '»'],
};

/**
 * The check's message in `language`: numbers formatted for the locale, empty names labelled,
 * lists of names quoted and joined ("“A”, “B” and “C”), long ones cut (see LISTED_NAMES).
 * Numbers get one decimal, or more where two different numbers of the message would otherwise
 * read the same ("growth of 50 % is below the break-even of 50.04 %", never "50 %… 50 %").
 */
export function checkMessage(check: DesignCheck, language: Language): string {
  const entries = Object.entries(check.params);
  const numbers = entries.flatMap(([, value]) => (typeof value === 'number' ? [value] : []));
  const digits = distinguishingDigits(language, numbers);
  // Names as the rest of the app shows them: no invisible characters that could spoof them.
  const name = (text: string) => plainText(text).trim() || translate(language, 'check.unnamed');
  const [open, close] = QUOTES[language];
  const params: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (typeof value === 'number') {
      params[key] = formatNumber(language, value, digits);
    } else if (typeof value === 'string') {
      params[key] = name(value);
    } else if ('minutes' in value) {
      params[key] = durationText(language, value.minutes);
    } else {
      // Four names read as well as three and "1 more"; from five on, the rest are counted.
      const max = value.length > LISTED_NAMES + 1 ? LISTED_NAMES : value.length;
      const names = value.map((item) => `${open}${name(item)}${close}`);
      params[key] = shortList(language, names, max, (count) =>
        translate(language, 'check.list.more', { count }),
      );
    }
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
