import type { DomainKey } from '../i18n/domain.en';
import type { Language } from '../i18n/language';
import { parseProjectFile } from '../model/parse';
import type { Project } from '../model/schema';
import keyAccountsEn from './key-accounts.en.json';
import keyAccountsRu from './key-accounts.ru.json';
import specialisedSalesEn from './specialised-sales.en.json';
import specialisedSalesRu from './specialised-sales.ru.json';

/**
 * The sample projects shipped with the app, each in Russian and English with the same numbers.
 * They are ordinary project files (docs/file-format.md), so they can also be opened, analysed
 * and exported from the command line.
 */
export interface Sample {
  readonly id: 'key-accounts' | 'specialised-sales';
  readonly nameKey: DomainKey;
  /** File name under shared/samples/, per language. */
  readonly files: Readonly<Record<Language, string>>;
  readonly documents: Readonly<Record<Language, unknown>>;
}

export const SAMPLES: readonly Sample[] = [
  {
    id: 'key-accounts',
    nameKey: 'sample.keyAccounts.name',
    files: { ru: 'key-accounts.ru.json', en: 'key-accounts.en.json' },
    documents: { ru: keyAccountsRu, en: keyAccountsEn },
  },
  {
    id: 'specialised-sales',
    nameKey: 'sample.rich.name',
    files: { ru: 'specialised-sales.ru.json', en: 'specialised-sales.en.json' },
    documents: { ru: specialisedSalesRu, en: specialisedSalesEn },
  },
];

/**
 * A sample as a validated project. The caller gives it a fresh id and timestamps before saving
 * it as the user's own project. Throws only if a shipped file is broken (a unit test reads all).
 */
export function loadSample(id: Sample['id'], language: Language): Project {
  const sample = SAMPLES.find((s) => s.id === id);
  const parsed = parseProjectFile(sample?.documents[language]);
  if (!parsed.ok) throw new Error(`sample ${id}.${language} is invalid: ${parsed.errors[0]?.path}`);
  return parsed.project;
}
