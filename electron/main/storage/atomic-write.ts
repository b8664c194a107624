import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A new version written and flushed beside its target, not yet in its place. */
export interface StagedFile {
  /**
   * Renames the staged file over the target (atomic on POSIX and NTFS), then flushes the folder
   * so the rename survives a crash. On failure the staged file is removed and the target is as
   * it was.
   */
  commit(): Promise<void>;
  /** Removes the staged file; the target is untouched. */
  discard(): Promise<void>;
}

/**
 * Writes `data` to a temporary file `.<name>.<random>.tmp` in the target's folder and flushes it
 * to disk. A failure (a full disk, say) removes the temporary file and leaves the target alone.
 */
export async function stageFile(path: string, data: string | Uint8Array): Promise<StagedFile> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  const discard = () => rm(temporary, { force: true });
  return {
    discard,
    async commit() {
      try {
        await renameRetrying(temporary, path);
      } catch (error) {
        await discard();
        throw error;
      }
      await syncFolder(folder);
    },
  };
}

/**
 * Writes `data` to `path` so that a reader — or the next start after a crash or power loss —
 * sees either the old content or the new one, never a mix.
 */
export async function atomicWriteFile(path: string, data: string | Uint8Array): Promise<void> {
  await (await stageFile(path, data)).commit();
}

/**
 * Error codes with which Windows refuses a rename for a moment: an antivirus scanner, the search
 * indexer or a backup tool holding the target open. Elsewhere they are lasting, and the few
 * retries cost well under a second before the failure is reported.
 */
const TRANSIENT_RENAME_ERRORS: ReadonlySet<string> = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** Waits between rename attempts, in milliseconds: about 1.5 s in all, then the error stands. */
export const RENAME_RETRY_DELAYS_MS: readonly number[] = [25, 50, 100, 200, 400, 800];

/** rename(), tried again while Windows refuses it for a moment (TRANSIENT_RENAME_ERRORS). */
export async function renameRetrying(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const delay = RENAME_RETRY_DELAYS_MS[attempt];
      if (!TRANSIENT_RENAME_ERRORS.has(code) || delay === undefined) throw error;
      await sleep(delay);
    }
  }
}

/** Flushes a folder's entries, so that a rename in it survives a crash or power loss. */
export async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a folder (and its parents); each folder just made is flushed into its parent. */
export async function ensureFolder(folder: string): Promise<void> {
  const first = await mkdir(folder, { recursive: true });
  if (first === undefined) return;
  for (let made = folder; ; made = dirname(made)) {
    await syncFolder(dirname(made));
    if (made === first) return;
  }
}
