import type { ReadOutcome } from '../../../shared/port/project-file';

/**
 * readProjectBytes in a worker made for this one file (and ended after it); the bytes are
 * handed over, not copied. Rejects when the worker itself fails (out of memory, say).
 */
export function readProjectInWorker(bytes: Uint8Array): Promise<ReadOutcome> {
  const worker = new Worker(new URL('./read-file.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ReadOutcome>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ReadOutcome>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(event.message || 'the file reader failed'));
    worker.postMessage(bytes, { transfer: [bytes.buffer] });
  }).finally(() => worker.terminate());
}
