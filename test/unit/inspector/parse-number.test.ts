import { describe, expect, it } from 'vitest';
import {
  formatMoneyInput,
  formatNumberInput,
  parseMoneyInput,
  parseNumberInput,
} from '../../../shared/i18n/parse-number';

const number = (text: string, language: 'ru' | 'en') => {
  const typed = parseNumberInput(text, language);
  return typed.kind === 'number' ? typed.value : typed.kind;
};
const money = (text: string, language: 'ru' | 'en', currency = 'RUB') => {
  const typed = parseMoneyInput(text, language, currency);
  return typed.kind === 'number' ? typed.value : typed.kind;
};

describe('parseNumberInput', () => {
  it('reads Russian input: comma decimals, space grouping', () => {
    expect(number('1,5', 'ru')).toBe(1.5);
    expect(number('1 234,5', 'ru')).toBe(1234.5);
    expect(number('1\u00a0234\u202f567', 'ru')).toBe(1234567);
    expect(number('1,500', 'ru')).toBe(1.5);
  });

  it('reads English input: dot decimals, comma grouping', () => {
    expect(number('1.5', 'en')).toBe(1.5);
    expect(number('1,234.5', 'en')).toBe(1234.5);
    expect(number('1,500', 'en')).toBe(1500);
    expect(number('1,234,567', 'en')).toBe(1234567);
    // A comma not followed by a thousands group is a decimal mark typed out of habit.
    expect(number('2,5', 'en')).toBe(2.5);
  });

  it('accepts a dot in Russian and mixed separators in either order', () => {
    expect(number('2.5', 'ru')).toBe(2.5);
    expect(number('1.234,5', 'ru')).toBe(1234.5);
    expect(number('1.234,5', 'en')).toBe(1234.5);
  });

  it('reads signs, including the typographic minus and a leading plus', () => {
    expect(number('+25', 'ru')).toBe(25);
    expect(number('-3', 'en')).toBe(-3);
    expect(number('−3,5', 'ru')).toBe(-3.5);
    expect(number('-0', 'en')).toBe(0);
    expect(Object.is(number('-0', 'en'), -0)).toBe(false);
    expect(number('.5', 'en')).toBe(0.5);
    expect(number('5.', 'en')).toBe(5);
  });

  it('tells empty from invalid', () => {
    expect(number('', 'ru')).toBe('empty');
    expect(number('   ', 'en')).toBe('empty');
    for (const text of [
      'abc',
      '1,2,3.4.5',
      '1.2.3,4,5',
      '--1',
      '1e5',
      '12a',
      '.',
      ',',
      '+',
      '1/2',
    ]) {
      expect(number(text, 'en'), text).toBe('invalid');
    }
    expect(number('1.2.3', 'ru')).toBe(123);
    expect(number('1,2.3,4', 'ru')).toBe('invalid');
  });
});

describe('parseMoneyInput', () => {
  it('converts major units to whole minor units exactly', () => {
    expect(money('180 000', 'ru')).toBe(18_000_000);
    expect(money('1 234,56', 'ru')).toBe(123_456);
    expect(money('1,234.56', 'en')).toBe(123_456);
    expect(money('0,1', 'ru')).toBe(10);
  });

  it('rounds half away from zero at the minor digit, without binary error', () => {
    // 1.005 * 100 is 100.49999… in floating point; typed digits must still give 101.
    expect(money('1.005', 'en')).toBe(101);
    expect(money('1,004', 'ru')).toBe(100);
    expect(money('0.995', 'en')).toBe(100);
    expect(money('-1.005', 'en')).toBe(-101);
  });

  it('follows the currency’s minor digits', () => {
    expect(money('1500', 'en', 'JPY')).toBe(1500);
    expect(money('1500.5', 'en', 'JPY')).toBe(1501);
    expect(money('1.2345', 'en', 'KWD')).toBe(1235);
  });

  it('passes empty and invalid through', () => {
    expect(money('', 'ru')).toBe('empty');
    expect(money('сто', 'ru')).toBe('invalid');
  });
});

describe('formatting for editing', () => {
  /** Intl groups Russian digits with a no-break space; compare with plain spaces. */
  const plain = (text: string) => text.replace(/\s/g, ' ');

  it('shows numbers grouped, with the language’s decimal mark', () => {
    expect(plain(formatNumberInput(1234.5, 'ru'))).toBe('1 234,5');
    expect(plain(formatNumberInput(12345.5, 'ru'))).toBe('12 345,5');
    expect(formatNumberInput(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumberInput(1e12, 'en')).toBe('1,000,000,000,000');
    expect(formatNumberInput(0.125, 'en')).toBe('0.125');
    expect(formatNumberInput(undefined, 'en')).toBe('');
    expect(formatNumberInput(Number.NaN, 'en')).toBe('');
  });

  it('shows minor units as major units exactly, dropping a zero fraction', () => {
    expect(plain(formatMoneyInput(18_000_000, 'ru', 'RUB'))).toBe('180 000');
    expect(plain(formatMoneyInput(123_456, 'ru', 'RUB'))).toBe('1 234,56');
    expect(formatMoneyInput(123_405, 'en', 'RUB')).toBe('1,234.05');
    expect(formatMoneyInput(1500, 'en', 'JPY')).toBe('1,500');
    expect(formatMoneyInput(99_999_999_999_999, 'en', 'RUB')).toBe('999,999,999,999.99');
    expect(formatMoneyInput(undefined, 'en', 'RUB')).toBe('');
  });

  it('round-trips what it shows', () => {
    for (const minor of [0, 1, 99, 100, 123_456, 18_000_000, 999_999_999_999]) {
      for (const language of ['ru', 'en'] as const) {
        const typed = parseMoneyInput(formatMoneyInput(minor, language, 'RUB'), language, 'RUB');
        expect(typed).toEqual({ kind: 'number', value: minor });
      }
    }
    for (const value of [0, 0.5, 1.5, 15, 99.9, 1234.25, 1_234_567.5, 1500]) {
      for (const language of ['ru', 'en'] as const) {
        expect(parseNumberInput(formatNumberInput(value, language), language)).toEqual({
          kind: 'number',
          value,
        });
      }
    }
  });
});
