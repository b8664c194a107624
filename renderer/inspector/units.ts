import { LOCALE, numberFormat } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/language';

/** The currency's short sign for the language ("₽", "$", "€"), shown as an input's unit. */
export function currencySymbol(language: Language, currency: string): string {
  const parts = numberFormat(LOCALE[language], {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
  }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}
