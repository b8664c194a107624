import type { ReactFlowInstance } from '@xyflow/react';
import { useMemo } from 'react';
import { FUNCTION_TYPES } from '../../shared/catalog';
import { COMMANDS, type CommandId, type CommandSpec } from '../../shared/commands/commands';
import { useDisplay, useT, useWorkbench, useWorkbenchState } from '../app/workbench-context';
import { isEnabled, performCommand, type CommandContext } from '../commands/registry';
import { displayAccelerator } from '../shell/command-button';
import { focusFunction } from './focus-function';
import { PickerDialog, type PickerItem } from './picker-dialog';

/** Ctrl/Cmd+K: every command, plus "add" for each function type. */
export function CommandPalette(props: {
  open: boolean;
  onClose: () => void;
  context: CommandContext;
  onAddFunction: (typeId: (typeof FUNCTION_TYPES)[number]['id']) => void;
}) {
  const t = useT();
  const { context, onAddFunction } = props;
  const items = useMemo((): PickerItem[] => {
    const commands: readonly CommandSpec[] = COMMANDS;
    return [
      ...FUNCTION_TYPES.map((type) => ({
        key: `add:${type.id}`,
        label: t('palette.command.add', { name: t(type.nameKey) }),
        choose: () => onAddFunction(type.id),
      })),
      ...commands
        .filter((spec) => spec.id !== 'view.commandPalette')
        .map((spec) => ({
          key: spec.id,
          label: t(spec.labelKey),
          hint: spec.accelerators[0] ? displayAccelerator(spec.accelerators[0]) : undefined,
          disabled: !isEnabled(spec.id as CommandId, context),
          choose: () => performCommand(spec.id as CommandId, context),
        })),
    ];
    // Rebuilt whenever the dialog opens, so "enabled" reflects the moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, context, onAddFunction, props.open]);
  return (
    <PickerDialog
      open={props.open}
      onClose={props.onClose}
      title={t('palette.command.label')}
      placeholder={t('palette.command.placeholder')}
      emptyText={t('palette.command.none')}
      items={items}
      testId="command-palette"
    />
  );
}

/** Ctrl/Cmd+F: jump to a function by name — select it, zoom to it, open the inspector. */
export function FindDialog(props: {
  open: boolean;
  onClose: () => void;
  flow: ReactFlowInstance | undefined;
}) {
  const t = useT();
  const { store } = useWorkbench();
  const functions = useWorkbenchState((s) => s.project.functions);
  const display = useDisplay();
  const { flow } = props;
  const items = useMemo(
    (): PickerItem[] =>
      functions.map((fn) => ({
        key: fn.id,
        label: display.functionName(fn),
        hint: t(`catalog.${fn.typeId}.name`),
        choose: () => focusFunction(store, flow, fn.id),
      })),
    [functions, flow, store, t, display],
  );
  return (
    <PickerDialog
      open={props.open}
      onClose={props.onClose}
      title={t('find.label')}
      placeholder={t('find.placeholder')}
      emptyText={t('find.none')}
      items={items}
      testId="find-dialog"
    />
  );
}
