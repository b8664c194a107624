import { domainRu } from './domain.ru';
import { helpRu } from './help.ru';
import type { FirstScreenKey } from './index';
import { inspectorRu } from './inspector.ru';
import { libraryRu } from './library.ru';
import { scenarioRu } from './scenario.ru';
import { uiRu } from './ui.ru';

/**
 * The Russian catalogs the app's screens use, merged; a chunk of its own, loaded when Russian is
 * the language (the report's and the presentation's: catalog-output.ru.ts). Typed by the English
 * keys, so the compiler rejects a key missing here.
 */
export const catalogRu: Readonly<Record<FirstScreenKey, string>> = {
  ...uiRu,
  ...domainRu,
  ...inspectorRu,
  ...libraryRu,
  ...helpRu,
  ...scenarioRu,
};
