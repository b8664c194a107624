import { domainEn, type DomainKey } from './domain.en';
import { domainRu } from './domain.ru';
import { inspectorEn, type InspectorKey } from './inspector.en';
import { inspectorRu } from './inspector.ru';
import type { Language } from './language';
import { formatMessage } from './message-format';
import { libraryEn, type LibraryKey } from './library.en';
import { libraryRu } from './library.ru';
import { presentEn, type PresentKey } from './present.en';
import { presentRu } from './present.ru';
import { reportEn, type ReportKey } from './report.en';
import { reportRu } from './report.ru';
import { uiEn, type UiKey } from './ui.en';
import { uiRu } from './ui.ru';

export { LANGUAGES, isLanguage, type Language } from './language';
export { placeholderNames as placeholdersOf, pluralForms } from './message-format';

/** Every catalog, one per area of the product, merged; keys are prefixed by area. */
export type MessageKey = UiKey | DomainKey | InspectorKey | LibraryKey | ReportKey | PresentKey;
/** Values substituted for {name} placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

export const catalogs: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  en: { ...uiEn, ...domainEn, ...inspectorEn, ...libraryEn, ...reportEn, ...presentEn },
  ru: { ...uiRu, ...domainRu, ...inspectorRu, ...libraryRu, ...reportRu, ...presentRu },
};

/**
 * The message for `key` in `language` with {placeholders} filled in and plural forms chosen
 * (see message-format). A missing parameter is left visible as {name} so that the omission is
 * noticed, never rendered as "undefined".
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = catalogs[language][key];
  return params ? formatMessage(language, template, params) : template;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(language: Language): Translate {
  return (key, params) => translate(language, key, params);
}
