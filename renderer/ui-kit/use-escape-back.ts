import { useLayoutEffect } from 'react';

/**
 * Esc on a full screen (start, library) goes `back` while `enabled`. Not from an open dialog (Esc
 * closes that dialog only), nor from a text field or list (where Esc cancels the typing: a rename,
 * a search).
 */
export function useEscapeBack(enabled: boolean, back: () => void) {
  // Listening from the layout effect: an Esc pressed as soon as the screen shows is not missed.
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      const target = event.target;
      if (target instanceof HTMLElement && target.closest('input, textarea, select')) return;
      back();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, back]);
}
