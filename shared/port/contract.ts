import type { CommandId } from '../commands/commands';
import type { Project } from '../model';
import type { PortResult } from './errors';
import type { Settings, SettingsPatch } from './settings';

/**
 * One row of the project library. The figures are computed when the project is saved and kept in
 * the library index, so listing never reads every project.
 */
export interface ProjectSummary {
  readonly id: string;
  readonly name: string;
  readonly company: string;
  /** ISO 8601 time of the last save. */
  readonly updatedAt: string;
  readonly functions: number;
  readonly fte: number;
  /** Design checks of severity "error" still open. */
  readonly openErrors: number;
  /** Scenarios in the project, the baseline included: 1 when it has no variants. */
  readonly scenarios: number;
  /**
   * With variants: the scenario the figures are of — the one on the canvas when it was saved,
   * which is also the one it opens on. Its name as stored (empty for an unnamed baseline).
   */
  readonly figuresOf?: { readonly id: string; readonly name: string };
  /** The stored file cannot be read; opening it offers the newest good backup instead. */
  readonly damaged?: boolean;
}

/** A project in the trash: restorable until it is purged (by the user or after TRASH_DAYS). */
export interface TrashedProject extends ProjectSummary {
  readonly trashedAt: string;
}

export interface OpenedProject {
  readonly project: Project;
  /**
   * The stored version's revision: changes whenever the stored project does (a save from this
   * window, another tab, another program). A save names the revision it started from.
   */
  readonly revision: string;
  /** Set when the stored file had an older format version; the original is kept as a backup. */
  readonly migratedFrom?: number;
}

/** An earlier version of a project kept by the back end. */
export interface BackupInfo {
  /** Opaque to the renderer; names the backup in recoverProject. */
  readonly backupId: string;
  /** When that version was saved (its own updatedAt when readable). */
  readonly savedAt: string;
  /** `original` is the file as it was before a format migration; never rotated away. */
  readonly kind: 'rolling' | 'original';
  /** Bytes the version takes as a project file (what the Versions dialog shows, in KB). */
  readonly size: number;
  readonly readable: boolean;
  readonly name?: string;
  readonly functions?: number;
}

/** Why a project file was refused; the renderer words `kind`, `detail` says where. */
export interface FileProblem {
  /** In the order the reader checks (shared/port/project-file.ts). */
  readonly kind:
    'too-large' | 'bad-encoding' | 'empty' | 'not-json' | 'too-deep' | 'invalid' | 'newer-version';
  readonly detail: string;
}

/** An import either stored a project or touched nothing and says why. */
export type ImportOutcome =
  | {
      readonly ok: true;
      readonly summary: ProjectSummary;
      /** The same project (same id, same content) was already in the library: nothing added. */
      readonly alreadyPresent: boolean;
      readonly migratedFrom?: number;
    }
  | { readonly ok: false; readonly problem: FileProblem };

/** Where an exported file went; `saved` is false when the user cancelled the save dialog. */
export interface SavedFile {
  readonly saved: boolean;
  /** The path chosen on the desktop; the browser edition downloads and has none. */
  readonly path?: string;
}

/** How printing went: sent to the printer, or cancelled (or, in a browser, the tab blocked). */
export interface PrintedFile {
  readonly printed: boolean;
}

/** A project exported to a file: a native save dialog on the desktop, a download in a browser. */
export interface ExportedFile extends SavedFile {
  readonly fileName: string;
}

/**
 * Something the back end found at start that the user should hear about once; the renderer
 * words it from the catalogs (`storage.notice.<code>`).
 */
export type StartupNotice = 'settings-reset' | 'index-rebuilt';

export interface SaveReceipt {
  readonly id: string;
  readonly savedAt: string;
  /** The revision of the version just stored; the next save starts from it. */
  readonly revision: string;
}

/**
 * The one port the renderer depends on. Implemented by the desktop back end (main process,
 * reached through the preload bridge) and by the browser edition (IndexedDB). Every method
 * rejects with a PortError on failure.
 */
export interface WorkbenchApi {
  /** Projects in the library (not the trash), most recently changed first. */
  listProjects(): Promise<ProjectSummary[]>;
  /** Rejects with `damaged` when the stored file cannot be read (it is left untouched). */
  openProject(id: string): Promise<OpenedProject>;
  /**
   * Creates or updates; refused for a project in the trash. With `baseRevision` (the revision
   * the edits started from), refused with `conflict` when the stored project has changed since
   * — in another tab, or on disk by another program — so that nobody's work is overwritten
   * unseen; the user then chooses. Without it (a new project), stored whatever is there.
   */
  saveProject(project: Project, baseRevision?: string): Promise<SaveReceipt>;
  renameProject(id: string, name: string): Promise<ProjectSummary>;
  /** A copy under a new id and the given name. */
  duplicateProject(id: string, name: string): Promise<ProjectSummary>;
  trashProject(id: string): Promise<void>;
  restoreProject(id: string): Promise<ProjectSummary>;
  listTrash(): Promise<TrashedProject[]>;
  /** Deletes a project in the trash for good, with its backups. */
  purgeProject(id: string): Promise<void>;
  /** Earlier versions, newest first. */
  listBackups(id: string): Promise<BackupInfo[]>;
  /**
   * Makes a backup the current version. A damaged current file is set aside (kept, never
   * overwritten); a readable one becomes a backup itself.
   */
  recoverProject(id: string, backupId: string): Promise<OpenedProject>;
  /**
   * Validates a project file (its bytes, as read: the encoding is checked too) and adds it to
   * the library; nothing stored is touched if refused.
   */
  importProject(bytes: Uint8Array): Promise<ImportOutcome>;
  exportProject(id: string): Promise<ExportedFile>;
  /** Recently opened projects, newest first; the first one is reopened at start. */
  listRecent(): Promise<ProjectSummary[]>;
  markRecent(id: string): Promise<void>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  /** Saves a PDF: native save dialog on the desktop, a download in the browser edition. */
  savePdf(pdf: Uint8Array, fileName: string): Promise<SavedFile>;
  /**
   * Prints a PDF: the system print dialog on the desktop; the browser edition opens it in a new
   * tab, whose viewer prints it.
   */
  printPdf(pdf: Uint8Array, fileName: string): Promise<PrintedFile>;
  /** What happened to storage at start that the user should be told; each is given once. */
  takeStartupNotices(): Promise<StartupNotice[]>;
  /** Which native menu items are enabled or checked now (desktop; nothing in a browser). */
  updateMenuState(state: MenuState): Promise<void>;
  /**
   * Stops reading the file being opened from the OS (the "Opening …" notice's Cancel; desktop):
   * nothing of it is imported, the app stays as it was. Files waiting after it still open.
   */
  cancelOpening(): Promise<void>;
}

/** A command's state as the native menu shows it; `checked` only for items with a check mark. */
export interface MenuItemState {
  readonly enabled: boolean;
  readonly checked?: boolean;
}

/** The state of the menu's commands, pushed by the renderer whenever it changes. */
export type MenuState = Partial<Record<CommandId, MenuItemState>>;

export type WorkbenchMethod = keyof WorkbenchApi;

/** Every method, listed once; typed so that a method missing here does not compile. */
const METHOD_SET: { readonly [M in WorkbenchMethod]: true } = {
  listProjects: true,
  openProject: true,
  saveProject: true,
  renameProject: true,
  duplicateProject: true,
  trashProject: true,
  restoreProject: true,
  listTrash: true,
  purgeProject: true,
  listBackups: true,
  recoverProject: true,
  importProject: true,
  exportProject: true,
  listRecent: true,
  markRecent: true,
  getSettings: true,
  updateSettings: true,
  savePdf: true,
  printPdf: true,
  takeStartupNotices: true,
  updateMenuState: true,
  cancelOpening: true,
};
export const WORKBENCH_METHODS = Object.keys(METHOD_SET) as WorkbenchMethod[];

/** IPC channel of a method; the only channels the main process listens on. */
export function channelOf(method: WorkbenchMethod): string {
  return `workbench:${method}`;
}

/** Channel on which the main process tells the renderer to perform a command (native menu). */
export const COMMAND_CHANNEL = 'workbench:command';

/**
 * Channel on which the main process asks the renderer to open a project of the library: a
 * recent project chosen in the File menu, or a file opened from the OS (imported first).
 */
export const OPEN_PROJECT_CHANNEL = 'workbench:open-project';

/**
 * Channel on which the main process tells the renderer which file from the OS it is reading
 * (its name), or null once none is: the renderer shows "Opening …" with Cancel meanwhile.
 */
export const FILE_OPENING_CHANNEL = 'workbench:file-opening';

/**
 * Channel on which the renderer tells the main process that it listens for projects to open
 * and files being opened: what main had for it before is sent then, so nothing is lost while
 * the window starts.
 */
export const RENDERER_LISTENING_CHANNEL = 'workbench:renderer-listening';

/**
 * Channel on which the main process asks the renderer whether its window may close (the window's
 * close button, Quit); the renderer stores pending work and answers on CLOSE_ANSWER_CHANNEL.
 */
export const CLOSE_REQUEST_CHANNEL = 'workbench:close-request';
export const CLOSE_ANSWER_CHANNEL = 'workbench:close-answer';

/**
 * Answers a close request: resolves true when the work is stored (the window may close), false
 * when saving failed (the main process then asks the user what to do).
 */
export type CloseRequestListener = () => Promise<boolean>;

/** The port as the renderer sees it: the API plus where it runs and menu commands. */
export interface WorkbenchPort extends WorkbenchApi {
  readonly edition: 'desktop' | 'browser';
  /** Subscribe to commands chosen in a native menu; returns the unsubscribe function. */
  onMenuCommand(listener: (id: CommandId) => void): () => void;
  /** Subscribe to requests to open a project (desktop only); returns the unsubscribe function. */
  onOpenProject(listener: (id: string) => void): () => void;
  /**
   * Subscribe to the file from the OS being read (its name; undefined when none is; desktop
   * only); returns the unsubscribe function.
   */
  onFileOpening(listener: (file: string | undefined) => void): () => void;
  /** Answer the main process's close requests (desktop only); returns the unsubscribe function. */
  onCloseRequest(listener: CloseRequestListener): () => void;
}

/** Name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'salesWorkbench';

/**
 * What the preload exposes: one function per API method, answering with a PortResult (errors do
 * not survive the context bridge), plus the menu-command subscription. Never ipcRenderer itself.
 */
export type DesktopBridge = {
  readonly [M in WorkbenchMethod]: (
    ...args: Parameters<WorkbenchApi[M]>
  ) => Promise<PortResult<Awaited<ReturnType<WorkbenchApi[M]>>>>;
} & {
  onMenuCommand(listener: (id: CommandId) => void): () => void;
  onOpenProject(listener: (id: string) => void): () => void;
  onFileOpening(listener: (file: string | undefined) => void): () => void;
  onCloseRequest(listener: CloseRequestListener): () => void;
};
