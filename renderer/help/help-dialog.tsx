import { type ReactNode } from 'react';
import './help.css';
import { useModalDialog } from '../ui-kit/use-modal-dialog';
import { DialogHeader } from '../ui-kit/dialog-header';

/** A modal help sheet: opens and closes with `open`, closes on Esc and its Close button. */
export function HelpDialog(props: {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly title: string;
  readonly testId: string;
  readonly children: ReactNode;
}) {
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
      <DialogHeader title={props.title} />
      <div className="help-body">{props.children}</div>
    </dialog>
  );
}
