import { parseProjectFile, type Project } from '../../../shared/model';
import type {
  ProjectSummary,
  SavedFile,
  SaveReceipt,
  WorkbenchPort,
} from '../../../shared/port/contract';
import { PortError } from '../../../shared/port/errors';
import { settingsFrom, type Settings, type SettingsPatch } from '../../../shared/port/settings';
import { compareSummaries, summarizeProject } from '../../../shared/port/summary';
import { openDatabase, storageFailure, type Database } from './database';

/** Earlier versions kept per project, as on the desktop. */
export const BROWSER_BACKUPS_KEPT = 5;
const SETTINGS_KEY = 'settings';

/**
 * The browser edition's back end: projects, backups and settings in IndexedDB. A save is one
 * transaction (backup of the previous version, trimming, new version), so it lands whole or
 * not at all.
 */
export function createBrowserPort(now: () => Date = () => new Date()): WorkbenchPort {
  let database: Promise<Database> | undefined;
  const db = (): Promise<Database> => (database ??= openDatabase());

  async function openProject(id: string): Promise<Project> {
    let stored: unknown;
    try {
      stored = await (await db()).get('projects', id);
    } catch (error) {
      throw storageFailure(error, `read project ${id}`);
    }
    if (stored === undefined) throw new PortError('not-found', `project ${id}`);
    const parsed = parseProjectFile(stored);
    if (!parsed.ok) {
      const first = parsed.errors[0];
      throw new PortError('damaged', `project ${id}: ${first?.path ?? ''} ${first?.message ?? ''}`);
    }
    return parsed.project;
  }

  async function listProjects(): Promise<ProjectSummary[]> {
    let stored: unknown[];
    try {
      stored = await (await db()).getAll('projects');
    } catch (error) {
      throw storageFailure(error, 'list projects');
    }
    const summaries: ProjectSummary[] = [];
    for (const record of stored) {
      const parsed = parseProjectFile(record);
      if (parsed.ok) summaries.push(summarizeProject(parsed.project));
    }
    return summaries.sort(compareSummaries);
  }

  async function saveProject(project: Project): Promise<SaveReceipt> {
    const savedAt = now().toISOString();
    try {
      const tx = (await db()).transaction(['projects', 'backups'], 'readwrite');
      const projects = tx.objectStore('projects');
      const backups = tx.objectStore('backups');
      const previous = await projects.get(project.id);
      if (previous !== undefined) {
        await backups.put({
          projectId: project.id,
          savedAt: previous.updatedAt,
          project: previous,
        });
        const keys = await backups.index('byProject').getAllKeys(project.id);
        const surplus = keys.length - BROWSER_BACKUPS_KEPT;
        for (const key of keys.sort(compareBackupKeys).slice(0, Math.max(0, surplus))) {
          await backups.delete(key);
        }
      }
      await projects.put({ ...project, updatedAt: savedAt });
      await tx.done;
    } catch (error) {
      throw storageFailure(error, `save project ${project.id}`);
    }
    return { id: project.id, savedAt };
  }

  async function getSettings(): Promise<Settings> {
    try {
      return settingsFrom(await (await db()).get('settings', SETTINGS_KEY));
    } catch (error) {
      throw storageFailure(error, 'read settings');
    }
  }

  async function updateSettings(patch: SettingsPatch): Promise<Settings> {
    const next: Settings = { ...(await getSettings()), ...patch };
    try {
      await (await db()).put('settings', next, SETTINGS_KEY);
    } catch (error) {
      throw storageFailure(error, 'write settings');
    }
    return next;
  }

  async function savePdf(pdf: Uint8Array, fileName: string): Promise<SavedFile> {
    const url = URL.createObjectURL(
      new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
    );
    try {
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
    } finally {
      // The download has started from the URL; give it a moment before letting it go.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    }
    return { saved: true };
  }

  return {
    edition: 'browser',
    savePdf,
    listProjects,
    openProject,
    saveProject,
    getSettings,
    updateSettings,
    // The browser edition has no native menu; commands come from the page itself.
    onMenuCommand: () => () => undefined,
  };
}

function compareBackupKeys(a: [string, string], b: [string, string]): number {
  return a[1].localeCompare(b[1]);
}
