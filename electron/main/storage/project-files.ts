import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseProjectFile, type Project } from '../../../shared/model';
import type { ProjectSummary, SaveReceipt } from '../../../shared/port/contract';
import { PortError } from '../../../shared/port/errors';
import { compareSummaries, summarizeProject } from '../../../shared/port/summary';
import { atomicWriteFile } from './atomic-write';
import { storageError } from './file-errors';

export const PROJECT_FILE_SUFFIX = '.ssw.json';
/** How many earlier versions of each project are kept beside it. */
export const BACKUPS_KEPT = 5;

export interface ProjectFilesOptions {
  readonly folder: string;
  readonly now: () => Date;
}

/**
 * One JSON file per project in `folder`, each write atomic, the previous version copied to
 * `backups/` first (a rolling set of BACKUPS_KEPT per project).
 */
export class ProjectFiles {
  readonly #folder: string;
  readonly #backups: string;
  readonly #now: () => Date;

  constructor(options: ProjectFilesOptions) {
    this.#folder = options.folder;
    this.#backups = join(options.folder, 'backups');
    this.#now = options.now;
  }

  fileOf(id: string): string {
    return join(this.#folder, `${id}${PROJECT_FILE_SUFFIX}`);
  }

  async list(): Promise<ProjectSummary[]> {
    let names: string[];
    try {
      names = await readdir(this.#folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw storageError(error, 'list projects');
    }
    const summaries: ProjectSummary[] = [];
    for (const name of names.filter((n) => n.endsWith(PROJECT_FILE_SUFFIX))) {
      const id = name.slice(0, -PROJECT_FILE_SUFFIX.length);
      try {
        summaries.push(summarizeProject(await this.open(id)));
      } catch {
        // A damaged file stays on disk untouched; it is reported when the user opens it.
      }
    }
    return summaries.sort(compareSummaries);
  }

  async open(id: string): Promise<Project> {
    let text: string;
    try {
      text = await readFile(this.fileOf(id), 'utf8');
    } catch (error) {
      throw storageError(error, `read project ${id}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new PortError('damaged', `project ${id} is not valid JSON: ${String(error)}`);
    }
    const parsed = parseProjectFile(json);
    if (!parsed.ok) {
      const first = parsed.errors[0];
      throw new PortError('damaged', `project ${id}: ${first?.path ?? ''} ${first?.message ?? ''}`);
    }
    return parsed.project;
  }

  async save(project: Project): Promise<SaveReceipt> {
    const savedAt = this.#now().toISOString();
    const file = this.fileOf(project.id);
    try {
      await mkdir(this.#folder, { recursive: true });
      await this.#backUp(project.id, file);
      await atomicWriteFile(
        file,
        `${JSON.stringify({ ...project, updatedAt: savedAt }, null, 2)}\n`,
      );
    } catch (error) {
      throw error instanceof PortError ? error : storageError(error, `save project ${project.id}`);
    }
    return { id: project.id, savedAt };
  }

  async #backUp(id: string, file: string): Promise<void> {
    const folder = join(this.#backups, id);
    await mkdir(folder, { recursive: true });
    const stamp = this.#now().toISOString().replace(/[:.]/g, '-');
    try {
      await copyFile(file, join(folder, `${stamp}${PROJECT_FILE_SUFFIX}`));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // first save
      throw error;
    }
    const kept = (await readdir(folder)).filter((n) => n.endsWith(PROJECT_FILE_SUFFIX)).sort();
    for (const old of kept.slice(0, Math.max(0, kept.length - BACKUPS_KEPT))) {
      await rm(join(folder, old), { force: true });
    }
  }

  async backupsOf(id: string): Promise<string[]> {
    try {
      const names = await readdir(join(this.#backups, id));
      return names.filter((n) => n.endsWith(PROJECT_FILE_SUFFIX)).sort();
    } catch {
      return [];
    }
  }
}
