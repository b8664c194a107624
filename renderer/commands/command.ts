import type { LucideIcon } from 'lucide-react';
import { commandSpec, type CommandId, type CommandSpec } from '../../shared/commands/commands';
import type { LibraryKey } from '../../shared/i18n/library.en';
import type { ScenarioKey } from '../../shared/i18n/scenario.en';
import type { UiKey } from '../../shared/i18n/ui.en';
import type { Editor, EditorState } from '../state/editor';

/**
 * How a command's edits enter the undo history: one step each (the default), or merged into the
 * previous step while the same `merge` group repeats within a short window (arrow-key nudges).
 */
export type UndoBehaviour = 'step' | { readonly merge: string };

/**
 * One user command, whole: what every surface (toolbar, context menu, command palette, keyboard,
 * native menu) needs to show it and run it. A command in the native menu takes its id, label and
 * keys from its entry in shared/commands/commands.ts (fromMenu), which the main process reads too.
 */
export interface Command {
  readonly id: string;
  readonly labelKey: UiKey | LibraryKey | ScenarioKey;
  /**
   * The drawing of its toolbar button (renderer/shell/toolbar.tsx); a command with no button has
   * none, as no other surface draws one, and an icon nothing shows still weighs on the first load.
   */
  readonly icon?: LucideIcon;
  /** Electron accelerator syntax; the first one is shown. */
  readonly keys: readonly string[];
  /** Its keys belong to a text field while one has the focus (see CommandSpec). */
  readonly textAware?: boolean;
  /** Runs through the platform's clipboard events (see CommandSpec). */
  readonly clipboardRole?: CommandSpec['clipboardRole'];
  /** Set for commands in the native menu, which registers some of their keys itself. */
  readonly spec?: CommandSpec;
  /** Whether it can run now; always, when absent. */
  readonly enabled?: (state: EditorState) => boolean;
  /** For toggles: whether it is on (a pressed button, a checked menu item). */
  readonly checked?: (state: EditorState) => boolean;
  readonly perform: (editor: Editor) => void;
  readonly undo?: UndoBehaviour;
  /**
   * It leaves the document as it is (view, export, navigation), so it stays available while the
   * tab shows the project read-only (another tab edits it). Every other command is unavailable
   * then; a new command is too until it says so.
   */
  readonly keepsDocument?: true;
  /**
   * It neither edits nor opens a dialog (save, theme, language, large type), so it stays
   * available in presentation mode. Every other command waits until the presentation ends: the
   * native menu's items and keys still reach the app while the slides show, and nothing should
   * change behind them or open over them.
   */
  readonly keepsPresentation?: true;
}

type CommandBody = Omit<
  Command,
  'id' | 'labelKey' | 'keys' | 'textAware' | 'clipboardRole' | 'spec'
>;

/** A command of the native menu: id, label and keys come from its shared menu entry. */
export function fromMenu<Id extends CommandId>(
  id: Id,
  body: CommandBody,
): Command & { readonly id: Id } {
  const spec = commandSpec(id);
  return {
    id,
    labelKey: spec.labelKey,
    keys: spec.accelerators,
    textAware: spec.textAware,
    clipboardRole: spec.clipboardRole,
    spec,
    ...body,
  };
}

/** The state of a command as surfaces show it. */
export interface CommandState {
  readonly enabled: boolean;
  readonly checked: boolean | undefined;
}

export function commandState(command: Command, state: EditorState): CommandState {
  const readOnly = state.doc.openElsewhere && !command.keepsDocument;
  const presenting = state.view.presentation !== undefined && !command.keepsPresentation;
  return {
    enabled: !readOnly && !presenting && (command.enabled?.(state) ?? true),
    checked: command.checked?.(state),
  };
}

/** Runs a command if it is enabled, with its undo behaviour. */
export function performCommand(command: Command, editor: Editor): void {
  if (!commandState(command, editor.getState()).enabled) return;
  const undo = command.undo ?? 'step';
  if (undo === 'step') command.perform(editor);
  else editor.mergingEdits(undo.merge, () => command.perform(editor));
}
