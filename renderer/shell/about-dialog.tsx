import { useEffect, useRef } from 'react';
import { useT, useWorkbench } from '../app/workbench-context';

declare const __APP_VERSION__: string;

export function AboutDialog(props: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { port } = useWorkbench();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) element.showModal();
    if (!props.open && element.open) element.close();
  }, [props.open]);

  return (
    <dialog
      ref={dialog}
      className="dialog about-dialog"
      aria-labelledby="about-title"
      onClose={props.onClose}
    >
      <h2 id="about-title">{t('app.title')}</h2>
      <p>{t('about.text')}</p>
      <p>{t(`about.storage.${port.edition}`)}</p>
      <p className="about-version">{t('about.version', { version: __APP_VERSION__ })}</p>
      <form method="dialog">
        <button type="submit" className="primary" autoFocus>
          {t('dialog.ok')}
        </button>
      </form>
    </dialog>
  );
}
