import { Fragment } from 'react';
import { COMMANDS, type CommandSpec, type MenuId } from '../../shared/commands/commands';
import { useT } from '../app/workbench-context';
import { displayAccelerator } from '../shell/command-button';
import { HelpDialog } from './help-dialog';
import './help.css';

const GROUPS: readonly (MenuId | 'other')[] = ['file', 'edit', 'view', 'help', 'other'];

/** Help › Shortcuts (?, Ctrl/Cmd+/): every command of the registry with all of its keys. */
export function ShortcutsDialog(props: { readonly open: boolean; readonly onClose: () => void }) {
  const t = useT();
  const commands: readonly CommandSpec[] = COMMANDS;
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
          const shown = commands.filter((spec) => (spec.menu ?? 'other') === group);
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
                {shown.map((spec) => (
                  <tr key={spec.id}>
                    <th scope="row">{t(spec.labelKey)}</th>
                    <td>
                      {spec.accelerators.length === 0 ? (
                        <span className="shortcut-none">{t('shortcuts.none')}</span>
                      ) : (
                        spec.accelerators.map((accelerator, index) => (
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
export function paletteKeys(): string {
  const spec: CommandSpec | undefined = COMMANDS.find((c) => c.id === 'view.commandPalette');
  return displayAccelerator(spec?.accelerators[0] ?? '');
}
