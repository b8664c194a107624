import type { ReactFlowInstance } from '@xyflow/react';
import type { CommandId } from '../../shared/commands/commands';
import { LANGUAGES, translate } from '../../shared/i18n';
import {
  addGroup,
  duplicateFunctions,
  removeGroup,
  setFunctionsGroup,
  type Project,
  moveFunctions,
  removeFunctions,
  removeLinks,
  setFunctionPositions,
} from '../../shared/model';
import { THEMES } from '../../shared/port/settings';
import { onDemand } from '../app/lazy';
import type { Workbench } from '../app/workbench-context';
import { sizeOf } from '../canvas/flow-elements';
import { focusCard } from '../canvas/card-focus';
import { startRename } from '../canvas/rename-state';
import { GRID_SIZE } from '../../shared/layout/grid';
import { copySelection, lastCopiedFragment, PASTE_OFFSET, pasteInto } from '../editor/clipboard';
import { editorHasProject, libraryCommands } from '../library/commands';
import { EMPTY_SELECTION, type WorkbenchState } from '../state/store';

/** dagre is not needed by the first screen. */
const loadAutoLayout = onDemand(() => import('../../shared/layout/auto-layout'));

export interface CommandContext extends Workbench {
  /** The canvas, once React Flow has initialised it. */
  readonly flow: ReactFlowInstance | undefined;
  readonly showAbout: () => void;
  readonly openFind: () => void;
  readonly openCommandPalette: () => void;
  readonly openLinkTo: () => void;
  readonly openExport: () => void;
}

export interface CommandHandler {
  readonly perform: (context: CommandContext) => void;
  readonly enabled?: (state: WorkbenchState, context: CommandContext) => boolean;
}

/** True while the user types in a field: text editing then keeps its own undo and keys. */
export function isEditingText(): boolean {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement)) return false;
  return (
    element.isContentEditable ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement ||
    (element instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(element.type))
  );
}

function next<T>(values: readonly T[], current: T): T {
  return values[(values.indexOf(current) + 1) % values.length] as T;
}

const hasFunctionSelection = (state: WorkbenchState) => state.selection.functionIds.length > 0;
const hasSelection = (state: WorkbenchState) =>
  state.selection.functionIds.length > 0 || state.selection.linkIds.length > 0;

function nudge(dx: number, dy: number): CommandHandler {
  return {
    perform: ({ store }) => {
      const ids = store.getState().selection.functionIds;
      store.getState().edit((project) => moveFunctions(project, ids, dx, dy));
    },
    enabled: hasFunctionSelection,
  };
}

/** Runs a clipboard command through the page's copy/cut/paste events (see clipboard.ts). */
function viaClipboardEvent(kind: 'copy' | 'cut'): CommandHandler {
  return {
    perform: ({ store }) => {
      // execCommand raises the same event as the keyboard shortcut, so one handler serves both;
      // where the browser refuses it, the in-window clipboard still gets the copy.
      if (!document.execCommand(kind)) {
        copySelection(store);
        if (kind === 'cut') deleteSelection(store);
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

export function deleteSelection(store: Workbench['store']): void {
  const { selection } = store.getState();
  store
    .getState()
    .edit((project) =>
      removeLinks(removeFunctions(project, selection.functionIds), selection.linkIds),
    );
  store.getState().select(EMPTY_SELECTION);
}

/**
 * What each command does. Typed by CommandId, so a command in the shared list without a
 * handler here does not compile.
 */
export const COMMAND_HANDLERS: { readonly [Id in CommandId]: CommandHandler } = {
  'file.save': { perform: ({ saver }) => void saver.save() },
  'file.exportPdf': { perform: ({ openExport }) => openExport() },
  'edit.undo': {
    perform: ({ store }) => store.temporal.getState().undo(),
    enabled: (_state, { store }) => store.temporal.getState().pastStates.length > 0,
  },
  'edit.redo': {
    perform: ({ store }) => store.temporal.getState().redo(),
    enabled: (_state, { store }) => store.temporal.getState().futureStates.length > 0,
  },
  'edit.cut': viaClipboardEvent('cut'),
  'edit.copy': viaClipboardEvent('copy'),
  // Reading the system clipboard needs a permission; the menu's paste role and Ctrl+V bring
  // its content through the paste event. From here, the last copy made in this window.
  'edit.paste': {
    perform: ({ store }) => pasteInto(store, lastCopiedFragment()),
    enabled: () => lastCopiedFragment() !== undefined,
  },
  'edit.duplicate': {
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
    enabled: hasFunctionSelection,
  },
  'edit.rename': {
    perform: ({ store }) => {
      const [functionId] = store.getState().selection.functionIds;
      if (functionId) startRename(functionId);
    },
    enabled: (state) => state.selection.functionIds.length === 1,
  },
  'edit.delete': { perform: ({ store }) => deleteSelection(store), enabled: hasSelection },
  'edit.selectAll': {
    perform: ({ store }) =>
      store.getState().select({
        functionIds: store.getState().project.functions.map((fn) => fn.id),
        linkIds: [],
      }),
  },
  'edit.nudgeLeft': nudge(-GRID_SIZE, 0),
  'edit.nudgeRight': nudge(GRID_SIZE, 0),
  'edit.nudgeUp': nudge(0, -GRID_SIZE),
  'edit.nudgeDown': nudge(0, GRID_SIZE),
  'edit.group': {
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
    enabled: hasFunctionSelection,
  },
  'edit.ungroup': {
    perform: ({ store }) => {
      const ids = store.getState().selection.functionIds;
      store.getState().edit((doc) => dropEmptyGroups(setFunctionsGroup(doc, ids, undefined)));
    },
    enabled: (state) =>
      state.project.functions.some(
        (fn) => fn.groupId !== undefined && state.selection.functionIds.includes(fn.id),
      ),
  },
  'edit.linkTo': {
    perform: ({ openLinkTo }) => openLinkTo(),
    // One function links at a time, and it needs another to link to.
    enabled: (state) =>
      state.selection.functionIds.length === 1 && state.project.functions.length > 1,
  },
  'edit.autoLayout': {
    perform: ({ store, flow }) =>
      void loadAutoLayout().then(({ autoLayout }) => {
        const detail = store.getState().detail;
        store.getState().edit((project) =>
          setFunctionPositions(
            project,
            autoLayout(project, (id) => {
              const node = flow?.getNode(id);
              return node
                ? sizeOf(node, detail)
                : sizeOf({ id, position: { x: 0, y: 0 }, data: {} }, detail);
            }),
          ),
        );
        window.requestAnimationFrame(() => void flow?.fitView({ padding: 0.15, duration: 300 }));
      }),
    enabled: (state) => state.project.functions.length > 0,
  },
  'view.commandPalette': { perform: ({ openCommandPalette }) => openCommandPalette() },
  'view.find': { perform: ({ openFind }) => openFind() },
  'view.fit': { perform: ({ flow }) => void flow?.fitView({ padding: 0.15, duration: 200 }) },
  'view.zoomIn': { perform: ({ flow }) => void flow?.zoomIn({ duration: 150 }) },
  'view.zoomOut': { perform: ({ flow }) => void flow?.zoomOut({ duration: 150 }) },
  'view.detail': {
    perform: ({ store }) =>
      store.getState().setDetail(store.getState().detail === 'detailed' ? 'compact' : 'detailed'),
  },
  'view.language': {
    perform: ({ store, port }) => {
      const language = next(LANGUAGES, store.getState().language);
      store.getState().setLanguage(language);
      void port.updateSettings({ language }).catch((error: unknown) => console.error(error));
    },
  },
  'view.theme': {
    perform: ({ store, port }) => {
      const theme = next(THEMES, store.getState().theme);
      store.getState().setTheme(theme);
      void port.updateSettings({ theme }).catch((error: unknown) => console.error(error));
    },
  },
  'help.about': { perform: ({ showAbout }) => showAbout() },
  'file.library': { perform: (context) => libraryCommands.showLibrary(context) },
  'file.newProject': { perform: (context) => libraryCommands.newProject(context) },
  'file.importProject': { perform: (context) => libraryCommands.importProject(context) },
  'file.exportProject': {
    perform: (context) => libraryCommands.exportProject(context),
    enabled: editorHasProject,
  },
};

/**
 * Commands that leave the document as it is; the others are unavailable while the tab shows the
 * project read-only (another tab edits it). A new command is read-only-unsafe until listed here.
 */
const READ_ONLY_COMMANDS: ReadonlySet<CommandId> = new Set<CommandId>([
  'file.exportPdf',
  'edit.copy',
  'edit.selectAll',
  'view.commandPalette',
  'view.find',
  'view.fit',
  'view.zoomIn',
  'view.zoomOut',
  'view.detail',
  'view.language',
  'view.theme',
  'help.about',
  'file.library',
  'file.newProject',
  'file.importProject',
  'file.exportProject',
]);

/** Whether a command is unavailable because the tab is read-only. */
export function blockedWhileReadOnly(id: CommandId, state: WorkbenchState): boolean {
  return state.openElsewhere && !READ_ONLY_COMMANDS.has(id);
}

export function isEnabled(id: CommandId, context: CommandContext): boolean {
  const handler = COMMAND_HANDLERS[id];
  const state = context.store.getState();
  if (blockedWhileReadOnly(id, state)) return false;
  return !handler.enabled || handler.enabled(state, context);
}

export function performCommand(id: CommandId, context: CommandContext): void {
  if (isEnabled(id, context)) COMMAND_HANDLERS[id].perform(context);
}
