import { laterEn } from './catalog-later.en';
import { laterRu } from './catalog-later.ru';
import { outputEn } from './catalog-output.en';
import { outputRu } from './catalog-output.ru';
import { catalogEn } from './catalog.en';
import { catalogRu } from './catalog.ru';
import { registerCatalog, type Language, type MessageKey } from './index';

/**
 * Both languages' catalogs, loaded and registered at once: for Node (Electron's main process, the
 * CLI, tests) and workers, where bundle size does not matter. The browser window loads only its
 * language up front (`loadCatalog`), and of it only the first screen's part.
 */
export const catalogs: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  en: { ...catalogEn, ...laterEn, ...outputEn },
  ru: { ...catalogRu, ...laterRu, ...outputRu },
};

/** The catalog's parts per language, for the test that they are the same in both. */
export const parts = {
  first: { en: catalogEn, ru: catalogRu },
  later: { en: laterEn, ru: laterRu },
  output: { en: outputEn, ru: outputRu },
} as const;

registerCatalog('en', catalogs.en);
registerCatalog('ru', catalogs.ru);
