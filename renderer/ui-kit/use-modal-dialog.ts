import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A native <dialog> shown modally while `open` is true and closed when it turns false: the ref
 * to put on it. `onOpen` runs just before each opening (to start afresh: a new query, nothing
 * chosen), never on a re-render while it stays open. A layout effect: what `onOpen` empties is
 * drawn before the browser handles another key, so keys typed straight after the one that opened
 * the dialog do not land in what it held before.
 */
export function useModalDialog(
  open: boolean,
  onOpen?: () => void,
): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  const opening = useRef(onOpen);
  // The latest callback, without making every render of the caller reopen the dialog.
  useEffect(() => {
    opening.current = onOpen;
  });
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opening.current?.();
      element.showModal();
    }
    if (!open && element.open) element.close();
  }, [open]);
  return dialog;
}
