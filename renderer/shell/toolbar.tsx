import {
  FileText,
  FolderOpen,
  Info,
  Maximize,
  Network,
  Palette,
  Redo2,
  Rows3,
  Save,
  Undo2,
  ZoomIn,
  ZoomOut,
} from 'lucide-react';
import { useStore } from 'zustand';
import { useT } from '../app/workbench-context';
import type { CommandContext } from '../commands/registry';
import { CommandButton } from './command-button';
import { LanguageSwitch } from './language-switch';
import { ProjectNameField } from './project-name-field';

export function Toolbar(props: { context: CommandContext }) {
  const t = useT();
  const { context } = props;
  const canUndo = useStore(context.store.temporal, (state) => state.pastStates.length > 0);
  const canRedo = useStore(context.store.temporal, (state) => state.futureStates.length > 0);

  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="brand" aria-hidden="true">
        <span className="brand-mark">S</span>
      </div>
      <CommandButton id="file.library" icon={FolderOpen} context={context} showLabel />
      <ProjectNameField />
      <div className="toolbar-group">
        <CommandButton id="file.save" icon={Save} context={context} showLabel />
        <CommandButton id="file.exportPdf" icon={FileText} context={context} />
        <CommandButton id="edit.undo" icon={Undo2} context={context} disabled={!canUndo} />
        <CommandButton id="edit.redo" icon={Redo2} context={context} disabled={!canRedo} />
      </div>
      <div className="toolbar-group">
        <CommandButton id="view.zoomOut" icon={ZoomOut} context={context} />
        <CommandButton id="view.zoomIn" icon={ZoomIn} context={context} />
        <CommandButton id="view.fit" icon={Maximize} context={context} />
        <CommandButton id="view.detail" icon={Rows3} context={context} />
        <CommandButton id="edit.autoLayout" icon={Network} context={context} />
      </div>
      <div className="toolbar-spacer" />
      <LanguageSwitch context={context} />
      <CommandButton id="view.theme" icon={Palette} context={context} />
      <CommandButton id="help.about" icon={Info} context={context} />
    </header>
  );
}
