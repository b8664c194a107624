import { translate, type Language } from '../../shared/i18n';
import { createBlankProject, shareUnchanged, type Project } from '../../shared/model';
import { copyOfProject } from '../../shared/port/project-file';
import type { Sample } from '../../shared/samples';
import { onDemand } from '../ui-kit/lazy';
import type { Workbench } from '../state/workbench-context';
import { loadIntoStore, rememberOpened } from '../state/persistence';
import { portCode, UnsavedWorkError, unsavedNotice } from './problems';
import { EMPTY_SELECTION, isDirty } from '../state/store';

/**
 * The library's workflows: each leaves the editor's work safely stored before it replaces the
 * project in the editor, and none discards unsaved work. Errors are PortErrors for the caller
 * to word.
 */

/** Stores the editor's work if it has changes; refuses to go on if that fails. */
async function secureEditor({ store, saver, navigation }: Workbench): Promise<void> {
  if (!navigation.getState().editorHasProject) return;
  const saved = await saver.flush();
  if (!saved || isDirty(store.getState())) throw new UnsavedWorkError(store.getState().project);
}

/** Shows the library; the editor's work is saved first, and the library says if that failed. */
export async function showLibrary(workbench: Workbench): Promise<void> {
  try {
    await secureEditor(workbench);
    workbench.navigation.getState().set({ screen: 'library' });
  } catch (error) {
    workbench.navigation
      .getState()
      .set({ screen: 'library', libraryNotice: unsavedNotice(workbench, error) });
  }
}

/** Puts a stored project into the editor and shows it. */
function enterEditor(
  workbench: Workbench,
  project: Project,
  revision: string,
  notice?: string,
): void {
  loadIntoStore(workbench.store, project, revision);
  workbench.store.getState().setNotice(notice);
  workbench.saver.opened(project.id);
  workbench.navigation.getState().set({
    screen: 'editor',
    editorHasProject: true,
    recover: undefined,
    libraryNotice: undefined,
  });
  void rememberOpened(workbench.port, project.id).catch((error: unknown) => console.error(error));
}

export async function openInEditor(workbench: Workbench, id: string): Promise<void> {
  const language = workbench.store.getState().language;
  const { navigation } = workbench;
  if (id === workbench.store.getState().project.id && navigation.getState().editorHasProject) {
    navigation.getState().show('editor');
    return;
  }
  await secureEditor(workbench);
  const opened = await workbench.port.openProject(id);
  const notice =
    opened.migratedFrom === undefined
      ? undefined
      : translate(language, 'library.notice.migrated', { version: opened.migratedFrom });
  enterEditor(workbench, opened.project, opened.revision, notice);
}

/** Reloads the editor's project after the library changed it (renamed, restored …). */
export async function refreshEditor(workbench: Workbench, id: string): Promise<void> {
  const state = workbench.store.getState();
  if (state.project.id !== id || isDirty(state)) return;
  const opened = await workbench.port.openProject(id);
  loadIntoStore(workbench.store, shareUnchanged(state.project, opened.project), opened.revision);
}

export async function recoverInEditor(
  workbench: Workbench,
  id: string,
  backupId: string,
): Promise<void> {
  await secureEditor(workbench);
  const { project, revision } = await workbench.port.recoverProject(id, backupId);
  enterEditor(workbench, project, revision);
}

/**
 * Makes a kept version of the editor's project its current one (File › Versions…). The work is
 * stored first; the back end keeps the version it replaces as a checkpoint before it writes, so
 * restoring can be undone by restoring that one. In the editor the restore is one undo step:
 * Undo brings the replaced version back (as an unsaved change, stored by the next autosave).
 */
export async function restoreVersion(workbench: Workbench, backupId: string): Promise<void> {
  await secureEditor(workbench);
  const { store, port } = workbench;
  const recovered = await port.recoverProject(store.getState().project.id, backupId);
  const { revision } = recovered;
  // What the version does not change keeps its objects: only the cards that differ redraw.
  const project = shareUnchanged(store.getState().project, recovered.project);
  store.setState({
    project,
    revision,
    savedProject: project,
    lastSavedAt: project.updatedAt,
    saveStatus: 'idle',
    saveError: undefined,
    selection: EMPTY_SELECTION,
  });
}

export type ProjectSource = 'blank' | Sample['id'];

/** The samples and their JSON are not needed by the first screen. */
const loadSamples = onDemand(() => import('../../shared/samples'));

async function newProject(
  source: ProjectSource,
  language: Language,
  newId: () => string,
  now: string,
): Promise<Project> {
  if (source === 'blank') {
    return createBlankProject({
      id: newId(),
      name: translate(language, 'app.untitled'),
      now,
      language,
    });
  }
  const { loadSample } = await loadSamples();
  return copyOfProject(loadSample(source, language), { id: newId(), now });
}

/** A new project, blank or from a sample, stored at once so that it is in the library. */
export async function createProject(
  workbench: Workbench,
  source: ProjectSource,
  newId: () => string = () => crypto.randomUUID(),
): Promise<void> {
  await secureEditor(workbench);
  const language: Language = workbench.store.getState().language;
  const project = await newProject(source, language, newId, new Date().toISOString());
  const receipt = await workbench.port.saveProject(project);
  enterEditor(workbench, { ...project, updatedAt: receipt.savedAt }, receipt.revision);
}

/**
 * After a save was refused because the stored project changed elsewhere: the editor takes the
 * stored version (this window's unsaved changes are dropped, as the user chose).
 */
export async function reloadStored(workbench: Workbench): Promise<void> {
  const { store, port } = workbench;
  const opened = await port.openProject(store.getState().project.id);
  loadIntoStore(store, opened.project, opened.revision);
}

/**
 * After a save was refused because the stored project changed elsewhere: this window's version
 * is stored as a new project ("… (copy)") and edited from there; the other stays as stored.
 */
export async function keepAsCopy(
  workbench: Workbench,
  newId: () => string = () => crypto.randomUUID(),
): Promise<void> {
  const { store, port } = workbench;
  const { project, language } = store.getState();
  const name = translate(language, 'library.copyName', { name: project.name }).slice(0, 200);
  const copy = copyOfProject(project, { id: newId(), name, now: new Date().toISOString() });
  const receipt = await port.saveProject(copy);
  enterEditor(workbench, { ...copy, updatedAt: receipt.savedAt }, receipt.revision);
}

/** Exports the editor's project (stored first, so the file has the latest work). */
export async function exportCurrent(workbench: Workbench): Promise<void> {
  const { store, port } = workbench;
  const language = store.getState().language;
  try {
    await secureEditor(workbench);
    const file = await port.exportProject(store.getState().project.id);
    if (file.saved) {
      store
        .getState()
        .setNotice(translate(language, 'library.toast.exported', { file: file.fileName }));
    }
  } catch (error) {
    store.getState().setNotice(
      translate(language, 'library.failed', {
        reason: translate(language, `error.${store.getState().saveError ?? portCode(error)}`),
      }),
    );
  }
}
