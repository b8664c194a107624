import { LANGUAGES, type Language } from '../../shared/i18n';
import { useT, useWorkbenchState } from '../state/workbench-context';
import { useCommands } from '../commands/use-commands';
import { CommandButton } from './command-button';
import { ProjectNameField } from './project-name-field';

export function Toolbar() {
  const t = useT();
  const { perform } = useCommands();
  const language = useWorkbenchState((state) => state.language);

  const chooseLanguage = (value: Language) => {
    if (value !== language) perform('view.language');
  };

  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="brand" aria-hidden="true">
        <span className="brand-mark">S</span>
      </div>
      <CommandButton id="file.library" showLabel />
      <ProjectNameField />
      <div className="toolbar-group">
        <CommandButton id="file.save" showLabel />
        <CommandButton id="file.exportPdf" />
        <CommandButton id="edit.undo" />
        <CommandButton id="edit.redo" />
      </div>
      <div className="toolbar-group">
        <CommandButton id="view.zoomOut" />
        <CommandButton id="view.zoomIn" />
        <CommandButton id="view.fit" />
        <CommandButton id="view.detail" />
        <CommandButton id="edit.autoLayout" />
        <CommandButton id="view.present" />
      </div>
      <div className="toolbar-spacer" />
      <div className="language-switch" role="group" aria-label={t('toolbar.language')}>
        {LANGUAGES.map((value) => (
          <button
            key={value}
            type="button"
            lang={value}
            aria-pressed={value === language}
            className="language-option"
            title={t(`language.${value}`)}
            onClick={() => chooseLanguage(value)}
          >
            {value.toUpperCase()}
          </button>
        ))}
      </div>
      <CommandButton id="view.theme" />
      <CommandButton id="help.about" />
    </header>
  );
}
