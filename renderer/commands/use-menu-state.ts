import { useEffect } from 'react';
import { COMMANDS, type CommandId, type CommandSpec } from '../../shared/commands/commands';
import type { MenuState } from '../../shared/port/contract';
import { navigation } from '../state/navigation';
import { isEnabled, type CommandContext } from './registry';

/**
 * Native menu commands whose state the app decides. Clipboard items are left to the platform:
 * they also serve text fields, whatever is selected on the canvas.
 */
const MENU_COMMANDS = (COMMANDS as readonly CommandSpec[])
  .filter((command) => command.menu && !command.clipboardRole)
  .map((command) => command.id as CommandId);

/**
 * Keeps the native menu in step with the app (desktop): whenever the document, its history, the
 * selection or the screen changes, each menu command's state is read from the registry and sent
 * to main if it differs from what was sent last.
 */
export function useMenuState(context: CommandContext): void {
  useEffect(() => {
    if (context.port.edition !== 'desktop') return;
    let sent = '';
    const push = () => {
      const state: MenuState = Object.fromEntries(
        MENU_COMMANDS.map((id) => [id, { enabled: isEnabled(id, context) }]),
      );
      const key = JSON.stringify(state);
      if (key === sent) return;
      sent = key;
      context.port.updateMenuState(state).catch((error: unknown) => console.error(error));
    };
    push();
    const stops = [
      context.store.subscribe(push),
      context.store.temporal.subscribe(push),
      navigation.subscribe(push),
    ];
    return () => stops.forEach((stop) => stop());
  }, [context]);
}
