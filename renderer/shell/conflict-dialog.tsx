import { useState } from 'react';
import { useT, useWorkbench } from '../state/workbench-context';
import { keepAsCopy, reloadStored } from '../library/actions';
import { useModalDialog } from '../ui-kit/use-modal-dialog';

/**
 * Shown when a save was refused because the stored project changed since this window opened it
 * (another tab, another program): the user keeps the stored version or stores this one as a
 * copy. Nothing is saved meanwhile, and the dialog cannot be dismissed without a choice.
 */
export function ConflictDialog(props: { open: boolean }) {
  const t = useT();
  const workbench = useWorkbench();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const dialog = useModalDialog(props.open);

  const choose = (action: typeof reloadStored) => {
    setBusy(true);
    setFailed(false);
    action(workbench)
      .catch((error: unknown) => {
        console.error('resolve conflict', error);
        setFailed(true);
      })
      .finally(() => setBusy(false));
  };

  return (
    <dialog
      ref={dialog}
      className="dialog conflict-dialog"
      aria-labelledby="conflict-title"
      data-testid="conflict-dialog"
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id="conflict-title">{t('conflict.title')}</h2>
      <p>{t('conflict.text')}</p>
      {failed && <p role="alert">{t('conflict.failed')}</p>}
      <div className="dialog-actions">
        <button type="button" disabled={busy} onClick={() => choose(reloadStored)}>
          {t('conflict.reload')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => choose((w) => keepAsCopy(w))}
        >
          {t('conflict.keepCopy')}
        </button>
      </div>
    </dialog>
  );
}
