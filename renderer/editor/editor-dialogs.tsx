import { useMemo } from 'react';
import { FUNCTION_TYPES } from '../../shared/catalog';
import { hasLink, type SalesFunction } from '../../shared/model';
import {
  useDisplay,
  useEditor,
  useT,
  useWorkbench,
  useWorkbenchState,
} from '../state/workbench-context';
import { ALL_COMMANDS } from '../commands/commands';
import { useCommands } from '../commands/use-commands';
import { displayAccelerator } from '../commands/shortcut-text';
import { focusFunction } from '../canvas/focus-function';
import { linkFunctions } from '../canvas/link-functions';
import { onDemand, useOnDemand } from '../ui-kit/lazy';
import { PickerDialog, type PickerItem } from '../ui-kit/picker-dialog';

const NO_FUNCTIONS: readonly SalesFunction[] = [];

/** The palette's search by keywords, with them: in idle time, or when the palette first opens. */
const loadCommandSearch = onDemand(() => import('../commands/command-search'));

/** Ctrl/Cmd+K: every command, plus "add" for each function type. */
export function CommandPalette(props: {
  open: boolean;
  onClose: () => void;
  onAddFunction: (typeId: (typeof FUNCTION_TYPES)[number]['id']) => void;
}) {
  const t = useT();
  const { onAddFunction } = props;
  const { states, perform } = useCommands();
  // A read-only tab (another tab edits the project) adds nothing.
  const readOnly = useWorkbenchState((state) => state.openElsewhere);
  // Until it is in, the palette finds commands by their labels only.
  const search = useOnDemand(loadCommandSearch, props.open);
  const items = useMemo((): PickerItem[] => {
    return [
      ...FUNCTION_TYPES.map((type) => ({
        key: `add:${type.id}`,
        label: t('palette.command.add', { name: t(type.nameKey) }),
        disabled: readOnly,
        choose: () => onAddFunction(type.id),
      })),
      ...ALL_COMMANDS.filter((command) => command.id !== 'view.commandPalette').map((command) => ({
        key: command.id,
        label: t(command.labelKey),
        keywords: search?.commandKeywords(t, command.id),
        hint: command.keys[0] ? displayAccelerator(command.keys[0]) : undefined,
        disabled: !states[command.id]?.enabled,
        choose: () => perform(command.id),
      })),
    ];
  }, [t, states, perform, onAddFunction, readOnly, search]);
  return (
    <PickerDialog
      open={props.open}
      onClose={props.onClose}
      title={t('palette.command.label')}
      placeholder={t('palette.command.placeholder')}
      emptyText={t('palette.command.none')}
      items={items}
      search={search?.searchCommands}
      testId="command-palette"
    />
  );
}

/** Ctrl/Cmd+F: jump to a function by name — select it, zoom to it, open the inspector. */
export function FindDialog(props: { open: boolean; onClose: () => void }) {
  const t = useT();
  const editor = useEditor();
  // Followed only while open: a closed dialog should cost nothing when a large design is edited.
  const functions = useWorkbenchState((s) => (props.open ? s.project.functions : NO_FUNCTIONS));
  const display = useDisplay();
  const items = useMemo(
    (): PickerItem[] =>
      functions.map((fn) => ({
        key: fn.id,
        label: display.functionName(fn),
        hint: t(`catalog.${fn.typeId}.name`),
        choose: () => focusFunction(editor, fn.id),
      })),
    [functions, editor, t, display],
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

/**
 * "Link to…" (L): links the selected function to one picked by name, as a hand-off. The function
 * itself is not offered; one it already hands over to is listed last, disabled, with the reason.
 */
export function LinkToDialog(props: { open: boolean; onClose: () => void }) {
  const t = useT();
  const display = useDisplay();
  const { store } = useWorkbench();
  const { open } = props;
  // Followed and built only while open: a closed dialog should cost nothing on a large design.
  const project = useWorkbenchState((s) => (open ? s.project : undefined));
  const fromId = useWorkbenchState((s) =>
    s.selection.functionIds.length === 1 ? s.selection.functionIds[0] : undefined,
  );
  const from = project?.functions.find((fn) => fn.id === fromId);
  const items = useMemo((): PickerItem[] => {
    if (!project || !from) return [];
    return project.functions
      .filter((fn) => fn.id !== from.id)
      .map((fn) => ({
        fn,
        label: display.functionName(fn),
        linked: hasLink(project, from.id, fn.id),
      }))
      .sort(
        (a, b) =>
          Number(a.linked) - Number(b.linked) || a.label.localeCompare(b.label, display.language),
      )
      .map(({ fn, label, linked }) => ({
        key: fn.id,
        label,
        hint: linked ? t('linkTo.exists') : t(`catalog.${fn.typeId}.name`),
        disabled: linked,
        choose: () => void linkFunctions(store, from.id, fn.id),
      }));
  }, [from, project, store, t, display]);
  const fromName = from ? display.functionName(from) : '';
  return (
    <PickerDialog
      open={open}
      onClose={props.onClose}
      title={t('linkTo.label', { name: fromName })}
      placeholder={t('linkTo.placeholder', { name: fromName })}
      emptyText={t('linkTo.none')}
      items={items}
      testId="link-to-dialog"
    />
  );
}
