import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import {
  assignmentSchema,
  demandSchema,
  planningPeriodSchema,
  roleSchema,
} from '../../../shared/model';
import { moneyMinorSchema, monthSchema, shortTextSchema } from '../../../shared/model/primitives';
import { moneyCodec, plainCodec } from '../../../renderer/ui-kit/fields/number-codec';
import {
  checkValue,
  readTyped,
  type FieldResult,
} from '../../../renderer/ui-kit/fields/validation';

/** The message a user would read, in English, or the accepted value. */
function shown<V>(result: FieldResult<V>): V | string {
  return result.ok ? result.value : translate('en', result.message.key, result.message.params);
}

const en = plainCodec('en');
const ru = plainCodec('ru');
const readEn = <V>(text: string, schema: Parameters<typeof readTyped<V>>[1]) =>
  shown(readTyped(en.parse(text), schema, en.describe));

describe('number fields are checked against the model’s own schema', () => {
  it('accepts FTE in halves and explains anything else', () => {
    const fte = roleSchema.shape.fte;
    expect(readEn('1.5', fte)).toBe(1.5);
    expect(readEn('1.3', fte)).toBe('Enter a multiple of 0.5.');
    expect(readEn('0', fte)).toBe('Enter 0.5 or more.');
    expect(readEn('', fte)).toBe('Required.');
    expect(readEn('two', fte)).toBe('Enter a number, e.g. 12 or 1.5.');
  });

  it('lets an optional field be emptied', () => {
    expect(readEn('', demandSchema.shape.requestsPerHour)).toBeUndefined();
    expect(readEn('', roleSchema.shape.costPerFteMonthlyMinor)).toBeUndefined();
  });

  it('tells an exclusive limit from an inclusive one', () => {
    expect(readEn('0', demandSchema.shape.averageHandlingMinutes)).toBe('Enter a number above 0.');
    expect(readEn('100', demandSchema.shape.serviceLevelPercent)).toBe('Enter 99.9 or less.');
    expect(readEn('0', assignmentSchema.shape.allocationPercent)).toBe('Enter a number above 0.');
    expect(readEn('101', assignmentSchema.shape.allocationPercent)).toBe('Enter 100 or less.');
  });

  it('asks for a whole number where the model wants one', () => {
    expect(readEn('1.5', planningPeriodSchema.shape.months)).toBe('Enter a whole number.');
    expect(readEn('0', planningPeriodSchema.shape.months)).toBe('Enter 1 or more.');
  });

  it('writes limits in the user’s language', () => {
    const result = readTyped(ru.parse('1,3'), roleSchema.shape.fte, ru.describe);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(translate('ru', result.message.key, result.message.params)).toBe(
        'Введите число, кратное 0,5.',
      );
    }
  });
});

describe('money fields', () => {
  const money = moneyCodec('en', 'RUB');
  const read = (text: string) =>
    shown(readTyped(money.parse(text), moneyMinorSchema.optional(), money.describe));

  it('store what was typed in roubles as kopecks', () => {
    expect(read('110,000')).toBe(11_000_000);
    expect(read('99.995')).toBe(10_000);
  });

  it('refuse negative amounts and state limits in money, not in kopecks', () => {
    expect(read('-5')).toMatch(/^Enter .*0 or more\.$/);
    expect(String(read('20000000000'))).toMatch(/^Enter RUB\s10,000,000,000 or less\.$/);
  });
});

describe('text fields', () => {
  it('explain a length limit and a format', () => {
    expect(shown(checkValue(shortTextSchema, 'x'.repeat(301), String))).toBe(
      'Too long: at most 300 characters.',
    );
    expect(shown(checkValue(monthSchema, '2027-13', String))).toBe(
      'This is not in the expected format.',
    );
    expect(shown(checkValue(monthSchema, '2027-01', String))).toBe('2027-01');
  });
});
