import { useT } from '../state/workbench-context';
import { CommandButton } from './command-button';
import { LanguageSwitch } from './language-switch';
import { MoreMenu } from './more-menu';
import { ProjectNameField } from './project-name-field';
import { DifferencesToggle, ScenarioSwitcher } from '../scenarios/scenario-switcher';

export function Toolbar() {
  const t = useT();
  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="brand" aria-hidden="true">
        <span className="brand-mark">S</span>
      </div>
      <CommandButton id="file.library" showLabel />
      <ProjectNameField />
      <div className="toolbar-group" role="group" aria-label={t('scenario.switcher.menu')}>
        <ScenarioSwitcher />
        <DifferencesToggle />
      </div>
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
      <div className="toolbar-settings">
        <LanguageSwitch />
        <CommandButton id="view.theme" />
        <CommandButton id="help.about" />
      </div>
      <MoreMenu />
    </header>
  );
}
