import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ContextMenuRequest } from '../canvas/design-canvas';
import { useT } from '../state/workbench-context';
import { commandById, type CommandName } from '../commands/commands';
import { useCommands } from '../commands/use-commands';
import { displayAccelerator } from '../commands/shortcut-text';
import { moveInMenu } from '../ui-kit/use-menu-button';

/** What a right-click offers, by what was clicked; all of it from the command objects. */
const CONTEXT_COMMANDS = {
  function: [
    'edit.cut',
    'edit.copy',
    'edit.paste',
    'edit.duplicate',
    'edit.rename',
    'edit.delete',
    'separator',
    'edit.linkTo',
    'edit.group',
    'edit.ungroup',
  ],
  link: ['edit.delete'],
  canvas: ['edit.paste', 'edit.selectAll', 'separator', 'edit.autoLayout', 'view.fit'],
} as const satisfies Record<string, readonly (CommandName | 'separator')[]>;

/** A right-click menu; closes on a choice, a click elsewhere or Esc. */
export function ContextMenu(props: { request: ContextMenuRequest; onClose: () => void }) {
  const t = useT();
  const { states, perform } = useCommands();
  const menu = useRef<HTMLUListElement>(null);
  const { request, onClose } = props;
  const [place, setPlace] = useState<{ for: ContextMenuRequest; left: number; top: number }>();

  // Inside the canvas: near its right or bottom edge the menu opens to the left of or above the
  // pointer, over the canvas rather than the side panel or the status bar; where neither fits,
  // it is shifted into the window. Measured before it is painted.
  useLayoutEffect(() => {
    const element = menu.current;
    if (!element) return;
    setPlace({ for: request, ...placeInside(request, element.getBoundingClientRect()) });
  }, [request]);

  useEffect(() => {
    const before = document.activeElement;
    menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        // Esc, also from an item of the menu (where the focus is): the focus goes back to
        // where it was when the menu opened (the card), not to the page body.
        onClose();
        if (before instanceof HTMLElement) before.focus({ preventScroll: true });
        return;
      }
      if (event.target instanceof Node && menu.current?.contains(event.target)) return;
      onClose();
    };
    window.addEventListener('pointerdown', close);
    window.addEventListener('keydown', close);
    window.addEventListener('blur', onClose);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('keydown', close);
      window.removeEventListener('blur', onClose);
    };
  }, [request, onClose]);

  return (
    <ul
      ref={menu}
      className="menu-popup context-menu"
      role="menu"
      aria-label={t('canvas.contextMenu')}
      onKeyDown={(event) =>
        moveInMenu(event, [
          ...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)'),
        ])
      }
      style={
        place?.for === request
          ? { left: place.left, top: place.top }
          : { left: request.x, top: request.y }
      }
    >
      {CONTEXT_COMMANDS[request.target].map((id, index) =>
        id === 'separator' ? (
          <li key={`separator-${index}`} role="separator" className="menu-separator" />
        ) : (
          <li key={id} role="none">
            <button
              type="button"
              role="menuitem"
              className="context-item"
              disabled={!states[id]?.enabled}
              onClick={() => {
                onClose();
                perform(id);
              }}
            >
              <span>{t(commandById(id).labelKey)}</span>
              {commandById(id).keys[0] && (
                <kbd>{displayAccelerator(commandById(id).keys[0] ?? '')}</kbd>
              )}
            </button>
          </li>
        ),
      )}
    </ul>
  );
}

/** Space kept between the menu and the window's edge. */
const EDGE = 4;

function placeInside(
  request: ContextMenuRequest,
  size: { readonly width: number; readonly height: number },
): { left: number; top: number } {
  const area = request.area ?? new DOMRect(0, 0, window.innerWidth, window.innerHeight);
  // Opens after the pointer if it fits before `end`, else before the pointer if it fits after
  // `start`; else inside the window, as near the pointer as it goes.
  const along = (point: number, extent: number, start: number, end: number, room: number) => {
    if (point + extent <= Math.min(end, room) - EDGE) return point;
    if (point - extent >= Math.max(start, 0) + EDGE) return point - extent;
    return Math.max(EDGE, Math.min(point, room - extent - EDGE));
  };
  return {
    left: along(request.x, size.width, area.left, area.right, window.innerWidth),
    top: along(request.y, size.height, area.top, area.bottom, window.innerHeight),
  };
}
