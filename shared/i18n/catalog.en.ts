import { domainEn } from './domain.en';
import { helpEn } from './help.en';
import type { FirstScreenKey } from './index';
import { inspectorEn } from './inspector.en';
import { libraryEn } from './library.en';
import { scenarioEn } from './scenario.en';
import { uiEn } from './ui.en';

/**
 * The English catalogs the app's screens use, merged; a chunk of its own, loaded when English is
 * the language. The report's and the presentation's texts are in catalog-output.en.ts.
 */
export const catalogEn: Readonly<Record<FirstScreenKey, string>> = {
  ...uiEn,
  ...domainEn,
  ...inspectorEn,
  ...libraryEn,
  ...helpEn,
  ...scenarioEn,
};
