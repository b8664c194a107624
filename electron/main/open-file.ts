import { basename, resolve } from 'node:path';
import { translate, type Language } from '../../shared/i18n';
import type { LibraryApi } from '../../shared/port/library';
import { MAX_PROJECT_FILE_BYTES } from '../../shared/port/file-text';
import { CANCELLED, type ProjectReader } from './project-reader';

const LIMIT_MB = MAX_PROJECT_FILE_BYTES / (1024 * 1024);

/**
 * Project files named on a command line (a double-click in the file manager, "Open with", a
 * second start while the app runs): arguments ending in .json that are not flags, made
 * absolute against the folder the command was started in.
 */
export function projectFileArgs(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.json'))
    .map((arg) => resolve(cwd, arg));
}

export interface FileOpenerDeps {
  readonly library: Pick<LibraryApi, 'importRead'>;
  /** Reads a file off the main process (createProjectReader's readPath). */
  readonly read: ProjectReader['readPath'];
  readonly language: () => Language;
  /** Makes the project the one to open: recent list, last project, and the renderer if ready. */
  readonly open: (id: string) => Promise<void>;
  /** Tells the user, in a native message box, why a file did not open. */
  readonly showError: (message: string) => void;
  /** The file being read now (its name, for "Opening …"), or undefined when none is. */
  readonly opening: (file: string | undefined) => void;
}

/**
 * Opens project files from the OS. Each file is read and parsed in a worker, imported into the
 * library (validated; a file already there is recognised, a damaged one refused with nothing
 * stored touched) and then opened. The file itself is only read. Files handed over while one is
 * being read wait their turn: none is dropped, and they open in the order they came.
 */
export function createFileOpener(deps: FileOpenerDeps) {
  let queue: Promise<void> = Promise.resolve();

  async function openOne(path: string): Promise<void> {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
      translate(deps.language(), key, params);
    const refuse = (reason: string) =>
      deps.showError(t('library.openFile.failed', { file: basename(path), reason }));
    deps.opening(basename(path));
    let read;
    try {
      read = await deps.read(path);
    } finally {
      deps.opening(undefined);
    }
    // Cancelled by the user: the app stays as it was.
    if (read === CANCELLED) return;
    if (read.status === 'unreadable') {
      refuse(t('library.import.unreadable'));
      return;
    }
    const outcome = await deps.library.importRead(read.outcome);
    if (!outcome.ok) {
      refuse(
        `${t(`library.import.${outcome.problem.kind}`, { limit: LIMIT_MB })} (${outcome.problem.detail})`,
      );
      return;
    }
    await deps.open(outcome.summary.id);
  }

  return {
    /**
     * Opens the files one after another, after any still being opened; the last one ends up in
     * the editor. Resolves when these files are done.
     */
    openAll(paths: readonly string[]): Promise<void> {
      for (const path of paths) {
        queue = queue.then(() =>
          openOne(path).catch((error: unknown) => console.error('open file', path, error)),
        );
      }
      return queue;
    },
  };
}
