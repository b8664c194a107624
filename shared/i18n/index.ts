import type { DomainKey } from './domain.en';
import type { DomainLaterKey } from './domain-later.en';
import type { HelpKey } from './help.en';
import type { InspectorKey } from './inspector.en';
import type { InspectorFirstKey } from './inspector-first.en';
import type { KeywordKey } from './keywords.en';
import type { Language } from './language';
import type { LibraryKey } from './library.en';
import type { LibraryFirstKey } from './library-first.en';
import { linkKindsEn } from './link-kinds.en';
import { linkKindsRu } from './link-kinds.ru';
import { formatMessage } from './message-format';
import type { PresentKey } from './present.en';
import type { ReportKey } from './report.en';
import type { ScenarioKey } from './scenario.en';
import type { ScenarioFirstKey } from './scenario-first.en';
import type { UiKey } from './ui.en';
import type { UiLaterKey } from './ui-later.en';

export { LANGUAGES, isLanguage, type Language } from './language';
export { placeholderNames as placeholdersOf, pluralForms } from './message-format';

/** Every catalog, one per area of the product, merged; keys are prefixed by area. */
export type MessageKey =
  | UiKey
  | DomainKey
  | InspectorKey
  | LibraryKey
  | ReportKey
  | HelpKey
  | PresentKey
  | ScenarioKey
  | KeywordKey;
/** Values substituted for {name} placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

type Catalog = Readonly<Record<MessageKey, string>>;
/**
 * The catalog comes in three parts per language, each a chunk of its own in the browser build:
 * - first: what the first screen shows (shell, toolbar, canvas, status bar, palette), loaded
 *   before it is drawn (`loadCatalog`);
 * - later: the other screens' texts (inspector, library, start screen, help, scenario dialogs,
 *   compare) and the command palette's search keywords, loaded with their on-demand code
 *   (`loadLaterTexts`);
 * - output: the report's and the presentation's texts, loaded with those screens
 *   (`loadOutputTexts`).
 */
export type FirstScreenKey =
  | Exclude<UiKey, UiLaterKey>
  | Exclude<DomainKey, DomainLaterKey>
  | InspectorFirstKey
  | LibraryFirstKey
  | ScenarioFirstKey;
export type OutputKey = ReportKey | PresentKey;
export type LaterKey = Exclude<MessageKey, FirstScreenKey | OutputKey>;
type Part = 'later' | 'output';

/** Each part's chunk per language. */
const partLoaders: Readonly<
  Record<Part, Readonly<Record<Language, () => Promise<Partial<Catalog>>>>>
> = {
  later: {
    en: async () => (await import('./catalog-later.en')).laterEn,
    ru: async () => (await import('./catalog-later.ru')).laterRu,
  },
  output: {
    en: async () => (await import('./catalog-output.en')).outputEn,
    ru: async () => (await import('./catalog-output.ru')).outputRu,
  },
};

/** The texts loaded so far per language (see `loadCatalog`; Node and workers register all). */
const loaded: Partial<Record<Language, Partial<Catalog>>> = {};
/** Which languages have their first part, and which each other part. */
const firstLoaded = new Set<Language>();
const partLoaded: Readonly<Record<Part, Set<Language>>> = {
  later: new Set(),
  output: new Set(),
};
/** The parts a screen asked for so far: a language loaded later brings them too. */
const wanted = new Set<Part>();
/** The languages asked for so far (loaded or loading): a part asked for comes in each. */
const asked = new Set<Language>();
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
  asked.add(language);
  firstLoaded.add(language);
  partLoaded.later.add(language);
  partLoaded.output.add(language);
}

export function isCatalogLoaded(language: Language): boolean {
  return firstLoaded.has(language);
}

/**
 * Loads `language`'s first part (a chunk of its own in the browser build, so the first screen
 * carries one language only), with every other part asked for so far (`loadLaterTexts`,
 * `loadOutputTexts`): a language switched to has every text the screens shown so far use.
 * Resolves at once when it is loaded already.
 */
export async function loadCatalog(language: Language): Promise<void> {
  asked.add(language);
  await Promise.all([loadFirst(language), ...[...wanted].map((part) => loadPart(part, language))]);
}

async function loadFirst(language: Language): Promise<void> {
  if (firstLoaded.has(language)) return;
  addTexts(
    language,
    language === 'en'
      ? (await import('./catalog.en')).catalogEn
      : (await import('./catalog.ru')).catalogRu,
  );
  firstLoaded.add(language);
}

async function loadPart(part: Part, language: Language): Promise<void> {
  if (partLoaded[part].has(language)) return;
  addTexts(language, await partLoaders[part][language]());
  partLoaded[part].add(language);
}

/** Loads `part` in every language loaded, and in any loaded later. */
async function want(part: Part): Promise<void> {
  wanted.add(part);
  await Promise.all([...asked].map((language) => loadPart(part, language)));
}

/**
 * Loads the texts of the screens, panels and dialogs not on the first screen: every piece of
 * on-demand code waits for them with its own loading (renderer/ui-kit/lazy.tsx).
 */
export function loadLaterTexts(): Promise<void> {
  return want('later');
}

/** Loads the report's and the presentation's texts: the screens that show them load this. */
export function loadOutputTexts(): Promise<void> {
  return want('output');
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
