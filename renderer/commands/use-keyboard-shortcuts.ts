import { useEffect } from 'react';
import { isBareKey, matchesAccelerator, type Platform } from '../../shared/commands/accelerator';
import { COMMANDS } from '../../shared/commands/commands';
import { isEditingText, performCommand, type CommandContext } from './registry';

export const PLATFORM: Platform = /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other';

/**
 * The keyboard map, read from the shared command list. On the desktop, a shortcut the native
 * menu registers is left to the menu, so that no command runs twice; bare keys (F) never fire
 * while the user types.
 */
export function useKeyboardShortcuts(context: CommandContext): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      for (const command of COMMANDS) {
        const accelerators = command.accelerators.filter(
          (accelerator, index) =>
            !(context.port.edition === 'desktop' && index === 0 && !isBareKey(accelerator)),
        );
        const hit = accelerators.find((a) => matchesAccelerator(a, event, PLATFORM));
        if (!hit) continue;
        if (isBareKey(hit) && isEditingText()) return;
        event.preventDefault();
        performCommand(command.id, context);
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [context]);
}
