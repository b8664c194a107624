import { useEffect, useState } from 'react';
import { useDisplay, useT, useWorkbench } from '../state/workbench-context';

/**
 * "Opening “file”… [Cancel]" while the desktop's main process reads a file handed over by the
 * OS (a double-click, a second start): the window is usable meanwhile, and Cancel stops the read
 * with nothing imported. Shown on every screen; the browser edition never has one.
 */
export function FileOpeningNotice() {
  const t = useT();
  const display = useDisplay();
  const { port } = useWorkbench();
  const [file, setFile] = useState<string>();
  const [cancelling, setCancelling] = useState(false);

  useEffect(
    () =>
      port.onFileOpening((next) => {
        setFile(next);
        setCancelling(false);
      }),
    [port],
  );

  if (file === undefined) return null;
  const cancel = () => {
    setCancelling(true);
    port.cancelOpening().catch((error: unknown) => {
      console.error('cancel opening', error);
      setCancelling(false);
    });
  };
  return (
    <div className="floating-notice file-opening" role="status" data-testid="file-opening">
      <span className="status-dot" aria-hidden="true" />
      <span>{t('library.opening.text', { file: display.name(file) })}</span>
      <button type="button" disabled={cancelling} onClick={cancel}>
        {t('library.opening.cancel')}
      </button>
    </div>
  );
}
