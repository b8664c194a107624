import { domainEn } from './domain.en';
import type { FirstScreenKey } from './index';
import { inspectorFirstEn } from './inspector-first.en';
import { libraryFirstEn } from './library-first.en';
import { scenarioFirstEn } from './scenario-first.en';
import { uiEn } from './ui.en';

/**
 * The English texts the first screen uses (shell, toolbar, canvas, status bar, palette and what
 * they name): a chunk of its own, loaded when English is the language. The other screens' texts
 * are in catalog-later.en.ts, loaded with their code; the report's and the presentation's in
 * catalog-output.en.ts. test/unit/i18n/catalog-parts.test.ts keeps every key the first screen's
 * code names in this part.
 */
export const catalogEn: Readonly<Record<FirstScreenKey, string>> = {
  ...uiEn,
  ...domainEn,
  ...inspectorFirstEn,
  ...libraryFirstEn,
  ...scenarioFirstEn,
};
