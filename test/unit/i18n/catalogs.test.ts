import { describe, expect, it } from 'vitest';
import { catalogs, placeholdersOf, translate, type MessageKey } from '../../../shared/i18n';
import { formatMoney, formatPercent, NOT_AVAILABLE } from '../../../shared/i18n/format';

describe('RU/EN catalogs', () => {
  const keys = Object.keys(catalogs.en) as MessageKey[];

  it('have the same keys', () => {
    expect(Object.keys(catalogs.ru).sort()).toEqual([...keys].sort());
  });

  it('have no empty message', () => {
    for (const key of keys) {
      expect(catalogs.en[key].trim(), `en ${key}`).not.toBe('');
      expect(catalogs.ru[key].trim(), `ru ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of keys) {
      expect(placeholdersOf(catalogs.ru[key]), key).toEqual(placeholdersOf(catalogs.en[key]));
    }
  });
});

describe('translate', () => {
  it('fills placeholders and leaves a missing one visible', () => {
    expect(translate('en', 'status.functions', { count: 3 })).toBe('Functions: 3');
    expect(translate('ru', 'status.functions', { count: 3 })).toBe('Функций: 3');
    expect(translate('en', 'status.functions')).toBe('Functions: {count}');
  });
});

describe('formatting', () => {
  it('formats money from minor units for the locale', () => {
    expect(formatMoney('en', 12_345_600, 'RUB').replace(/\s/g, ' ')).toBe('RUB 123,456');
    expect(formatMoney('ru', 12_345_600, 'RUB').replace(/\s/g, ' ')).toBe('123 456 ₽');
  });

  it('never shows NaN or Infinity', () => {
    expect(formatMoney('en', Number.NaN, 'RUB')).toBe(NOT_AVAILABLE);
    expect(formatMoney('en', undefined, 'RUB')).toBe(NOT_AVAILABLE);
    expect(formatPercent('ru', Number.POSITIVE_INFINITY)).toBe(NOT_AVAILABLE);
  });
});
