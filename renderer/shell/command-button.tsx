import { useT } from '../app/workbench-context';
import { commandById, type CommandName } from '../commands/commands';
import { useCommands } from '../commands/use-commands';
import { PLATFORM } from '../commands/use-keyboard-shortcuts';

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

/** A toolbar button for a command: its icon, label, shortcut, enabled and checked state. */
export function CommandButton(props: { id: CommandName; showLabel?: boolean }) {
  const t = useT();
  const { states, perform } = useCommands();
  const command = commandById(props.id);
  const state = states[props.id];
  const label = t(command.labelKey);
  const shortcut = command.keys[0];
  const Icon = command.icon;
  return (
    <button
      type="button"
      className="toolbar-button"
      data-command={props.id}
      aria-label={label}
      aria-pressed={state?.checked}
      title={shortcut ? `${label} (${displayAccelerator(shortcut)})` : label}
      disabled={state ? !state.enabled : false}
      onClick={() => perform(props.id)}
    >
      {Icon && <Icon size={18} aria-hidden="true" />}
      {props.showLabel && <span>{label}</span>}
    </button>
  );
}
