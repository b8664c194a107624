import { domainRu } from './domain.ru';
import { helpRu } from './help.ru';
import type { MessageKey } from './index';
import { inspectorRu } from './inspector.ru';
import { libraryRu } from './library.ru';
import { presentRu } from './present.ru';
import { reportRu } from './report.ru';
import { scenarioRu } from './scenario.ru';
import { uiRu } from './ui.ru';

/**
 * Every Russian catalog merged; a chunk of its own, loaded when Russian is the language. Typed by
 * the English keys, so the compiler rejects a key missing here.
 */
export const catalogRu: Readonly<Record<MessageKey, string>> = {
  ...uiRu,
  ...domainRu,
  ...inspectorRu,
  ...libraryRu,
  ...reportRu,
  ...helpRu,
  ...presentRu,
  ...scenarioRu,
};
