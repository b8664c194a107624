import { useT } from '../state/workbench-context';
import { commandById, type CommandName } from '../commands/commands';
import { useCommands } from '../commands/use-commands';
import { displayAccelerator } from '../commands/shortcut-text';

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
      {props.showLabel && <span className="toolbar-label">{label}</span>}
    </button>
  );
}
