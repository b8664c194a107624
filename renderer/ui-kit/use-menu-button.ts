import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

type FocusOn = 'first' | 'last' | 'active';

/**
 * The keys that move the focus within an open menu: ↑ ↓ (round the ends), Home, End. True when
 * the key was one of them (and is handled); `items` are the menu's items in order.
 */
export function moveInMenu(event: KeyboardEvent, items: readonly HTMLElement[]): boolean {
  const index = items.indexOf(document.activeElement as HTMLElement);
  const to =
    event.key === 'ArrowDown'
      ? index + 1
      : event.key === 'ArrowUp'
        ? index - 1
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? items.length - 1
            : undefined;
  if (to === undefined) return false;
  event.preventDefault();
  items[(to + items.length) % items.length]?.focus();
  return true;
}

/**
 * A menu button (WAI-ARIA pattern) and the menu it opens below it: ↓ on the button opens it on
 * its checked item (or the first), ↑ on its last; in the menu ↑ ↓ Home End move, Esc closes and
 * gives the focus back to the button, Tab closes; a click outside or leaving the window closes it.
 */
export function useMenuButton() {
  const [open, setOpen] = useState(false);
  const [focusOn, setFocusOn] = useState<FocusOn>('active');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const items = () => [
    ...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []),
  ];
  useEffect(() => {
    if (!open) return;
    const all = items();
    const target =
      focusOn === 'first'
        ? all[0]
        : focusOn === 'last'
          ? all.at(-1)
          : (all.find((item) => item.getAttribute('aria-checked') === 'true') ?? all[0]);
    target?.focus();
    const close = (event: Event) => {
      const inside =
        event.target instanceof Node && menu.current?.parentElement?.contains(event.target);
      if (!inside) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    window.addEventListener('blur', close);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('blur', close);
    };
    // Focus once, when the menu opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const openMenu = (at: FocusOn) => {
    setFocusOn(at);
    setOpen(true);
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowDown' ? 'active' : 'last');
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    if (moveInMenu(event, items())) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') close(false);
  };

  return {
    open,
    close,
    /** Spread on the menu button. */
    buttonProps: {
      ref: button,
      'aria-haspopup': 'menu' as const,
      'aria-expanded': open,
      'aria-controls': open ? menuId : undefined,
      onClick: () => (open ? close() : openMenu('active')),
      onKeyDown: onButtonKey,
    },
    /** Spread on the menu (a `<ul role="menu">`), rendered while `open`. */
    menuProps: { ref: menu, id: menuId, role: 'menu', onKeyDown: onMenuKey },
  };
}
