import { translate, type MessageParams } from '../i18n';
import type { DomainKey } from '../i18n/domain.en';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../i18n/format';
import type { Language } from '../i18n/language';
import type { ReportKey } from '../i18n/report.en';

/**
 * Everything a section needs to turn figures into text in one language and currency: the report
 * and domain catalogs, and the locale's number, money, percent and date formats. Missing figures
 * read "—", never NaN or undefined.
 */
export interface Words {
  readonly language: Language;
  readonly currency: string;
  /** A report string; a {placeholder} without a value stays visible so the omission shows. */
  t(key: ReportKey, params?: MessageParams): string;
  /** A domain string (statuses, units, analysis labels, check messages). */
  d(key: DomainKey, params?: MessageParams): string;
  money(minor: number | undefined): string;
  /** `percent` as stored in the model: 25 means 25 %. */
  percent(percent: number | undefined): string;
  number(value: number | undefined, maximumFractionDigits?: number): string;
  date(iso: string): string;
  /** The text, or "Not specified" when it is blank. */
  orUnset(text: string | undefined): string;
}

export function wordsFor(language: Language, currency: string): Words {
  const words: Words = {
    language,
    currency,
    t: (key, params) => translate(language, key, params),
    d: (key, params) => translate(language, key, params),
    money: (minor) => formatMoney(language, minor, currency),
    percent: (percent) =>
      formatPercent(language, percent === undefined ? undefined : percent / 100),
    number: (value, digits = 1) => formatNumber(language, value, digits),
    date: (iso) => formatDate(language, iso),
    orUnset: (text) =>
      text === undefined || text.trim() === '' ? words.t('report.notSpecified') : text.trim(),
  };
  return words;
}
