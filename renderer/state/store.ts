import { temporal, type TemporalState } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Project } from '../../shared/model';
import type { PortErrorCode } from '../../shared/port/errors';
import type { Settings } from '../../shared/port/settings';

/** The project being edited: the only undoable part of the state. */
export interface DocumentSlice {
  readonly project: Project;
  /** Applies a pure operation from shared/model; one call is one undo step. */
  readonly edit: (operation: (project: Project) => Project) => void;
}

export type SaveStatus = 'idle' | 'saving' | 'failed';

/** Where the project stands against storage; not undoable. */
export interface SessionSlice {
  /** The project as last written; the document is dirty while it differs. */
  readonly savedProject: Project | undefined;
  readonly lastSavedAt: string | undefined;
  /**
   * The stored revision the document is based on (undefined until first stored); a save names
   * it, and is refused with `conflict` if the stored project changed since.
   */
  readonly revision: string | undefined;
  readonly saveStatus: SaveStatus;
  readonly saveError: PortErrorCode | undefined;
  readonly markSaving: () => void;
  readonly markSaved: (project: Project, savedAt: string, revision: string) => void;
  readonly markSaveFailed: (code: PortErrorCode) => void;
  /**
   * Another tab edits this project: this one shows it read-only and saves nothing, so the two
   * never overwrite each other (renderer/state/tab-lock.ts).
   */
  readonly openElsewhere: boolean;
}

/** What is selected on the canvas; ids of functions and links. */
export interface Selection {
  readonly functionIds: readonly string[];
  readonly linkIds: readonly string[];
}

export const EMPTY_SELECTION: Selection = { functionIds: [], linkIds: [] };

/** Node cards show only the essentials, or every figure. */
export type Detail = 'compact' | 'detailed';

export const SIDE_PANELS = ['inspector', 'project', 'checks', 'summary'] as const;
export type SidePanel = (typeof SIDE_PANELS)[number];

/** Preferences and transient view state; not undoable. */
export interface UiSlice {
  readonly language: Settings['language'];
  readonly theme: Settings['theme'];
  readonly selection: Selection;
  readonly sidePanel: SidePanel;
  readonly detail: Detail;
  /** Larger type on the cards, for a room (a setting, saved with the others). */
  readonly largeType: boolean;
  readonly select: (selection: Selection) => void;
  readonly showSidePanel: (panel: SidePanel) => void;
  readonly setDetail: (detail: Detail) => void;
  readonly setLargeType: (largeType: boolean) => void;
  /** A message shown once in the status bar (e.g. why the last project did not open). */
  readonly notice: string | undefined;
  readonly setLanguage: (language: Settings['language']) => void;
  readonly setTheme: (theme: Settings['theme']) => void;
  readonly setNotice: (notice: string | undefined) => void;
  /** Inspector sections the user closed; remembered in the settings. */
  readonly closedSections: readonly string[];
  readonly setClosedSections: (sections: readonly string[]) => void;
  /** Whether the canvas's first-run hint was dismissed; remembered in the settings. */
  readonly canvasHintDismissed: boolean;
  readonly dismissCanvasHint: () => void;
}

export type WorkbenchState = DocumentSlice & SessionSlice & UiSlice;

/**
 * Whether cards draw their names large: the "large type" setting, or the projector theme, which
 * has large type of its own (canvas.css). The one rule for it: the canvas's prefs, its
 * level-of-detail threshold and the clearing of cards that grew all read it here.
 */
export const largeNames = (state: Pick<UiSlice, 'largeType' | 'theme'>): boolean =>
  state.largeType || state.theme === 'projector';
export type WorkbenchStore = StoreApi<WorkbenchState> & {
  temporal: StoreApi<TemporalState<Pick<WorkbenchState, 'project'>>>;
};

export interface StoreSeed {
  readonly project: Project;
  /** True when `project` is what storage holds (opened, not newly created). */
  readonly stored: boolean;
  /** The stored revision, when opened from storage. */
  readonly revision?: string;
  readonly settings: Settings;
}

/** Undo steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;

export function createWorkbenchStore(seed: StoreSeed): WorkbenchStore {
  return createStore<WorkbenchState>()(
    temporal(
      (set) => ({
        project: seed.project,
        // A read-only tab (openElsewhere) changes nothing, whichever control asked.
        edit: (operation) =>
          set((state) => (state.openElsewhere ? {} : { project: operation(state.project) })),

        savedProject: seed.stored ? seed.project : undefined,
        lastSavedAt: seed.stored ? seed.project.updatedAt : undefined,
        revision: seed.revision,
        saveStatus: 'idle',
        saveError: undefined,
        markSaving: () => set({ saveStatus: 'saving', saveError: undefined }),
        markSaved: (project, savedAt, revision) =>
          set({ savedProject: project, lastSavedAt: savedAt, revision, saveStatus: 'idle' }),
        markSaveFailed: (code) => set({ saveStatus: 'failed', saveError: code }),
        openElsewhere: false,

        language: seed.settings.language,
        theme: seed.settings.theme,
        notice: undefined,
        selection: EMPTY_SELECTION,
        sidePanel: 'inspector',
        detail: 'detailed',
        largeType: seed.settings.largeType ?? false,
        select: (selection) => set({ selection }),
        showSidePanel: (sidePanel) => set({ sidePanel }),
        setDetail: (detail) => set({ detail }),
        setLargeType: (largeType) => set({ largeType }),
        setLanguage: (language) => set({ language }),
        setTheme: (theme) => set({ theme }),
        setNotice: (notice) => set({ notice }),
        closedSections: seed.settings.closedSections ?? [],
        setClosedSections: (closedSections) => set({ closedSections }),
        canvasHintDismissed: seed.settings.canvasHintDismissed ?? false,
        dismissCanvasHint: () => set({ canvasHintDismissed: true }),
      }),
      {
        partialize: (state) => ({ project: state.project }),
        // Only document changes make history; UI and session changes do not.
        equality: (past, current) => past.project === current.project,
        limit: HISTORY_LIMIT,
      },
    ),
  ) as WorkbenchStore;
}

export function isDirty(state: WorkbenchState): boolean {
  return state.project !== state.savedProject;
}
