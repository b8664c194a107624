import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '../../shared/i18n/format';
import type { BackupInfo } from '../../shared/port/contract';
import { useT, useWorkbench, useWorkbenchState } from '../state/workbench-context';
import { BackupChoices, useBackups } from './backup-list';

export interface RecoveryTarget {
  readonly id: string;
  readonly name: string;
  /** What is wrong with the stored file, when known. */
  readonly detail?: string;
}

/**
 * Offered when a project cannot be opened: its earlier versions, the newest readable one chosen.
 * Nothing happens to the damaged file unless the user picks a version (then it is set aside).
 */
export function RecoveryDialog(props: {
  target: RecoveryTarget;
  onClose: () => void;
  onRecover: (backupId: string) => void;
}) {
  const t = useT();
  const { port } = useWorkbench();
  const language = useWorkbenchState((state) => state.language);
  const dialog = useRef<HTMLDialogElement>(null);
  const backups = useBackups(port, props.target.id);
  const [picked, setChosen] = useState<string>();
  // The newest readable version until the user picks another.
  const chosen = picked ?? backups?.find((backup) => backup.readable)?.backupId;

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const labelOf = (backup: BackupInfo) => {
    const time = formatDateTime(language, backup.savedAt);
    if (!backup.readable) return t('library.recover.unreadable', { time });
    if (backup.kind === 'original') return t('library.recover.original', { time });
    return t('library.recover.version', {
      time,
      name: backup.name ?? '',
      functions: backup.functions ?? 0,
    });
  };

  return (
    <dialog
      ref={dialog}
      className="dialog recovery-dialog"
      aria-labelledby="recovery-title"
      data-testid="recovery-dialog"
      onClose={props.onClose}
    >
      <h2 id="recovery-title">{t('library.recover.title', { name: props.target.name })}</h2>
      <p>{t('library.recover.text')}</p>
      {props.target.detail && (
        <p className="library-detail">
          {t('library.details', { detail: withoutPrefix(props.target.detail) })}
        </p>
      )}
      {backups === undefined && <p className="library-hint">{t('library.recover.loading')}</p>}
      {backups !== undefined && !backups.some((backup) => backup.readable) && (
        <p role="alert">{t('library.recover.none')}</p>
      )}
      {backups !== undefined && backups.length > 0 && (
        <BackupChoices backups={backups} chosen={chosen} onChoose={setChosen} labelOf={labelOf} />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('library.recover.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!chosen}
          onClick={() => chosen && props.onRecover(chosen)}
        >
          {t('library.recover.open')}
        </button>
      </div>
    </dialog>
  );
}

/** "project <id>: not valid JSON (…)" → "not valid JSON (…)": the dialog already names it. */
function withoutPrefix(detail: string): string {
  return detail.replace(/^project [\w-]+: /, '');
}
