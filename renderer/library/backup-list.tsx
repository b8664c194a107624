import { useEffect, useState } from 'react';
import type { BackupInfo, WorkbenchPort } from '../../shared/port/contract';
import './backup-list.css';

/**
 * A project's kept versions, newest first, read when `id` (or `reload`) changes; undefined while
 * they are read, and while `id` is (nothing to read). A list that cannot be read is shown as
 * empty: the dialogs say so in words.
 */
export function useBackups(
  port: WorkbenchPort,
  id: string | undefined,
  reload = 0,
): readonly BackupInfo[] | undefined {
  const key = id === undefined ? undefined : `${id}|${reload}`;
  // The list with the request it answers: an answer to an earlier request is never shown.
  const [read, setRead] = useState<{ key: string; list: readonly BackupInfo[] }>();
  useEffect(() => {
    if (id === undefined || key === undefined) return;
    let live = true;
    port
      .listBackups(id)
      .catch(() => [])
      .then((list) => {
        if (live) setRead({ key, list });
      });
    return () => {
      live = false;
    };
  }, [port, id, key]);
  return read !== undefined && read.key === key ? read.list : undefined;
}

/** The versions as radio buttons; one that cannot be read is listed, greyed and not choosable. */
export function BackupChoices(props: {
  readonly backups: readonly BackupInfo[];
  readonly chosen: string | undefined;
  readonly onChoose: (backupId: string) => void;
  readonly labelOf: (backup: BackupInfo) => string;
  readonly legend?: string;
}) {
  return (
    <fieldset className="backup-list">
      {props.legend && <legend>{props.legend}</legend>}
      {props.backups.map((backup) => (
        <label key={backup.backupId} className={backup.readable ? undefined : 'unreadable'}>
          <input
            type="radio"
            name="backup"
            value={backup.backupId}
            disabled={!backup.readable}
            checked={props.chosen === backup.backupId}
            onChange={() => props.onChoose(backup.backupId)}
          />
          {props.labelOf(backup)}
        </label>
      ))}
    </fieldset>
  );
}
