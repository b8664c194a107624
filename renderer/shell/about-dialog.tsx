import { useEffect, useRef } from 'react';
import { useT } from '../state/workbench-context';

declare const __APP_VERSION__: string;

export function AboutDialog(props: { open: boolean; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) element.showModal();
    if (!props.open && element.open) element.close();
  }, [props.open]);

  return (
    <dialog ref={dialog} className="dialog" onClose={props.onClose}>
      <h2>{t('app.title')}</h2>
      <p>{t('app.about', { version: __APP_VERSION__ })}</p>
      <form method="dialog">
        <button type="submit" className="primary" autoFocus>
          {t('dialog.ok')}
        </button>
      </form>
    </dialog>
  );
}
