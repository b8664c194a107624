import { useEffect } from 'react';
import { copySelection, fragmentFromText, pasteInto } from '../editor/clipboard';
import type { WorkbenchStore } from '../state/store';
import { deleteSelection, isEditingText } from './registry';

const MIME = 'text/plain';

/**
 * Copy, cut and paste of functions through the system clipboard, so a copy can be pasted into
 * another project or window. Text fields keep their own clipboard behaviour.
 */
export function useClipboardEvents(store: WorkbenchStore): void {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent, cut: boolean) => {
      if (isEditingText()) return;
      const text = copySelection(store);
      if (text === undefined) return;
      event.clipboardData?.setData(MIME, text);
      event.preventDefault();
      if (cut) deleteSelection(store);
    };
    const copy = (event: ClipboardEvent) => onCopy(event, false);
    const cut = (event: ClipboardEvent) => onCopy(event, true);
    const paste = (event: ClipboardEvent) => {
      if (isEditingText()) return;
      const text = event.clipboardData?.getData(MIME);
      const fragment = text ? fragmentFromText(text) : undefined;
      event.preventDefault();
      pasteInto(store, fragment);
    };
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
    };
  }, [store]);
}
