import type { MenuItemConstructorOptions } from 'electron';
import {
  COMMANDS,
  menuRegistersShortcut,
  type CommandId,
  type CommandSpec,
  type MenuId,
} from '../../shared/commands/commands';
import type { Language } from '../../shared/i18n';
import { translate } from '../../shared/i18n';
import type { MenuState } from '../../shared/port/contract';

export interface MenuContext {
  readonly language: Language;
  readonly platform: NodeJS.Platform;
  /** Adds developer tools to the View menu. */
  readonly development: boolean;
  /** Sends a command to the renderer, which performs it. */
  readonly perform: (id: CommandId) => void;
  /** Recently opened projects for File › Open recent, newest first. */
  readonly recent?: readonly { readonly id: string; readonly name: string }[];
  readonly openRecent?: (id: string) => void;
  /** Enabled and checked state pushed by the renderer; a command not in it is enabled. */
  readonly state?: MenuState;
}

const MENU_ORDER: readonly MenuId[] = ['file', 'edit', 'view', 'scenario', 'help'];

/**
 * The native menu, built from the shared command list so menus, toolbar and keyboard cannot
 * drift apart. Which shortcuts the menu registers is decided by menuRegistersShortcut.
 */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(context.language, key);
  const menus = MENU_ORDER.map((menu): MenuItemConstructorOptions => {
    const items: MenuItemConstructorOptions[] = [];
    const commands: readonly CommandSpec[] = COMMANDS;
    for (const command of commands.filter((c) => c.menu === menu)) {
      if (command.separatorBefore) items.push({ type: 'separator' });
      const accelerator = command.accelerators[0];
      const label = t(command.labelKey);
      if (command.clipboardRole) {
        // The role makes the platform send a copy/cut/paste event to the page, which handles
        // it for text fields and for the canvas alike; so these stay enabled whatever the
        // canvas selection is.
        items.push({ id: command.id, label, role: command.clipboardRole, accelerator });
        continue;
      }
      const state = context.state?.[command.id as CommandId];
      items.push({
        id: command.id,
        label,
        enabled: state?.enabled ?? true,
        ...(state?.checked !== undefined ? { type: 'checkbox', checked: state.checked } : {}),
        ...(accelerator
          ? { accelerator, registerAccelerator: menuRegistersShortcut(command) }
          : {}),
        click: () => context.perform(command.id as CommandId),
      });
    }
    if (menu === 'file') items.push(recentSubmenu(context, t));
    if (menu === 'view' && context.development) {
      items.push({ type: 'separator' }, { role: 'toggleDevTools', label: t('menu.devtools') });
    }
    if (menu === 'file' && context.platform !== 'darwin') {
      items.push({ type: 'separator' }, { role: 'quit', label: t('menu.quit') });
    }
    return { label: t(`menu.${menu}`), submenu: items };
  });
  if (context.platform === 'darwin') {
    menus.unshift({ role: 'appMenu' });
  }
  return menus;
}

/** File › Open recent: project names as plain text ("&" would otherwise mark a mnemonic). */
function recentSubmenu(
  context: MenuContext,
  t: (key: Parameters<typeof translate>[1]) => string,
): MenuItemConstructorOptions {
  const recent = context.recent ?? [];
  return {
    label: t('library.menu.recent'),
    submenu:
      recent.length === 0
        ? [{ label: t('library.menu.noRecent'), enabled: false }]
        : recent.map((project) => ({
            label: project.name.replaceAll('&', '&&'),
            click: () => context.openRecent?.(project.id),
          })),
  };
}
