import { catalogEn } from './catalog.en';
import { catalogRu } from './catalog.ru';
import { registerCatalog, type Language, type MessageKey } from './index';

/**
 * Both languages' catalogs, loaded and registered at once: for Node (Electron's main process, the
 * CLI, tests) and workers, where bundle size does not matter. The browser window loads only its
 * language up front (`loadCatalog`).
 */
export const catalogs: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  en: catalogEn,
  ru: catalogRu,
};

registerCatalog('en', catalogEn);
registerCatalog('ru', catalogRu);
