import { parentPort } from 'node:worker_threads';
import { answer, type ReaderRequest } from './project-reader';

/**
 * The worker thread that reads project files for the main process (see createProjectReader):
 * one request, one answer, then the main process ends it.
 */
parentPort?.once('message', (request: ReaderRequest) => {
  void answer(request).then((read) => parentPort?.postMessage(read));
});
