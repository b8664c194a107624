import { formatMoney, formatNumber } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/language';
import {
  formatMoneyInput,
  formatNumberInput,
  parseMoneyInput,
  parseNumberInput,
  type Typed,
} from '../../../shared/i18n/parse-number';
import type { DescribeLimit } from './validation';

/** How a stored number is shown for editing, read back from text, and written in messages. */
export interface NumberCodec {
  readonly format: (value: number | undefined) => string;
  readonly parse: (text: string) => Typed<{ readonly kind: 'number'; readonly value: number }>;
  readonly describe: DescribeLimit;
}

export function plainCodec(language: Language): NumberCodec {
  return {
    format: (value) => formatNumberInput(value, language),
    parse: (text) => parseNumberInput(text, language),
    describe: (limit) => formatNumber(language, limit, 2),
  };
}

/** Stored in minor units, typed and shown in major units (roubles, not kopecks). */
export function moneyCodec(language: Language, currency: string): NumberCodec {
  return {
    format: (minor) => formatMoneyInput(minor, language, currency),
    parse: (text) => parseMoneyInput(text, language, currency),
    describe: (limit) => formatMoney(language, limit, currency),
  };
}
