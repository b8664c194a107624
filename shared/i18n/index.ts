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
/** The texts only the report and the presentation use: a chunk per language of their own. */
export type OutputKey = ReportKey | PresentKey;
/** Every other text: the catalog a language loads first. */
export type FirstScreenKey = Exclude<MessageKey, OutputKey>;

/** The texts loaded so far per language (see `loadCatalog`; Node and workers register all). */
const loaded: Partial<Record<Language, Partial<Catalog>>> = {};
/** Which languages have their first catalog, and which the report's and presentation's texts. */
const firstLoaded = new Set<Language>();
const outputLoaded = new Set<Language>();
/** Set once a screen asked for the output texts: a language loaded later brings them too. */
let outputWanted = false;
/** The link kinds' names, needed in both languages whichever is loaded (link-label layout). */
const alwaysLoaded: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: linkKindsEn,
  ru: linkKindsRu,
};

function addTexts(language: Language, texts: Partial<Catalog>): void {
  loaded[language] = { ...loaded[language], ...texts };
}

/** Registers a language's whole catalog (Node and workers, through `./all`). */
export function registerCatalog(language: Language, catalog: Catalog): void {
  addTexts(language, catalog);
  firstLoaded.add(language);
  outputLoaded.add(language);
}

export function isCatalogLoaded(language: Language): boolean {
  return firstLoaded.has(language);
}

/**
 * Loads `language`'s catalog (a chunk of its own in the browser build, so the first screen
 * carries one language only), with the output texts once they were asked for
 * (`loadOutputTexts`); resolves at once when it is loaded already.
 */
export async function loadCatalog(language: Language): Promise<void> {
  if (!firstLoaded.has(language)) {
    addTexts(
      language,
      language === 'en'
        ? (await import('./catalog.en')).catalogEn
        : (await import('./catalog.ru')).catalogRu,
    );
    firstLoaded.add(language);
  }
  if (outputWanted) await loadOutput(language);
}

async function loadOutput(language: Language): Promise<void> {
  if (outputLoaded.has(language)) return;
  addTexts(
    language,
    language === 'en'
      ? (await import('./catalog-output.en')).outputEn
      : (await import('./catalog-output.ru')).outputRu,
  );
  outputLoaded.add(language);
}

/**
 * Loads the report's and the presentation's texts in every language loaded, and in any loaded
 * later: the on-demand screens that show them load this with their code.
 */
export async function loadOutputTexts(): Promise<void> {
  outputWanted = true;
  await Promise.all([...firstLoaded].map(loadOutput));
}

/**
 * The message for `key` in `language` with {placeholders} filled in and plural forms chosen
 * (see message-format). A missing parameter is left visible as {name} so that the omission is
 * noticed, never rendered as "undefined".
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = loaded[language]?.[key] ?? alwaysLoaded[language][key];
  if (template === undefined) {
    throw new Error(`The ${language} catalog is not loaded (no text for ${key} yet)`);
  }
  return params ? formatMessage(language, template, params) : template;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(language: Language): Translate {
  return (key, params) => translate(language, key, params);
}
