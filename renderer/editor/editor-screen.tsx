import type { ReactFlowInstance } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { FunctionTypeId } from '../../shared/model';
import { useWorkbench } from '../app/workbench-context';
import { followKeyboardFocus, noteKey } from '../canvas/card-focus';
import { DesignCanvas } from '../canvas/design-canvas';
import { endRenameOfRemoved } from '../canvas/rename-state';
import type { CommandContext } from '../commands/registry';
import { viewMode } from '../state/view-mode';
import { ContextMenu, type ContextMenuRequest } from './context-menu';
// Not loaded on demand: these dialogs take the keys typed straight after the one that opens them.
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
  // Workshops: the canvas takes the width, the palette and the side panel step aside.
  const panelsHidden = useStore(viewMode, (state) => state.panelsHidden);
  const [menu, setMenu] = useState<ContextMenuRequest | undefined>(undefined);
  const closeMenu = useCallback(() => setMenu(undefined), []);
  const addInPlace = useCallback(
    (typeId: FunctionTypeId) => {
      if (flow) addFunctionInPlace(workbench, flow, typeId);
    },
    [flow, workbench],
  );
  useEffect(() => endRenameOfRemoved(workbench.store), [workbench.store]);
  return (
    <div
      className={panelsHidden ? 'editor panels-hidden' : 'editor'}
      onKeyDown={(event) => noteKey(event.key)}
      onFocus={(event) => followKeyboardFocus(event.target, workbench.store, flow)}
    >
      {!panelsHidden && <Palette flow={flow} />}
      <DesignCanvas onInit={props.onFlowInit} onContextMenu={setMenu} />
      <ContextMenu request={menu} context={props.context} onClose={closeMenu} />
      {!panelsHidden && <SidePanel flow={flow} />}
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
