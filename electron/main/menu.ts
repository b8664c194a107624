import type { MenuItemConstructorOptions } from 'electron';
import { isBareKey } from '../../shared/commands/accelerator';
import { COMMANDS, type CommandId, type MenuId } from '../../shared/commands/commands';
import type { Language } from '../../shared/i18n';
import { translate } from '../../shared/i18n';

export interface MenuContext {
  readonly language: Language;
  readonly platform: NodeJS.Platform;
  /** Adds developer tools to the View menu. */
  readonly development: boolean;
  /** Sends a command to the renderer, which performs it. */
  readonly perform: (id: CommandId) => void;
}

const MENU_ORDER: readonly MenuId[] = ['file', 'edit', 'view', 'help'];

/**
 * The native menu, built from the shared command list so menus, toolbar and keyboard cannot
 * drift apart. Shortcuts without a modifier (F to fit) are only shown here, not registered:
 * registered, they would swallow the letter while the user types in a field.
 */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(context.language, key);
  const menus = MENU_ORDER.map((menu): MenuItemConstructorOptions => {
    const items: MenuItemConstructorOptions[] = [];
    for (const command of COMMANDS.filter((c) => c.menu === menu)) {
      if ('separatorBefore' in command && command.separatorBefore)
        items.push({ type: 'separator' });
      const accelerator = command.accelerators[0];
      items.push({
        id: command.id,
        label: t(command.labelKey),
        ...(accelerator ? { accelerator, registerAccelerator: !isBareKey(accelerator) } : {}),
        click: () => context.perform(command.id),
      });
    }
    if (menu === 'edit') {
      // Text editing inside fields keeps the platform's own clipboard behaviour.
      items.push({ type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' });
      items.push({ role: 'selectAll' });
    }
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
