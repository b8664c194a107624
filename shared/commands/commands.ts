import type { UiKey } from '../i18n/ui.en';

export type MenuId = 'file' | 'edit' | 'view' | 'help';

/**
 * A user command as every surface sees it: native menu, toolbar, keyboard, command palette.
 * What it does lives in the renderer (it needs the store); this list is environment-free so
 * the main process can build menus from it.
 */
export interface CommandSpec {
  readonly id: string;
  readonly labelKey: UiKey;
  readonly menu: MenuId;
  /**
   * Electron accelerator syntax ("CmdOrCtrl+S", "Shift+F"). The first one is shown in menus;
   * the rest are alternatives handled by the renderer's keyboard map only.
   */
  readonly accelerators: readonly string[];
  /** Starts a new group in its menu. */
  readonly separatorBefore?: boolean;
}

export const COMMANDS = [
  { id: 'file.save', labelKey: 'command.file.save', menu: 'file', accelerators: ['CmdOrCtrl+S'] },
  { id: 'edit.undo', labelKey: 'command.edit.undo', menu: 'edit', accelerators: ['CmdOrCtrl+Z'] },
  {
    id: 'edit.redo',
    labelKey: 'command.edit.redo',
    menu: 'edit',
    accelerators: ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'],
  },
  { id: 'view.fit', labelKey: 'command.view.fit', menu: 'view', accelerators: ['F'] },
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
  { id: 'help.about', labelKey: 'command.help.about', menu: 'help', accelerators: [] },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMANDS)[number]['id'];

export const COMMAND_IDS: readonly CommandId[] = COMMANDS.map((command) => command.id);

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && (COMMAND_IDS as readonly string[]).includes(value);
}

export function commandSpec(id: CommandId): CommandSpec {
  const spec = COMMANDS.find((command) => command.id === id);
  if (!spec) throw new Error(`Unknown command ${id}`);
  return spec;
}
