import { useEffect, useRef } from 'react';
import type { ContextMenuRequest } from '../canvas/design-canvas';
import { useT } from '../state/workbench-context';
import { commandById, type CommandName } from '../commands/commands';
import { useCommands } from '../commands/use-commands';
import { displayAccelerator } from '../commands/shortcut-text';

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
export function ContextMenu(props: {
  request: ContextMenuRequest | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const { states, perform } = useCommands();
  const menu = useRef<HTMLUListElement>(null);
  const { request, onClose } = props;

  useEffect(() => {
    if (!request) return;
    menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
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

  if (!request) return null;
  return (
    <ul
      ref={menu}
      className="context-menu"
      role="menu"
      aria-label={t('canvas.contextMenu')}
      style={{ left: request.x, top: request.y }}
    >
      {CONTEXT_COMMANDS[request.target].map((id, index) =>
        id === 'separator' ? (
          <li key={`separator-${index}`} role="separator" className="context-separator" />
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
