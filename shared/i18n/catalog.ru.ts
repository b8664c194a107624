import { domainRu } from './domain.ru';
import type { FirstScreenKey } from './index';
import { inspectorFirstRu } from './inspector-first.ru';
import { libraryFirstRu } from './library-first.ru';
import { scenarioFirstRu } from './scenario-first.ru';
import { uiRu } from './ui.ru';

/**
 * The Russian texts the first screen uses (see catalog.en.ts; the other screens':
 * catalog-later.ru.ts, the report's and the presentation's: catalog-output.ru.ts). Typed by the
 * English keys, so the compiler rejects a key missing here.
 */
export const catalogRu: Readonly<Record<FirstScreenKey, string>> = {
  ...uiRu,
  ...domainRu,
  ...inspectorFirstRu,
  ...libraryFirstRu,
  ...scenarioFirstRu,
};
