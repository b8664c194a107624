import type { CommandId } from '../commands/commands';
import type { Project } from '../model';
import type { PortResult } from './errors';
import type { Settings, SettingsPatch } from './settings';

/** One row of the project library. */
export interface ProjectSummary {
  readonly id: string;
  readonly name: string;
  readonly company: string;
  /** ISO 8601 time of the last save. */
  readonly updatedAt: string;
}

/** Where an exported file went; `saved` is false when the user cancelled the save dialog. */
export interface SavedFile {
  readonly saved: boolean;
  /** The path chosen on the desktop; the browser edition downloads and has none. */
  readonly path?: string;
}

export interface SaveReceipt {
  readonly id: string;
  readonly savedAt: string;
}

/**
 * The one port the renderer depends on. Implemented by the desktop back end (main process,
 * reached through the preload bridge) and by the browser edition (IndexedDB). Every method
 * rejects with a PortError on failure.
 */
export interface WorkbenchApi {
  listProjects(): Promise<ProjectSummary[]>;
  openProject(id: string): Promise<Project>;
  saveProject(project: Project): Promise<SaveReceipt>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  /** Saves a PDF: native save dialog on the desktop, a download in the browser edition. */
  savePdf(pdf: Uint8Array, fileName: string): Promise<SavedFile>;
}

export type WorkbenchMethod = keyof WorkbenchApi;

/** Every method, listed once; typed so that a method missing here does not compile. */
const METHOD_SET: { readonly [M in WorkbenchMethod]: true } = {
  listProjects: true,
  openProject: true,
  saveProject: true,
  getSettings: true,
  updateSettings: true,
  savePdf: true,
};
export const WORKBENCH_METHODS = Object.keys(METHOD_SET) as WorkbenchMethod[];

/** IPC channel of a method; the only channels the main process listens on. */
export function channelOf(method: WorkbenchMethod): string {
  return `workbench:${method}`;
}

/** Channel on which the main process tells the renderer to perform a command (native menu). */
export const COMMAND_CHANNEL = 'workbench:command';

/** The port as the renderer sees it: the API plus where it runs and menu commands. */
export interface WorkbenchPort extends WorkbenchApi {
  readonly edition: 'desktop' | 'browser';
  /** Subscribe to commands chosen in a native menu; returns the unsubscribe function. */
  onMenuCommand(listener: (id: CommandId) => void): () => void;
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
};
