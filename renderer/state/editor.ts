import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  activeScenarioId,
  BASELINE_SCENARIO_ID,
  type Fragment,
  type Project,
} from '../../shared/model';
import type { WorkbenchPort } from '../../shared/port/contract';
import type { NavigationState, NavigationStore } from './navigation';
import type { Saver } from './persistence';
import type { Selection, WorkbenchState, WorkbenchStore } from './store';
import type { GlossaryTerm } from './glossary';
import type { TabLock } from './tab-lock';
import type { DesignCheck } from '../../shared/checks';

/** What presentation mode puts back when it ends: the editor exactly as it was left. */
interface EditingState {
  readonly selection: Selection;
  readonly viewport: Viewport | undefined;
  /** Where the keyboard focus was. */
  readonly focus: HTMLElement | undefined;
}

interface Presentation {
  /** 0 is the title slide, then one per function, then the summary. */
  readonly slide: number;
  readonly returnTo: EditingState;
}

/** The dialogs the app opens; one at a time. */
export type EditorDialog =
  | 'commands'
  | 'find'
  | 'linkTo'
  | 'about'
  | 'export'
  | 'print'
  | 'shortcuts'
  | 'glossary'
  | 'versions'
  | 'newScenario'
  | 'renameScenario'
  | 'deleteScenario'
  | 'switchScenario'
  | 'compareScenarios';

/** View state that is neither document nor preference: which dialog is open, the canvas handle. */
export interface ViewState {
  readonly dialog: EditorDialog | undefined;
  /** The canvas, once React Flow has initialised it; commands and panels reach it here. */
  readonly flow: ReactFlowInstance | undefined;
  /** The last fragment copied in this window: pasted when the system clipboard cannot be read. */
  readonly clipboard: Fragment | undefined;
  /** Presentation mode, while it shows (renderer/presentation/). */
  readonly presentation: Presentation | undefined;
  /** The palette and the side panel are hidden, the canvas takes the width (workshops). */
  readonly panelsHidden: boolean;
  /** The term the glossary shows first (the one whose info button opened it). */
  readonly glossaryTerm: GlossaryTerm | undefined;
  /** The canvas marks what differs from the reference scenario (off by default). */
  readonly differencesShown: boolean;
  /**
   * The scenario the compare view and the canvas's differences are measured against: the
   * baseline unless the user picked another (one since deleted falls back to the baseline).
   */
  readonly referenceScenarioId: string;
  /** The function whose card shows its name as a text field (F2, a double-click on the name). */
  readonly renaming: string | undefined;
  /**
   * A check picked in the Checks panel: the inspector of its function takes it once drawn, opens
   * the section where it is fixed and puts the focus on the field.
   */
  readonly checkToFix: { readonly functionId: string; readonly check: DesignCheck } | undefined;
}

/** Everything a command's `enabled` and `checked` read: a snapshot, so they stay pure. */
export interface EditorState {
  readonly doc: WorkbenchState;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly navigation: NavigationState;
  readonly view: ViewState;
}

/** Edits of one merge group this close together (ms) make one undo step. */
export const MERGE_WINDOW_MS = 1000;

/** The merge group of keyboard moves: the arrow-key commands and React Flow's own arrow keys. */
export const KEYBOARD_MOVES = 'keyboard-moves';

/**
 * The editor without React: the document store with its history, the screen, the open dialog and
 * the canvas handle. Commands act on it; components read it through useEditor(); unit tests
 * drive it in Node.
 */
export class Editor {
  readonly view: StoreApi<ViewState> = createStore<ViewState>()(() => ({
    dialog: undefined,
    flow: undefined,
    clipboard: undefined,
    presentation: undefined,
    panelsHidden: false,
    glossaryTerm: undefined,
    differencesShown: false,
    referenceScenarioId: BASELINE_SCENARIO_ID,
    renaming: undefined,
    checkToFix: undefined,
  }));

  /**
   * Which tab edits the project (browser edition): `takeOver` makes it this one. Set once at
   * start, where the lock is claimed before the editor exists; a tab without one edits anyway.
   */
  tabLock: Pick<TabLock, 'takeOver'> = { takeOver: async () => undefined };

  /** The last merging edit: its group, when it ended and the document it left. */
  private mark:
    { readonly group: string; readonly at: number; readonly project: Project } | undefined;

  readonly store: WorkbenchStore;
  readonly port: WorkbenchPort;
  readonly saver: Saver;
  /** Which screen is shown, and what the library should do when it opens. */
  readonly navigation: NavigationStore;
  private readonly now: () => number;

  constructor(parts: {
    readonly store: WorkbenchStore;
    readonly port: WorkbenchPort;
    readonly saver: Saver;
    readonly navigation: NavigationStore;
    /** The clock of the history's merge window; tests set it. */
    readonly now?: () => number;
  }) {
    this.store = parts.store;
    this.port = parts.port;
    this.saver = parts.saver;
    this.navigation = parts.navigation;
    this.now = parts.now ?? Date.now;
    this.store.subscribe((state, previous) => {
      if (activeScenarioId(state.project) !== activeScenarioId(previous.project)) {
        keepSelectionOnCanvas(this.store);
      }
    });
  }

  /**
   * Runs `edit`; its change joins the previous undo step when that came from the same group less
   * than MERGE_WINDOW_MS ago and nothing else changed the document since (an undo, another edit).
   */
  mergingEdits(group: string, edit: () => void): void {
    const before = this.store.getState().project;
    const mark = this.mark;
    const merge =
      mark !== undefined &&
      mark.group === group &&
      mark.project === before &&
      this.now() - mark.at <= MERGE_WINDOW_MS;
    const history = this.store.temporal.getState();
    if (merge) history.pause();
    try {
      edit();
    } finally {
      if (merge) history.resume();
    }
    const after = this.store.getState().project;
    if (after !== before) this.mark = { group, at: this.now(), project: after };
  }

  get flow(): ReactFlowInstance | undefined {
    return this.view.getState().flow;
  }

  // Arrow functions: handed to components as callbacks.
  readonly setFlow = (flow: ReactFlowInstance | undefined): void => {
    this.view.setState({ flow });
  };

  readonly openDialog = (dialog: EditorDialog): void => {
    this.view.setState({ dialog });
  };

  /** Opens the glossary, at `term` when given. */
  readonly openGlossary = (term?: GlossaryTerm): void => {
    this.view.setState({ dialog: 'glossary', glossaryTerm: term });
  };

  readonly closeDialog = (): void => {
    this.view.setState({ dialog: undefined });
  };

  /** Turns the name on a function's card into a text field. */
  readonly startRename = (functionId: string): void => {
    this.view.setState({ renaming: functionId });
  };

  readonly endRename = (): void => {
    this.view.setState({ renaming: undefined });
  };

  /**
   * Ends a rename whose function is no longer in the project (deleted, undone, another project
   * opened), so that it does not reopen if the function comes back. Returns the unsubscribe.
   */
  readonly endRenameOfRemoved = (): (() => void) => {
    const check = (state: WorkbenchState) => {
      const { renaming } = this.view.getState();
      if (renaming && !state.project.functions.some((fn) => fn.id === renaming)) this.endRename();
    };
    check(this.store.getState());
    return this.store.subscribe(check);
  };

  getState(): EditorState {
    const history = this.store.temporal.getState();
    return {
      doc: this.store.getState(),
      canUndo: history.pastStates.length > 0,
      canRedo: history.futureStates.length > 0,
      navigation: this.navigation.getState(),
      view: this.view.getState(),
    };
  }

  /** Calls `listener` after any change a command's state may depend on. */
  readonly subscribe = (listener: () => void): (() => void) => {
    const stops = [
      this.store.subscribe(listener),
      this.store.temporal.subscribe(listener),
      this.navigation.subscribe(listener),
      this.view.subscribe(listener),
    ];
    return () => stops.forEach((stop) => stop());
  };
}

/**
 * After the canvas changed scenario (a switch, or an undo across one), only what exists in the
 * scenario now on the canvas stays selected, so the inspector shows that scenario's function.
 */
function keepSelectionOnCanvas(store: WorkbenchStore): void {
  const { project, selection } = store.getState();
  if (selection.functionIds.length === 0 && selection.linkIds.length === 0) return;
  const functions = new Set(project.functions.map((fn) => fn.id));
  const links = new Set(project.links.map((link) => link.id));
  const functionIds = selection.functionIds.filter((id) => functions.has(id));
  const linkIds = selection.linkIds.filter((id) => links.has(id));
  if (
    functionIds.length !== selection.functionIds.length ||
    linkIds.length !== selection.linkIds.length
  ) {
    store.getState().select({ functionIds, linkIds });
  }
}
