import { readFile, stat } from 'node:fs/promises';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { sizeProblem, type ReadOutcome } from '../../shared/port/project-file';
import { readProjectBytes } from '../../shared/port/project-read';

/** A project file on disk as read: its outcome, or why the file itself could not be read. */
export type PathRead =
  { readonly status: 'read'; readonly outcome: ReadOutcome } | { readonly status: 'unreadable' };

/** What the worker is asked: a file on disk to read, or bytes already read (an import). */
export type ReaderRequest =
  | { readonly kind: 'path'; readonly path: string }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array };

/**
 * Reads a project file from disk by the one reader (readProjectBytes): refused by size before it
 * is read, so a huge file never reaches memory. Runs in the worker (read-project.worker.ts).
 */
export async function readProjectPath(path: string): Promise<PathRead> {
  let bytes: Uint8Array;
  try {
    const tooLarge = sizeProblem((await stat(path)).size);
    if (tooLarge) return { status: 'read', outcome: { ok: false, problem: tooLarge } };
    bytes = await readFile(path);
  } catch {
    return { status: 'unreadable' };
  }
  return { status: 'read', outcome: readProjectBytes(bytes) };
}

/** Answers one request; the worker's whole job. */
export async function answer(request: ReaderRequest): Promise<PathRead> {
  return request.kind === 'path'
    ? readProjectPath(request.path)
    : { status: 'read', outcome: readProjectBytes(request.bytes) };
}

/** A read that Cancel stopped: nothing was imported. */
export const CANCELLED = 'cancelled';

export interface ProjectReader {
  /** Reads and parses a file from disk in a worker; CANCELLED when cancel() stopped it. */
  readPath(path: string): Promise<PathRead | typeof CANCELLED>;
  /** Parses the bytes of an imported file in a worker (the library's readFile). */
  readBytes(bytes: Uint8Array): Promise<ReadOutcome>;
  /** Stops the reads of files from disk under way: their workers are terminated. */
  cancel(): void;
}

/**
 * Reads project files off the main process: each read runs in a worker thread of its own, so
 * a large or hostile file never holds up the main process's event loop (the window, the menu,
 * IPC, a second start handing over files), and Cancel simply terminates it.
 */
export function createProjectReader(
  workerFile: string | URL,
  /** How the thread starts (the tests run the worker's TypeScript source through tsx). */
  options: WorkerOptions = {},
): ProjectReader {
  /** The reads Cancel stops: each one's worker, and how to end its read as cancelled. */
  const pathReads = new Map<Worker, () => void>();

  function run(request: ReaderRequest, cancellable: boolean): Promise<PathRead | undefined> {
    const worker = new Worker(workerFile, options);
    return new Promise<PathRead | undefined>((resolve, reject) => {
      // Cancelled: the read ends now, whenever the thread itself is gone (one blocked in the
      // file system goes when that call returns).
      if (cancellable) pathReads.set(worker, () => resolve(undefined));
      worker.once('message', (read: PathRead) => resolve(read));
      worker.once('error', reject);
      worker.once('exit', () => resolve(undefined));
      worker.postMessage(request);
    }).finally(() => {
      pathReads.delete(worker);
      void worker.terminate();
    });
  }

  return {
    async readPath(path) {
      return (await run({ kind: 'path', path }, true)) ?? CANCELLED;
    },
    async readBytes(bytes) {
      const read = await run({ kind: 'bytes', bytes }, false);
      if (read?.status !== 'read') throw new Error('the project reader stopped');
      return read.outcome;
    },
    cancel() {
      for (const [worker, cancelled] of pathReads) {
        cancelled();
        void worker.terminate();
      }
    },
  };
}
