import { type ReactNode } from 'react';
import { useT } from '../state/workbench-context';
import './help.css';
import { useModalDialog } from '../ui-kit/use-modal-dialog';

/** A modal help sheet: opens and closes with `open`, closes on Esc and its Close button. */
export function HelpDialog(props: {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly title: string;
  readonly testId: string;
  readonly children: ReactNode;
}) {
  const t = useT();
  const dialog = useModalDialog(props.open);
  return (
    <dialog
      ref={dialog}
      className="dialog help-dialog"
      aria-label={props.title}
      data-testid={props.testId}
      // Only its own close (Esc, Close) is reported, not one because another dialog replaced it.
      onClose={() => {
        if (props.open) props.onClose();
      }}
    >
      <header className="help-header">
        <h2>{props.title}</h2>
        <form method="dialog">
          <button type="submit" className="primary" autoFocus>
            {t('dialog.close')}
          </button>
        </form>
      </header>
      <div className="help-body">{props.children}</div>
    </dialog>
  );
}
