import { Check, Ellipsis } from 'lucide-react';
import { LANGUAGES } from '../../shared/i18n';
import { commandById, type CommandName } from '../commands/commands';
import { useCommands } from '../commands/use-commands';
import { useT } from '../state/workbench-context';
import { useMenuButton } from '../ui-kit/use-menu-button';
import { useLanguageChoice } from './language-switch';

/** What the More menu holds: the toolbar's right-hand end, which a narrow window leaves out. */
const COMMANDS: readonly CommandName[] = ['view.theme', 'help.about'];

/**
 * The toolbar's "More" menu button, shown (by CSS) when the window is too narrow for the language
 * switch, the theme and About buttons: the same choices, as menu items.
 */
export function MoreMenu() {
  const t = useT();
  const { perform } = useCommands();
  const { language, choose } = useLanguageChoice();
  const { open, close, buttonProps, menuProps } = useMenuButton();
  const label = t('toolbar.more');
  return (
    <div className="toolbar-more">
      <button
        {...buttonProps}
        type="button"
        className="toolbar-button"
        aria-label={label}
        title={label}
      >
        <Ellipsis size={18} aria-hidden="true" />
      </button>
      {open && (
        <ul {...menuProps} className="menu-popup" aria-label={label}>
          <li role="none">
            <ul role="group" aria-label={t('toolbar.language')} className="menu-group">
              {LANGUAGES.map((value) => (
                <li key={value} role="none">
                  <button
                    type="button"
                    role="menuitemradio"
                    aria-checked={value === language}
                    tabIndex={-1}
                    lang={value}
                    className="menu-item"
                    onClick={() => {
                      close();
                      choose(value);
                    }}
                  >
                    <span className="menu-check" aria-hidden="true">
                      {value === language && <Check size={16} />}
                    </span>
                    {t(`language.${value}`)}
                  </button>
                </li>
              ))}
            </ul>
          </li>
          <li role="separator" className="menu-separator" />
          {COMMANDS.map((id) => {
            const command = commandById(id);
            const Icon = command.icon;
            return (
              <li key={id} role="none">
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="menu-item"
                  onClick={() => {
                    close();
                    perform(id);
                  }}
                >
                  <span className="menu-check" aria-hidden="true">
                    {Icon && <Icon size={16} />}
                  </span>
                  {t(command.labelKey)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
