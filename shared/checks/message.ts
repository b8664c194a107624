import { translate, type MessageParams } from '../i18n';
import { formatNumber } from '../i18n/format';
import type { Language } from '../i18n/language';
import type { DesignCheck } from './types';

/** The check's message in `language`: numbers formatted for the locale, empty names labelled. */
export function checkMessage(check: DesignCheck, language: Language): string {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(check.params as MessageParams)) {
    params[name] =
      typeof value === 'number'
        ? formatNumber(language, value, 1)
        : value.trim() === ''
          ? translate(language, 'check.unnamed')
          : value;
  }
  return translate(language, check.messageKey, params);
}
