import type { Platform } from '../../shared/commands/accelerator';

export const PLATFORM: Platform = /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other';

/** "CmdOrCtrl+Shift+Z" as the user's keyboard shows it: "Ctrl+Shift+Z" or "⌘⇧Z". */
export function displayAccelerator(accelerator: string): string {
  const parts = accelerator.split('+').map((part) => {
    if (part === 'CmdOrCtrl') return PLATFORM === 'mac' ? '⌘' : 'Ctrl';
    if (part === 'Shift') return PLATFORM === 'mac' ? '⇧' : 'Shift';
    if (part === 'Alt') return PLATFORM === 'mac' ? '⌥' : 'Alt';
    return part.length === 1 ? part.toUpperCase() : part;
  });
  return parts.join(PLATFORM === 'mac' ? '' : '+');
}
