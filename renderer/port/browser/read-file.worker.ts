import type { ReadOutcome } from '../../../shared/port/project-file';
import { readProjectBytes } from '../../../shared/port/project-read';

/**
 * Reads an imported project file off the page's thread: decoding, JSON parsing and validation
 * of a large or hostile file take as long as they take without freezing the window.
 */
self.onmessage = (event: MessageEvent<Uint8Array>) => {
  const outcome: ReadOutcome = readProjectBytes(event.data);
  self.postMessage(outcome);
};
