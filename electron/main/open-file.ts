import { stat, readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { translate, type Language } from '../../shared/i18n';
import type { LibraryApi } from '../../shared/port/library';
import { MAX_PROJECT_FILE_BYTES } from '../../shared/port/file-text';

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
  readonly library: Pick<LibraryApi, 'importProject'>;
  readonly language: () => Language;
  /** Makes the project the one to open: recent list, last project, and the renderer if ready. */
  readonly open: (id: string) => Promise<void>;
  /** Tells the user, in a native message box, why a file did not open. */
  readonly showError: (message: string) => void;
}

/**
 * Opens project files from the OS. Each file is imported into the library (validated; a file
 * already there is recognised, a damaged one refused with nothing stored touched) and then
 * opened. The file itself is only read.
 */
export function createFileOpener(deps: FileOpenerDeps) {
  async function openOne(path: string): Promise<void> {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
      translate(deps.language(), key, params);
    const refuse = (reason: string) =>
      deps.showError(t('library.openFile.failed', { file: basename(path), reason }));
    let bytes: Uint8Array;
    try {
      // Refused by size before it is read: a huge file never reaches memory.
      const info = await stat(path);
      if (info.size > MAX_PROJECT_FILE_BYTES) {
        refuse(t('library.import.too-large', { limit: LIMIT_MB }));
        return;
      }
      bytes = await readFile(path);
    } catch {
      refuse(t('library.import.unreadable'));
      return;
    }
    const outcome = await deps.library.importProject(bytes);
    if (!outcome.ok) {
      refuse(
        `${t(`library.import.${outcome.problem.kind}`, { limit: LIMIT_MB })} (${outcome.problem.detail})`,
      );
      return;
    }
    await deps.open(outcome.summary.id);
  }

  return {
    /** Opens the files one after another; the last one ends up in the editor. */
    async openAll(paths: readonly string[]): Promise<void> {
      for (const path of paths) {
        await openOne(path).catch((error: unknown) => console.error('open file', path, error));
      }
    },
  };
}
