import type { LucideIcon } from 'lucide-react';
import { commandSpec, type CommandId } from '../../shared/commands/commands';
import { useT, useWorkbenchState } from '../app/workbench-context';
import { blockedWhileReadOnly, performCommand, type CommandContext } from '../commands/registry';
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

export function CommandButton(props: {
  id: CommandId;
  icon: LucideIcon;
  context: CommandContext;
  disabled?: boolean;
  showLabel?: boolean;
}) {
  const t = useT();
  const spec = commandSpec(props.id);
  const label = t(spec.labelKey);
  const shortcut = spec.accelerators[0];
  const Icon = props.icon;
  const readOnly = useWorkbenchState((state) => blockedWhileReadOnly(props.id, state));
  return (
    <button
      type="button"
      className="toolbar-button"
      data-command={props.id}
      aria-label={label}
      title={shortcut ? `${label} (${displayAccelerator(shortcut)})` : label}
      disabled={props.disabled || readOnly}
      onClick={() => performCommand(props.id, props.context)}
    >
      <Icon size={18} aria-hidden="true" />
      {props.showLabel && <span>{label}</span>}
    </button>
  );
}
