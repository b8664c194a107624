import { displayFor, type Display } from '../display';
import type { MessageParams } from '../i18n';
import type { DomainKey } from '../i18n/domain.en';
import type { Language } from '../i18n/language';
import type { ReportKey } from '../i18n/report.en';

/**
 * Everything a section needs to turn figures into text in one language and currency: the
 * app's display layer (the same words as the canvas and inspector), narrowed to the report and
 * domain catalogs.
 */
export interface Words extends Display {
  /** A report string; a {placeholder} without a value stays visible so the omission shows. */
  t(key: ReportKey, params?: MessageParams): string;
  /** A domain string (statuses, units, analysis labels, check messages). */
  d(key: DomainKey, params?: MessageParams): string;
  /** The text, or "Not specified" when it is blank. */
  orUnset(text: string | undefined): string;
}

export function wordsFor(language: Language, currency: string): Words {
  const display = displayFor(language, currency);
  return {
    ...display,
    t: display.text,
    d: display.text,
    orUnset: (text) => display.name(text ?? '') || display.text('report.notSpecified'),
  };
}
