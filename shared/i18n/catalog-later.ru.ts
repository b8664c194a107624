import { domainLaterRu } from './domain-later.ru';
import { helpRu } from './help.ru';
import type { LaterKey } from './index';
import { inspectorRu } from './inspector.ru';
import { keywordsRu } from './keywords.ru';
import { libraryRu } from './library.ru';
import { scenarioRu } from './scenario.ru';
import { uiLaterRu } from './ui-later.ru';

/** The Russian texts of the screens loaded on demand (see catalog-later.en.ts). */
export const laterRu: Readonly<Record<LaterKey, string>> = {
  ...uiLaterRu,
  ...domainLaterRu,
  ...inspectorRu,
  ...libraryRu,
  ...helpRu,
  ...scenarioRu,
  ...keywordsRu,
};
