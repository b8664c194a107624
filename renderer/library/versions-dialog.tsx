import { useState } from 'react';
import { CHECKPOINT_MINUTES, DAILY_DAYS } from '../../shared/port/checkpoints';
import type { BackupInfo } from '../../shared/port/contract';
import { PortError } from '../../shared/port/errors';
import { useDisplay, useT, useWorkbench, useWorkbenchState } from '../state/workbench-context';
import { restoreVersion } from './actions';
import { BackupChoices, useBackups } from './backup-list';
import { useModalDialog } from '../ui-kit/use-modal-dialog';

/**
 * File › Versions…: the open project's kept versions (shared/port/checkpoints.ts) with their time,
 * size and kind; the chosen one is restored as the current document. The version it replaces is
 * kept first, so a restore is undone by restoring that one (or by Undo). A tab that shows the
 * project read-only lists the versions but cannot restore, and says why.
 */
export function VersionsDialog(props: { open: boolean; onClose: () => void }) {
  const t = useT();
  const display = useDisplay();
  const workbench = useWorkbench();
  const id = useWorkbenchState((state) => state.project.id);
  const name = useWorkbenchState((state) => state.project.name);
  const readOnly = useWorkbenchState((state) => state.openElsewhere);
  const [reload, setReload] = useState(0);
  const backups = useBackups(workbench.port, props.open ? id : undefined, reload);
  const [chosen, setChosen] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const dialog = useModalDialog(props.open, () => {
    // Each opening reads the list afresh and starts with nothing chosen.
    setReload((count) => count + 1);
    setChosen(undefined);
    setProblem(undefined);
  });

  const labelOf = (backup: BackupInfo) => {
    const time = display.moment(backup.savedAt);
    const size = display.kilobytes(backup.size);
    if (!backup.readable) return t('library.versions.damaged', { time, size });
    if (backup.kind === 'original') return t('library.versions.original', { time, size });
    return t('library.versions.rolling', {
      time,
      size,
      name: display.name(backup.name ?? ''),
      functions: backup.functions ?? 0,
    });
  };

  const restore = (backup: BackupInfo) => {
    setBusy(true);
    setProblem(undefined);
    restoreVersion(workbench, backup.backupId)
      .then(() => {
        const time = display.moment(backup.savedAt);
        workbench.store.getState().setNotice(t('library.versions.restored', { time }));
        props.onClose();
      })
      .catch((error: unknown) => {
        console.error('restore a version', error);
        const code = error instanceof PortError ? error.code : 'internal';
        const reason = t(`error.${workbench.store.getState().saveError ?? code}`);
        setProblem(
          code === 'damaged'
            ? t('library.versions.unreadable')
            : t('library.versions.failed', { reason }),
        );
        // The list as it is now: nothing was changed, but it shows that for sure.
        setReload((count) => count + 1);
      })
      .finally(() => setBusy(false));
  };

  const chosenBackup = backups?.find((backup) => backup.backupId === chosen && backup.readable);
  return (
    <dialog
      ref={dialog}
      className="dialog versions-dialog"
      aria-labelledby="versions-title"
      data-testid="versions-dialog"
      // Only its own close (Esc, Close) is reported, not one because another dialog replaced it.
      onClose={() => {
        if (props.open) props.onClose();
      }}
    >
      <h2 id="versions-title">{t('library.versions.title', { name: display.name(name) })}</h2>
      <p>{t('library.versions.text', { minutes: CHECKPOINT_MINUTES, days: DAILY_DAYS })}</p>
      {backups === undefined && <p>{t('library.versions.loading')}</p>}
      {backups?.length === 0 && (
        <p>{t('library.versions.none', { minutes: CHECKPOINT_MINUTES })}</p>
      )}
      {backups !== undefined && backups.length > 0 && (
        <BackupChoices
          legend={t('library.versions.list')}
          backups={backups}
          chosen={chosen}
          onChoose={setChosen}
          labelOf={labelOf}
        />
      )}
      {readOnly && <p id="versions-read-only">{t('library.versions.readOnly')}</p>}
      {problem && <p role="alert">{problem}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('library.versions.close')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={readOnly || busy || !chosenBackup}
          aria-describedby={readOnly ? 'versions-read-only' : undefined}
          onClick={() => chosenBackup && restore(chosenBackup)}
        >
          {t('library.versions.restore')}
        </button>
      </div>
    </dialog>
  );
}
