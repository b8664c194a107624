import { useEffect } from 'react';
import type { MenuState } from '../../shared/port/contract';
import type { Editor } from '../state/editor';
import { ALL_COMMANDS } from './commands';
import { commandStates } from './use-commands';

/**
 * Native menu commands whose state the app decides. Clipboard items are left to the platform:
 * they also serve text fields, whatever is selected on the canvas.
 */
const MENU_COMMANDS = ALL_COMMANDS.filter((command) => command.spec && !command.clipboardRole);

/**
 * Keeps the native menu in step with the app (desktop): whenever a command's enabled or checked
 * state changes, the menu commands' states are sent to main.
 */
export function useMenuState(editor: Editor): void {
  useEffect(() => {
    if (editor.port.edition !== 'desktop') return;
    const source = commandStates(editor);
    const push = () => {
      const states = source.get();
      const state: MenuState = Object.fromEntries(
        MENU_COMMANDS.map(({ id }) => {
          const { enabled, checked } = states[id] ?? { enabled: true, checked: undefined };
          return [id, checked === undefined ? { enabled } : { enabled, checked }];
        }),
      );
      editor.port.updateMenuState(state).catch((error: unknown) => console.error(error));
    };
    push();
    return source.subscribe(push);
  }, [editor]);
}
