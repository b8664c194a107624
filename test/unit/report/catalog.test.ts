import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../../shared/i18n';
import { reportEn, type ReportKey } from '../../../shared/i18n/report.en';
import { reportRu } from '../../../shared/i18n/report.ru';

describe('report catalogs', () => {
  const keys = Object.keys(reportEn) as ReportKey[];

  it('have the same keys, none empty, with the same placeholders in RU and EN', () => {
    expect(Object.keys(reportRu).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(reportEn[key].trim(), key).not.toBe('');
      expect(reportRu[key].trim(), key).not.toBe('');
      expect(placeholdersOf(reportRu[key]), key).toEqual(placeholdersOf(reportEn[key]));
    }
  });
});
