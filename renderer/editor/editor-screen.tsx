import type { ReactFlowInstance } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { FunctionTypeId } from '../../shared/model';
import { useWorkbench } from '../app/workbench-context';
import { DesignCanvas } from '../canvas/design-canvas';
import type { CommandContext } from '../commands/registry';
import { ContextMenu, type ContextMenuRequest } from './context-menu';
import { CommandPalette, FindDialog, LinkToDialog } from './editor-dialogs';
import { Palette } from './palette';
import { SidePanel } from './side-panel';
import { addFunctionInPlace } from './add-function';
import './editor.css';

export type EditorDialog = 'commands' | 'find' | 'linkTo' | undefined;

/** The design screen: palette, canvas and side panel, with the find, command and link dialogs. */
export function EditorScreen(props: {
  flow: ReactFlowInstance | undefined;
  onFlowInit: (flow: ReactFlowInstance) => void;
  context: CommandContext;
  dialog: EditorDialog;
  closeDialog: () => void;
}) {
  const workbench = useWorkbench();
  const { flow } = props;
  const [menu, setMenu] = useState<ContextMenuRequest | undefined>(undefined);
  const closeMenu = useCallback(() => setMenu(undefined), []);
  const addInPlace = useCallback(
    (typeId: FunctionTypeId) => {
      if (flow) addFunctionInPlace(workbench, flow, typeId);
    },
    [flow, workbench],
  );
  return (
    <div className="editor">
      <Palette flow={flow} />
      <DesignCanvas onInit={props.onFlowInit} onContextMenu={setMenu} />
      <ContextMenu request={menu} context={props.context} onClose={closeMenu} />
      <SidePanel flow={flow} />
      <CommandPalette
        open={props.dialog === 'commands'}
        onClose={props.closeDialog}
        context={props.context}
        onAddFunction={addInPlace}
      />
      <FindDialog open={props.dialog === 'find'} onClose={props.closeDialog} flow={flow} />
      <LinkToDialog open={props.dialog === 'linkTo'} onClose={props.closeDialog} />
    </div>
  );
}
