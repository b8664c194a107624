import { describe, expect, it, vi } from 'vitest';
import { placeholdersOf, pluralForms, translate, type MessageKey } from '../../../shared/i18n';
import { catalogs } from '../../../shared/i18n/all';
import {
  formatMoney,
  formatNumber,
  formatPercent,
  LOCALE,
  minorUnitDigits,
  NOT_AVAILABLE,
} from '../../../shared/i18n/format';

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

  it('keeps each format apart by currency, precision and locale (the formats are cached by key)', () => {
    // Alternating, so a format cached for one call is never handed to another.
    for (let round = 0; round < 2; round++) {
      for (const language of ['ru', 'en'] as const) {
        const locale = LOCALE[language];
        for (const currency of ['RUB', 'USD', 'JPY']) {
          expect(formatMoney(language, 123_456, currency)).toBe(
            new Intl.NumberFormat(locale, {
              style: 'currency',
              currency,
              maximumFractionDigits: 0,
              minimumFractionDigits: 0,
            }).format(123_456 / 10 ** (currency === 'JPY' ? 0 : 2)),
          );
        }
        for (const digits of [0, 1, 2]) {
          expect(formatNumber(language, 1234.5678, digits)).toBe(
            new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(1234.5678),
          );
          expect(formatPercent(language, 0.12345, digits)).toBe(
            new Intl.NumberFormat(locale, {
              style: 'percent',
              maximumFractionDigits: digits,
            }).format(0.12345),
          );
        }
      }
    }
    expect([minorUnitDigits('JPY'), minorUnitDigits('RUB'), minorUnitDigits('JPY')]).toEqual([
      0, 2, 0,
    ]);
  });

  it('never shows NaN or Infinity', () => {
    expect(formatMoney('en', Number.NaN, 'RUB')).toBe(NOT_AVAILABLE);
    expect(formatMoney('en', undefined, 'RUB')).toBe(NOT_AVAILABLE);
    expect(formatPercent('ru', Number.POSITIVE_INFINITY)).toBe(NOT_AVAILABLE);
  });
});

describe('plural forms', () => {
  const keys = Object.keys(catalogs.en) as MessageKey[];

  it('every plural gives each form the language has (Intl.PluralRules), and "other"', () => {
    for (const language of ['ru', 'en'] as const) {
      const needed = new Intl.PluralRules(LOCALE[language]).resolvedOptions().pluralCategories;
      for (const key of keys) {
        for (const [name, forms] of pluralForms(catalogs[language][key])) {
          expect(forms, `${language} ${key} {${name}}`).toEqual(expect.arrayContaining(needed));
        }
      }
    }
  });

  it('chooses the form by the count, numbers given raw or already formatted', () => {
    expect(translate('en', 'report.summary.openWarnings', { count: 1 })).toBe('1 warning');
    expect(translate('en', 'report.summary.openWarnings', { count: '1,001' })).toBe(
      '1,001 warnings',
    );
    expect(translate('en', 'checks.count', { error: 1, warning: 0, info: 2 })).toBe(
      '1 error · 0 warnings · 2 notes',
    );
    const demand = (requests: string) =>
      translate('ru', 'report.staffing.demandValue', { requests, handling: '6 мин' });
    expect(demand('1')).toBe('1 запрос в час, обработка 6 мин');
    expect(demand('2')).toBe('2 запроса в час, обработка 6 мин');
    expect(demand('5')).toBe('5 запросов в час, обработка 6 мин');
    expect(demand('21')).toBe('21 запрос в час, обработка 6 мин');
    expect(demand('2,5')).toBe('2,5 запроса в час, обработка 6 мин');
    const functions = (count: string) => translate('ru', 'report.decision.proposal', { count });
    expect(functions('1')).toContain('в виде 1 специализированной функции');
    expect(functions('3')).toContain('в виде 3 специализированных функций');
    expect(functions('21')).toContain('в виде 21 специализированной функции');
    expect(translate('en', 'report.decision.warnings', { count: '1' })).toBe('1 warning');
    expect(translate('en', 'report.decision.warnings', { count: '2' })).toBe('2 warnings');
  });

  it('leaves a plural without its count visible', () => {
    expect(translate('en', 'report.summary.openWarnings', {})).toBe(
      '{count, plural, one {# warning} other {# warnings}}',
    );
  });
});

describe('catalog loading', () => {
  it('translates a language only once its catalog is loaded, the link kinds always', async () => {
    vi.resetModules();
    // A fresh registry, without the test setup's catalogs.
    const i18n = await import('../../../shared/i18n');
    expect(() => i18n.translate('en', 'app.title')).toThrow(/en catalog is not loaded/);
    expect(i18n.translate('ru', 'linkKind.support')).toBe('Поддержка');
    expect(i18n.translate('en', 'linkKind.support')).toBe('Support');
    await i18n.loadCatalog('en');
    expect(i18n.isCatalogLoaded('en')).toBe(true);
    expect(i18n.isCatalogLoaded('ru')).toBe(false);
    expect(i18n.translate('en', 'app.title')).toBe('Sales System Workbench');
  });

  it('loads the report and presentation texts on demand, then with every language loaded later', async () => {
    vi.resetModules();
    const i18n = await import('../../../shared/i18n');
    await i18n.loadCatalog('en');
    // The first screen's catalog does not carry them.
    expect(() => i18n.translate('en', 'present.label')).toThrow(/en catalog is not loaded/);
    await i18n.loadOutputTexts();
    expect(i18n.translate('en', 'present.label')).toBe('Presentation');
    expect(i18n.translate('en', 'report.contents')).toBe('Contents');
    // A language switched to afterwards comes with them.
    await i18n.loadCatalog('ru');
    expect(i18n.translate('ru', 'report.contents')).toBe(catalogs.ru['report.contents']);
  });
});
