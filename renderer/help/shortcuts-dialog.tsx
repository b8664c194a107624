import { Fragment } from 'react';
import type { MenuId } from '../../shared/commands/commands';
import { useT } from '../state/workbench-context';
import { ALL_COMMANDS, commandById } from '../commands/commands';
import { displayAccelerator } from '../commands/shortcut-text';
import { HelpDialog } from './help-dialog';

const GROUPS: readonly (MenuId | 'other')[] = ['file', 'edit', 'view', 'scenario', 'help', 'other'];

/** Help › Shortcuts (?, Ctrl/Cmd+/): every command of the registry with all of its keys. */
export function ShortcutsDialog(props: { readonly open: boolean; readonly onClose: () => void }) {
  const t = useT();
  return (
    <HelpDialog
      open={props.open}
      onClose={props.onClose}
      title={t('shortcuts.title')}
      testId="shortcuts-dialog"
    >
      <p className="help-intro">{t('shortcuts.intro', { palette: paletteKeys() })}</p>
      <div className="shortcut-groups">
        {GROUPS.map((group) => {
          const shown = ALL_COMMANDS.filter((command) => (command.spec?.menu ?? 'other') === group);
          if (shown.length === 0) return null;
          return (
            <table key={group} className="shortcut-table">
              <caption>{t(`shortcuts.group.${group}`)}</caption>
              <thead className="visually-hidden">
                <tr>
                  <th scope="col">{t('shortcuts.command')}</th>
                  <th scope="col">{t('shortcuts.keys')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((command) => (
                  <tr key={command.id}>
                    <th scope="row">{t(command.labelKey)}</th>
                    <td>
                      {command.keys.length === 0 ? (
                        <span className="shortcut-none">{t('shortcuts.none')}</span>
                      ) : (
                        command.keys.map((accelerator, index) => (
                          <Fragment key={accelerator}>
                            {index > 0 && (
                              <span className="shortcut-or"> {t('shortcuts.or')} </span>
                            )}
                            <kbd>{displayAccelerator(accelerator)}</kbd>
                          </Fragment>
                        ))
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </div>
    </HelpDialog>
  );
}

/** The command list's key, as the user's keyboard shows it. */
function paletteKeys(): string {
  return displayAccelerator(commandById('view.commandPalette').keys[0] ?? '');
}
