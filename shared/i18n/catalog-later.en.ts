import { domainLaterEn } from './domain-later.en';
import { helpEn } from './help.en';
import type { LaterKey } from './index';
import { inspectorEn } from './inspector.en';
import { keywordsEn } from './keywords.en';
import { libraryEn } from './library.en';
import { scenarioEn } from './scenario.en';
import { uiLaterEn } from './ui-later.en';

/**
 * The English texts of the screens, panels and dialogs loaded on demand (inspector, library,
 * start screen, help, scenario dialogs, compare view): a chunk of its own, loaded with that code
 * (`onDemand` in renderer/ui-kit/lazy.tsx waits for it), not with the first screen.
 */
export const laterEn: Readonly<Record<LaterKey, string>> = {
  ...uiLaterEn,
  ...domainLaterEn,
  ...inspectorEn,
  ...libraryEn,
  ...helpEn,
  ...scenarioEn,
  ...keywordsEn,
};
