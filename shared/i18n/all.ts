import { outputEn } from './catalog-output.en';
import { outputRu } from './catalog-output.ru';
import { catalogEn } from './catalog.en';
import { catalogRu } from './catalog.ru';
import { registerCatalog, type Language, type MessageKey } from './index';

/**
 * Both languages' catalogs, loaded and registered at once: for Node (Electron's main process, the
 * CLI, tests) and workers, where bundle size does not matter. The browser window loads only its
 * language up front (`loadCatalog`).
 */
export const catalogs: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  en: { ...catalogEn, ...outputEn },
  ru: { ...catalogRu, ...outputRu },
};

registerCatalog('en', catalogs.en);
registerCatalog('ru', catalogs.ru);
