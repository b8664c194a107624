import type { LibraryKey } from '../i18n/library.en';
import type { ScenarioKey } from '../i18n/scenario.en';
import type { UiKey } from '../i18n/ui.en';
import { isBareKey } from './accelerator';

export type MenuId = 'file' | 'edit' | 'view' | 'scenario' | 'help';

/**
 * A user command as every surface sees it: native menu, toolbar, keyboard, context menu and
 * command palette. What it does lives in the renderer (it needs the store); this list is
 * environment-free so the main process can build menus from it.
 */
export interface CommandSpec {
  readonly id: string;
  readonly labelKey: UiKey | LibraryKey | ScenarioKey;
  /** The native menu it appears in; none for keyboard-only commands such as nudging. */
  readonly menu?: MenuId;
  /**
   * Electron accelerator syntax ("CmdOrCtrl+S", "Shift+F"). The first one is shown in menus;
   * the rest are alternatives handled by the renderer's keyboard map only.
   */
  readonly accelerators: readonly string[];
  /** Starts a new group in its menu. */
  readonly separatorBefore?: boolean;
  /**
   * While a text field has focus its keys belong to the field (Ctrl+Z undoes typing, Delete
   * deletes a letter); the command runs only when the focus is elsewhere.
   */
  readonly textAware?: boolean;
  /**
   * Clipboard commands run through the platform's clipboard events (the menu item has this
   * role; the page handles copy/cut/paste events), so they work in fields and on the canvas.
   */
  readonly clipboardRole?: 'copy' | 'cut' | 'paste';
}

export const COMMANDS = [
  { id: 'file.save', labelKey: 'command.file.save', menu: 'file', accelerators: ['CmdOrCtrl+S'] },
  {
    id: 'file.exportPdf',
    labelKey: 'command.file.exportPdf',
    menu: 'file',
    accelerators: ['CmdOrCtrl+E'],
  },
  {
    id: 'file.print',
    labelKey: 'command.file.print',
    menu: 'file',
    accelerators: ['CmdOrCtrl+P'],
  },
  {
    id: 'edit.undo',
    labelKey: 'command.edit.undo',
    menu: 'edit',
    accelerators: ['CmdOrCtrl+Z'],
    textAware: true,
  },
  {
    id: 'edit.redo',
    labelKey: 'command.edit.redo',
    menu: 'edit',
    accelerators: ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'],
    textAware: true,
  },
  {
    id: 'edit.cut',
    labelKey: 'command.edit.cut',
    menu: 'edit',
    accelerators: ['CmdOrCtrl+X'],
    separatorBefore: true,
    clipboardRole: 'cut',
  },
  {
    id: 'edit.copy',
    labelKey: 'command.edit.copy',
    menu: 'edit',
    accelerators: ['CmdOrCtrl+C'],
    clipboardRole: 'copy',
  },
  {
    id: 'edit.paste',
    labelKey: 'command.edit.paste',
    menu: 'edit',
    accelerators: ['CmdOrCtrl+V'],
    clipboardRole: 'paste',
  },
  {
    id: 'edit.duplicate',
    labelKey: 'command.edit.duplicate',
    menu: 'edit',
    accelerators: ['CmdOrCtrl+D'],
  },
  {
    id: 'edit.rename',
    labelKey: 'command.edit.rename',
    menu: 'edit',
    accelerators: ['F2'],
    textAware: true,
  },
  {
    id: 'edit.delete',
    labelKey: 'command.edit.delete',
    menu: 'edit',
    accelerators: ['Delete', 'Backspace'],
    textAware: true,
  },
  {
    id: 'edit.selectAll',
    labelKey: 'command.edit.selectAll',
    menu: 'edit',
    accelerators: ['CmdOrCtrl+A'],
    textAware: true,
  },
  {
    id: 'edit.group',
    labelKey: 'command.edit.group',
    menu: 'edit',
    accelerators: ['CmdOrCtrl+G'],
    separatorBefore: true,
  },
  {
    id: 'edit.ungroup',
    labelKey: 'command.edit.ungroup',
    menu: 'edit',
    accelerators: ['CmdOrCtrl+Shift+G'],
  },
  {
    id: 'edit.linkTo',
    labelKey: 'command.edit.linkTo',
    menu: 'edit',
    accelerators: ['L'],
    textAware: true,
  },
  {
    id: 'edit.autoLayout',
    labelKey: 'command.edit.autoLayout',
    menu: 'edit',
    accelerators: ['CmdOrCtrl+L'],
    separatorBefore: true,
  },
  {
    id: 'view.commandPalette',
    labelKey: 'command.view.commandPalette',
    menu: 'view',
    accelerators: ['CmdOrCtrl+K'],
  },
  { id: 'view.find', labelKey: 'command.view.find', menu: 'view', accelerators: ['CmdOrCtrl+F'] },
  {
    id: 'view.fit',
    labelKey: 'command.view.fit',
    menu: 'view',
    accelerators: ['F'],
    textAware: true,
    separatorBefore: true,
  },
  {
    id: 'view.zoomIn',
    labelKey: 'command.view.zoomIn',
    menu: 'view',
    accelerators: ['CmdOrCtrl+='],
  },
  {
    id: 'view.zoomOut',
    labelKey: 'command.view.zoomOut',
    menu: 'view',
    accelerators: ['CmdOrCtrl+-'],
  },
  {
    id: 'view.zoomToSelection',
    labelKey: 'command.view.zoomToSelection',
    menu: 'view',
    accelerators: ['Shift+F'],
    textAware: true,
  },
  {
    id: 'view.detail',
    labelKey: 'command.view.detail',
    menu: 'view',
    accelerators: ['CmdOrCtrl+Shift+D'],
  },
  {
    id: 'view.language',
    labelKey: 'command.view.language',
    menu: 'view',
    accelerators: ['CmdOrCtrl+Shift+L'],
    separatorBefore: true,
  },
  {
    id: 'view.theme',
    labelKey: 'command.view.theme',
    menu: 'view',
    accelerators: ['CmdOrCtrl+Shift+T'],
  },
  {
    id: 'view.present',
    labelKey: 'command.view.present',
    menu: 'view',
    accelerators: ['F5'],
    separatorBefore: true,
  },
  {
    id: 'view.panels',
    labelKey: 'command.view.panels',
    menu: 'view',
    accelerators: ['CmdOrCtrl+B'],
  },
  {
    id: 'view.largeType',
    labelKey: 'command.view.largeType',
    menu: 'view',
    accelerators: [],
  },
  {
    id: 'scenario.new',
    labelKey: 'scenario.command.new',
    menu: 'scenario',
    accelerators: [],
  },
  {
    id: 'scenario.switchTo',
    labelKey: 'scenario.command.switchTo',
    menu: 'scenario',
    accelerators: [],
    separatorBefore: true,
  },
  {
    // Not Ctrl+Tab or Ctrl+PageDown: browsers and systems keep those for their own tabs. Text
    // aware: where Ctrl+Alt is AltGr (German, Polish layouts), it types a bracket in a field.
    id: 'scenario.next',
    labelKey: 'scenario.command.next',
    menu: 'scenario',
    accelerators: ['CmdOrCtrl+Alt+]'],
    textAware: true,
  },
  {
    id: 'scenario.previous',
    labelKey: 'scenario.command.previous',
    menu: 'scenario',
    accelerators: ['CmdOrCtrl+Alt+['],
    textAware: true,
  },
  {
    id: 'scenario.rename',
    labelKey: 'scenario.command.rename',
    menu: 'scenario',
    accelerators: [],
    separatorBefore: true,
  },
  {
    id: 'scenario.recommend',
    labelKey: 'scenario.command.recommend',
    menu: 'scenario',
    accelerators: [],
  },
  {
    id: 'scenario.delete',
    labelKey: 'scenario.command.delete',
    menu: 'scenario',
    accelerators: [],
  },
  {
    id: 'scenario.compare',
    labelKey: 'scenario.command.compare',
    menu: 'scenario',
    accelerators: [],
    separatorBefore: true,
  },
  {
    id: 'scenario.differences',
    labelKey: 'scenario.command.differences',
    menu: 'scenario',
    accelerators: [],
  },
  {
    id: 'help.shortcuts',
    labelKey: 'command.help.shortcuts',
    menu: 'help',
    // "?" is a bare key: the keyboard map leaves it to a text field that has the focus.
    accelerators: ['CmdOrCtrl+/', '?'],
  },
  { id: 'help.glossary', labelKey: 'command.help.glossary', menu: 'help', accelerators: [] },
  {
    id: 'help.about',
    labelKey: 'command.help.about',
    menu: 'help',
    accelerators: [],
    separatorBefore: true,
  },
  {
    id: 'file.library',
    labelKey: 'library.command.library',
    menu: 'file',
    accelerators: ['CmdOrCtrl+O'],
    separatorBefore: true,
  },
  {
    id: 'file.newProject',
    labelKey: 'library.command.newProject',
    menu: 'file',
    accelerators: ['CmdOrCtrl+N'],
  },
  {
    id: 'file.importProject',
    labelKey: 'library.command.importProject',
    menu: 'file',
    accelerators: ['CmdOrCtrl+I'],
  },
  {
    id: 'file.exportProject',
    labelKey: 'library.command.exportProject',
    menu: 'file',
    accelerators: ['CmdOrCtrl+Shift+E'],
  },
  {
    id: 'file.versions',
    labelKey: 'library.command.versions',
    menu: 'file',
    accelerators: [],
  },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMANDS)[number]['id'];

export const COMMAND_IDS: readonly CommandId[] = COMMANDS.map((command) => command.id);

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && (COMMAND_IDS as readonly string[]).includes(value);
}

export function commandSpec(id: CommandId): CommandSpec {
  const spec: CommandSpec | undefined = COMMANDS.find((command) => command.id === id);
  if (!spec) throw new Error(`Unknown command ${id}`);
  return spec;
}

/**
 * Whether the native menu registers the command's first shortcut. Bare keys and text-aware
 * keys are only shown: registered, they would be taken from text fields. Clipboard commands
 * use the platform's own items. The renderer's keyboard map handles what the menu does not.
 */
export function menuRegistersShortcut(spec: CommandSpec): boolean {
  const first = spec.accelerators[0];
  return first !== undefined && !spec.clipboardRole && !spec.textAware && !isBareKey(first);
}
