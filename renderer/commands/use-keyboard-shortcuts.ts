import { useEffect } from 'react';
import { isBareKey, matchesAccelerator } from '../../shared/commands/accelerator';
import { menuRegistersShortcut } from '../../shared/commands/commands';
import type { Editor } from '../state/editor';
import { performCommand, type Command } from './command';
import { ALL_COMMANDS } from './commands';
import { PLATFORM } from './shortcut-text';
import { isEditingText } from '../ui-kit/text-focus';

/** The shortcuts the page itself must handle; the rest belong to the native menu or to fields. */
function pageShortcuts(command: Command, edition: 'desktop' | 'browser'): readonly string[] {
  // Copy, cut and paste arrive as clipboard events (see use-clipboard-events.ts).
  if (command.clipboardRole) return [];
  if (edition === 'desktop' && command.spec && menuRegistersShortcut(command.spec)) {
    return command.keys.slice(1);
  }
  return command.keys;
}

/**
 * The keyboard map, read from the commands. On the desktop, a shortcut the native menu registers
 * is left to the menu, so that no command runs twice; text-aware shortcuts are left to the field
 * while the user types.
 */
export function useKeyboardShortcuts(editor: Editor): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      for (const command of ALL_COMMANDS) {
        const shortcuts = pageShortcuts(command, editor.port.edition);
        const matched = shortcuts.find((a) => matchesAccelerator(a, event, PLATFORM));
        if (matched === undefined) continue;
        // A key without a modifier is typed text while a field has the focus, whatever command.
        const textKey = command.textAware || isBareKey(matched);
        if (textKey && isEditingText()) return;
        // A dialog (palette, find) keeps its own keys except the global ones with a modifier.
        if (textKey && document.querySelector('dialog[open]')) return;
        event.preventDefault();
        performCommand(command, editor);
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor]);
}
