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
      // After React has drawn what onOpen set (updates made here are drawn before microtasks).
      queueMicrotask(() => focusCheckedRadio(element));
    }
    if (!open && element.open) element.close();
  }, [open]);
  return dialog;
}

/**
 * showModal focuses the first focusable element; when that is a radio button other than its
 * group's checked one, the ring would sit on a choice not made (and Space would make it): the
 * focus goes to the checked one, where Tab would have put it.
 */
function focusCheckedRadio(dialog: HTMLDialogElement): void {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLInputElement) || focused.type !== 'radio' || focused.checked) {
    return;
  }
  const group = dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]');
  [...group].find((radio) => radio.name === focused.name && radio.checked)?.focus();
}
