/**
 * When earlier versions of a project are kept, and for how long: backups as checkpoints that
 * cover history, not seconds. The same rules for both back ends (shared/port/library.ts).
 *
 * - On open, the version as stored is kept (unless it is already the newest checkpoint), so
 *   whatever the session does can be undone.
 * - While editing, the version a save replaces is kept at most once per CHECKPOINT_MINUTES.
 * - Kept: the newest RECENT_CHECKPOINTS, plus the newest of each day for DAILY_DAYS. The
 *   original a format migration replaced is never dropped.
 */

/** Minutes of editing between two checkpoints. */
export const CHECKPOINT_MINUTES = 10;
/** Checkpoints kept whatever their age. */
export const RECENT_CHECKPOINTS = 5;
/** Days for which the newest checkpoint of each day is kept. */
export const DAILY_DAYS = 30;

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

export interface Checkpoint {
  readonly backupId: string;
  /** When the kept version was saved (ISO). */
  readonly takenAt: string;
  readonly kind: 'rolling' | 'original';
}

const time = (iso: string) => Date.parse(iso) || 0;

/** The newest rolling checkpoint's time, if any. */
function newest(checkpoints: readonly Checkpoint[]): number | undefined {
  const rolling = checkpoints.filter((c) => c.kind === 'rolling').map((c) => time(c.takenAt));
  return rolling.length === 0 ? undefined : Math.max(...rolling);
}

/** Whether a save at `now` keeps the version it replaces as a checkpoint. */
export function keepsCheckpoint(checkpoints: readonly Checkpoint[], now: Date): boolean {
  const last = newest(checkpoints);
  return last === undefined || now.getTime() - last >= CHECKPOINT_MINUTES * MINUTE;
}

/** The checkpoints to drop at `now`: all but the recent ones and the newest of each day. */
export function checkpointsToDrop(checkpoints: readonly Checkpoint[], now: Date): string[] {
  const rolling = checkpoints
    .filter((c) => c.kind === 'rolling')
    .sort((a, b) => time(b.takenAt) - time(a.takenAt) || b.backupId.localeCompare(a.backupId));
  const kept = new Set(rolling.slice(0, RECENT_CHECKPOINTS).map((c) => c.backupId));
  const days = new Set<string>();
  for (const checkpoint of rolling) {
    const at = time(checkpoint.takenAt);
    if (now.getTime() - at > DAILY_DAYS * DAY) continue;
    const day = new Date(at).toISOString().slice(0, 10);
    if (days.has(day)) continue;
    days.add(day);
    kept.add(checkpoint.backupId);
  }
  return rolling.filter((c) => !kept.has(c.backupId)).map((c) => c.backupId);
}
