import { domainEn } from './domain.en';
import { helpEn } from './help.en';
import type { MessageKey } from './index';
import { inspectorEn } from './inspector.en';
import { libraryEn } from './library.en';
import { presentEn } from './present.en';
import { reportEn } from './report.en';
import { scenarioEn } from './scenario.en';
import { uiEn } from './ui.en';

/** Every English catalog merged; a chunk of its own, loaded when English is the language. */
export const catalogEn: Readonly<Record<MessageKey, string>> = {
  ...uiEn,
  ...domainEn,
  ...inspectorEn,
  ...libraryEn,
  ...reportEn,
  ...helpEn,
  ...presentEn,
  ...scenarioEn,
};
