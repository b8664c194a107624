import type { DomainKey } from './domain.en';
import type { HelpKey } from './help.en';
import type { InspectorKey } from './inspector.en';
import type { Language } from './language';
import type { LibraryKey } from './library.en';
import { linkKindsEn } from './link-kinds.en';
import { linkKindsRu } from './link-kinds.ru';
import { formatMessage } from './message-format';
import type { PresentKey } from './present.en';
import type { ReportKey } from './report.en';
import type { ScenarioKey } from './scenario.en';
import type { UiKey } from './ui.en';

export { LANGUAGES, isLanguage, type Language } from './language';
export { placeholderNames as placeholdersOf, pluralForms } from './message-format';

/** Every catalog, one per area of the product, merged; keys are prefixed by area. */
export type MessageKey =
  UiKey | DomainKey | InspectorKey | LibraryKey | ReportKey | HelpKey | PresentKey | ScenarioKey;
/** Values substituted for {name} placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

type Catalog = Readonly<Record<MessageKey, string>>;

/** The catalogs loaded so far (see `loadCatalog`; Node and workers register both via `./all`). */
const loaded: Partial<Record<Language, Catalog>> = {};
/** The link kinds' names, needed in both languages whichever is loaded (link-label layout). */
const alwaysLoaded: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: linkKindsEn,
  ru: linkKindsRu,
};

export function registerCatalog(language: Language, catalog: Catalog): void {
  loaded[language] = catalog;
}

export function isCatalogLoaded(language: Language): boolean {
  return loaded[language] !== undefined;
}

/**
 * Loads `language`'s catalog (a chunk of its own in the browser build, so the first screen
 * carries one language only); resolves at once when it is loaded already.
 */
export async function loadCatalog(language: Language): Promise<void> {
  if (loaded[language]) return;
  registerCatalog(
    language,
    language === 'en'
      ? (await import('./catalog.en')).catalogEn
      : (await import('./catalog.ru')).catalogRu,
  );
}

/**
 * The message for `key` in `language` with {placeholders} filled in and plural forms chosen
 * (see message-format). A missing parameter is left visible as {name} so that the omission is
 * noticed, never rendered as "undefined".
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = loaded[language]?.[key] ?? alwaysLoaded[language][key];
  if (template === undefined) throw new Error(`The ${language} catalog is not loaded`);
  return params ? formatMessage(language, template, params) : template;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(language: Language): Translate {
  return (key, params) => translate(language, key, params);
}
