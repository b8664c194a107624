import { useEffect } from 'react';
import { matchesAccelerator, type Platform } from '../../shared/commands/accelerator';
import { COMMANDS, menuRegistersShortcut, type CommandSpec } from '../../shared/commands/commands';
import { isEditingText, performCommand, type CommandContext } from './registry';

export const PLATFORM: Platform = /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other';

/** The shortcuts the page itself must handle; the rest belong to the native menu or to fields. */
function pageShortcuts(spec: CommandSpec, edition: 'desktop' | 'browser'): readonly string[] {
  // Copy, cut and paste arrive as clipboard events (see use-clipboard-events.ts).
  if (spec.clipboardRole) return [];
  if (edition === 'desktop' && menuRegistersShortcut(spec)) return spec.accelerators.slice(1);
  return spec.accelerators;
}

/**
 * The keyboard map, read from the shared command list. On the desktop, a shortcut the native
 * menu registers is left to the menu, so that no command runs twice; text-aware shortcuts are
 * left to the field while the user types.
 */
export function useKeyboardShortcuts(context: CommandContext): void {
  useEffect(() => {
    const commands: readonly CommandSpec[] = COMMANDS;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      for (const command of commands) {
        const shortcuts = pageShortcuts(command, context.port.edition);
        if (!shortcuts.some((a) => matchesAccelerator(a, event, PLATFORM))) continue;
        if (command.textAware && isEditingText()) return;
        // A dialog (palette, find) keeps its own keys except the global ones with a modifier.
        if (command.textAware && document.querySelector('dialog[open]')) return;
        event.preventDefault();
        performCommand(command.id as Parameters<typeof performCommand>[0], context);
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [context]);
}
