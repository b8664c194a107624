import { createStore, type StoreApi } from 'zustand/vanilla';

/** The start screen: samples, a new project, import, recent projects (first run, File › New). */
export type Screen = 'start' | 'library' | 'editor';

/** Which screen is shown, and what the library should do when it opens. */
export interface NavigationState {
  readonly screen: Screen;
  /**
   * False while the editor holds no project of the library (at start, when the last project
   * could not be opened): the library then offers no way back to the editor.
   */
  readonly editorHasProject: boolean;
  /** A project the library should offer to recover from a backup (it could not be opened). */
  readonly recover: { readonly id: string; readonly detail?: string } | undefined;
  /** A message shown at the top of the library (why a project did not open, …). */
  readonly libraryNotice: string | undefined;
  /**
   * Set by "Import…" from a menu or the start screen to the screen it was chosen on: the library
   * opens its file chooser once it is shown, and a cancelled chooser goes back there.
   */
  readonly importFrom: Screen | undefined;
  readonly show: (screen: Screen) => void;
  readonly set: (patch: Partial<Omit<NavigationState, 'show' | 'set'>>) => void;
}

export type NavigationStore = StoreApi<NavigationState>;

/**
 * Not part of the document store: switching screens is neither undoable nor saved. The editor
 * owns one (editor.navigation); bootstrap fills it in before the editor exists.
 */
export function createNavigation(): NavigationStore {
  return createStore<NavigationState>()((set) => ({
    screen: 'editor',
    editorHasProject: true,
    recover: undefined,
    libraryNotice: undefined,
    importFrom: undefined,
    show: (screen) => set({ screen }),
    set: (patch) => set(patch),
  }));
}
