import { Suspense, useCallback, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { FunctionTypeId } from '../../shared/model';
import { useEditor, useWorkbenchState } from '../state/workbench-context';
import { followKeyboardFocus, noteKey } from '../canvas/card-focus';
import { DesignCanvas, type ContextMenuRequest } from '../canvas/design-canvas';
// Not loaded on demand: these dialogs take the keys typed straight after the one that opens them.
import { CommandPalette, FindDialog, LinkToDialog } from './editor-dialogs';
import { Palette } from './palette';
import { SidePanel } from './side-panel';
import { addFunctionInPlace } from '../canvas/add-function';
import { lazyComponent, lazyDialog, onDemand, useIdleSinceMount } from '../ui-kit/lazy';
import './editor.css';

// Opened from menus only (no key opens them): loaded on demand.
const scenarioDialogs = onDemand(() => import('../scenarios/scenario-dialogs'));
const NewScenarioDialog = lazyDialog(() => scenarioDialogs().then((m) => m.NewScenarioDialog));
const RenameScenarioDialog = lazyDialog(() =>
  scenarioDialogs().then((m) => m.RenameScenarioDialog),
);
const DeleteScenarioDialog = lazyDialog(() =>
  scenarioDialogs().then((m) => m.DeleteScenarioDialog),
);
const SwitchScenarioDialog = lazyDialog(() =>
  scenarioDialogs().then((m) => m.SwitchScenarioDialog),
);

// Opened by a right-click or the menu key, in idle time loaded well before that.
const ContextMenu = lazyComponent(() => import('./context-menu').then((m) => m.ContextMenu));

const CanvasHint = lazyComponent(() => import('../help/canvas-hint').then((m) => m.CanvasHint));

/**
 * The first-run hint, over the canvas a moment after it is drawn (in idle time), not with it:
 * its code and texts are not on the first screen's load. Nothing at all once dismissed.
 */
function FirstRunHint() {
  const dismissed = useWorkbenchState((state) => state.canvasHintDismissed);
  const idle = useIdleSinceMount();
  if (dismissed || !idle) return null;
  return (
    <Suspense fallback={null}>
      <CanvasHint />
    </Suspense>
  );
}

/** The design screen: palette, canvas and side panel, with the find, command and link dialogs. */
export function EditorScreen() {
  const editor = useEditor();
  const dialog = useStore(editor.view, (state) => state.dialog);
  // Workshops: the canvas takes the width, the palette and the side panel step aside.
  const panelsHidden = useStore(editor.view, (state) => state.panelsHidden);
  const [menu, setMenu] = useState<ContextMenuRequest | undefined>(undefined);
  const closeMenu = useCallback(() => setMenu(undefined), []);
  const { closeDialog, setFlow } = editor;
  const addInPlace = useCallback(
    (typeId: FunctionTypeId) => {
      if (editor.flow) addFunctionInPlace(editor, editor.flow, typeId);
    },
    [editor],
  );
  useEffect(() => editor.endRenameOfRemoved(), [editor]);
  return (
    <div
      className={panelsHidden ? 'editor panels-hidden' : 'editor'}
      onKeyDown={(event) => noteKey(event.key)}
      onFocus={(event) => followKeyboardFocus(event.target, editor.store, editor.flow)}
    >
      {!panelsHidden && <Palette />}
      <DesignCanvas onInit={setFlow} onContextMenu={setMenu} overlay={<FirstRunHint />} />
      {menu && (
        <Suspense fallback={null}>
          <ContextMenu request={menu} onClose={closeMenu} />
        </Suspense>
      )}
      {!panelsHidden && <SidePanel />}
      <CommandPalette
        open={dialog === 'commands'}
        onClose={closeDialog}
        onAddFunction={addInPlace}
      />
      <FindDialog open={dialog === 'find'} onClose={closeDialog} />
      <LinkToDialog open={dialog === 'linkTo'} onClose={closeDialog} />
      <NewScenarioDialog open={dialog === 'newScenario'} onClose={closeDialog} />
      <RenameScenarioDialog open={dialog === 'renameScenario'} onClose={closeDialog} />
      <DeleteScenarioDialog open={dialog === 'deleteScenario'} onClose={closeDialog} />
      <SwitchScenarioDialog open={dialog === 'switchScenario'} onClose={closeDialog} />
    </div>
  );
}
