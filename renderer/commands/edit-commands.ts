import { Network, Redo2, Undo2 } from 'lucide-react';
import { translate } from '../../shared/i18n';
import { GRID_SIZE } from '../../shared/layout/grid';
import {
  addGroup,
  duplicateFunctions,
  moveFunctions,
  removeFunctions,
  removeGroup,
  removeLinks,
  setFunctionsGroup,
  type Project,
} from '../../shared/model';
import { focusAfterRemoval, focusCanvas, focusCard } from '../canvas/card-focus';
import { loadArrange } from '../canvas/view-fit';
import { copySelection, PASTE_OFFSET, pasteInto } from './clipboard';
import { KEYBOARD_MOVES, type Editor, type EditorState } from '../state/editor';
import { EMPTY_SELECTION, type WorkbenchStore } from '../state/store';
import { fromMenu, type Command } from './command';

const hasFunctionSelection = ({ doc }: EditorState) => doc.selection.functionIds.length > 0;
const hasSelection = ({ doc }: EditorState) =>
  doc.selection.functionIds.length > 0 || doc.selection.linkIds.length > 0;

export function deleteSelection(store: WorkbenchStore): void {
  const { selection, project } = store.getState();
  const focus = focusAfterRemoval(
    project.functions.map((fn) => fn.id),
    new Set([...selection.functionIds, ...selection.linkIds]),
  );
  store
    .getState()
    .edit((doc) => removeLinks(removeFunctions(doc, selection.functionIds), selection.linkIds));
  if (focus?.to === 'card') {
    store.getState().select({ functionIds: [focus.functionId], linkIds: [] });
    focusCard(focus.functionId);
  } else {
    store.getState().select(EMPTY_SELECTION);
    if (focus) focusCanvas();
  }
}

/** Runs a clipboard command through the page's copy/cut/paste events (see clipboard.ts). */
function viaClipboardEvent(kind: 'copy' | 'cut') {
  return {
    perform: (editor: Editor) => {
      // execCommand raises the same event as the keyboard shortcut, so one handler serves both;
      // where the browser refuses it, the in-window clipboard still gets the copy.
      if (!document.execCommand(kind)) {
        copySelection(editor);
        if (kind === 'cut') deleteSelection(editor.store);
      }
    },
    enabled: hasFunctionSelection,
  };
}

/** Groups left without functions disappear with the ungrouping that emptied them. */
function dropEmptyGroups(project: Project): Project {
  const used = new Set(project.functions.map((fn) => fn.groupId));
  return project.groups
    .filter((group) => !used.has(group.id))
    .reduce<Project>((doc, group) => removeGroup(doc, group.id), project);
}

/** Arrow keys move the selected cards by one grid step; a run of them is one undo step. */
function nudge<Direction extends 'Left' | 'Right' | 'Up' | 'Down'>(
  direction: Direction,
  dx: number,
  dy: number,
): Command & { readonly id: `edit.nudge${Direction}` } {
  return {
    id: `edit.nudge${direction}`,
    labelKey: `command.edit.nudge${direction}`,
    keys: [direction],
    textAware: true,
    enabled: hasFunctionSelection,
    undo: { merge: KEYBOARD_MOVES },
    perform: ({ store }) => {
      const ids = store.getState().selection.functionIds;
      store.getState().edit((project) => moveFunctions(project, ids, dx, dy));
    },
  };
}

/** Edit menu, the canvas's context menu and the arrow keys. */
export const EDIT_COMMANDS = [
  fromMenu('edit.undo', {
    icon: Undo2,
    enabled: (state) => state.canUndo,
    perform: ({ store }) => store.temporal.getState().undo(),
  }),
  fromMenu('edit.redo', {
    icon: Redo2,
    enabled: (state) => state.canRedo,
    perform: ({ store }) => store.temporal.getState().redo(),
  }),
  fromMenu('edit.cut', viaClipboardEvent('cut')),
  fromMenu('edit.copy', { ...viaClipboardEvent('copy'), keepsDocument: true }),
  // Reading the system clipboard needs a permission; the menu's paste role and Ctrl+V bring
  // its content through the paste event. From here, the last copy made in this window.
  fromMenu('edit.paste', {
    enabled: ({ view }) => view.clipboard !== undefined,
    perform: (editor) => pasteInto(editor, editor.view.getState().clipboard),
  }),
  fromMenu('edit.duplicate', {
    enabled: hasFunctionSelection,
    perform: ({ store }) => {
      let newIds: string[] = [];
      store.getState().edit((project) => {
        const ids = store.getState().selection.functionIds;
        const result = duplicateFunctions(project, ids, () => crypto.randomUUID(), PASTE_OFFSET);
        newIds = result.newIds;
        return result.project;
      });
      store.getState().select({ functionIds: newIds, linkIds: [] });
      if (newIds[0]) focusCard(newIds[0]);
    },
  }),
  fromMenu('edit.rename', {
    enabled: ({ doc }) => doc.selection.functionIds.length === 1,
    perform: ({ store, startRename }) => {
      const [functionId] = store.getState().selection.functionIds;
      if (functionId) startRename(functionId);
    },
  }),
  fromMenu('edit.delete', {
    enabled: hasSelection,
    perform: ({ store }) => deleteSelection(store),
  }),
  fromMenu('edit.selectAll', {
    keepsDocument: true,
    perform: ({ store }) =>
      store.getState().select({
        functionIds: store.getState().project.functions.map((fn) => fn.id),
        linkIds: [],
      }),
  }),
  nudge('Left', -GRID_SIZE, 0),
  nudge('Right', GRID_SIZE, 0),
  nudge('Up', 0, -GRID_SIZE),
  nudge('Down', 0, GRID_SIZE),
  fromMenu('edit.group', {
    enabled: hasFunctionSelection,
    perform: ({ store }) => {
      const { selection, project, language } = store.getState();
      const id = crypto.randomUUID();
      const name = translate(language, 'canvas.group.defaultName', {
        n: project.groups.length + 1,
      });
      store
        .getState()
        .edit((doc) => setFunctionsGroup(addGroup(doc, { id, name }), selection.functionIds, id));
    },
  }),
  fromMenu('edit.ungroup', {
    enabled: ({ doc }) =>
      doc.project.functions.some(
        (fn) => fn.groupId !== undefined && doc.selection.functionIds.includes(fn.id),
      ),
    perform: ({ store }) => {
      const ids = store.getState().selection.functionIds;
      store.getState().edit((doc) => dropEmptyGroups(setFunctionsGroup(doc, ids, undefined)));
    },
  }),
  fromMenu('edit.linkTo', {
    // One function links at a time, and it needs another to link to.
    enabled: ({ doc }) =>
      doc.selection.functionIds.length === 1 && doc.project.functions.length > 1,
    perform: (editor) => editor.openDialog('linkTo'),
  }),
  fromMenu('edit.autoLayout', {
    icon: Network,
    enabled: ({ doc }) => doc.project.functions.length > 0,
    perform: (editor) => void loadArrange().then(({ arrange }) => arrange(editor)),
  }),
];
