import { useEffect } from 'react';
import { copySelection, fragmentFromText, pasteInto } from './clipboard';
import type { Editor } from '../state/editor';
import { deleteSelection } from './edit-commands';
import { isEditingText } from '../ui-kit/text-focus';

const MIME = 'text/plain';

/**
 * Copy, cut and paste of functions through the system clipboard, so a copy can be pasted into
 * another project or window. Text fields keep their own clipboard behaviour.
 */
export function useClipboardEvents(editor: Editor): void {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent, cut: boolean) => {
      if (isEditingText()) return;
      const text = copySelection(editor);
      if (text === undefined) return;
      event.clipboardData?.setData(MIME, text);
      event.preventDefault();
      if (cut) deleteSelection(editor.store);
    };
    const copy = (event: ClipboardEvent) => onCopy(event, false);
    const cut = (event: ClipboardEvent) => onCopy(event, true);
    const paste = (event: ClipboardEvent) => {
      if (isEditingText()) return;
      const text = event.clipboardData?.getData(MIME);
      event.preventDefault();
      if (text) void fragmentFromText(text).then((fragment) => pasteInto(editor, fragment));
    };
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
    };
  }, [editor]);
}
