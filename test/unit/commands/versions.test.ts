import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  BASELINE_SCENARIO_ID,
  createScenario,
  renameProject,
  switchScenario,
  updateFunction,
  type Project,
} from '../../../shared/model';
import { CHECKPOINT_MINUTES } from '../../../shared/port/checkpoints';
import { DEFAULT_SETTINGS } from '../../../shared/port/settings';
import { commandById } from '../../../renderer/commands/commands';
import { commandState, performCommand } from '../../../renderer/commands/command';
import { restoreVersion } from '../../../renderer/library/actions';
import { Editor } from '../../../renderer/state/editor';
import { createNavigation } from '../../../renderer/state/navigation';
import { createSaver } from '../../../renderer/state/persistence';
import { createWorkbenchStore, isDirty } from '../../../renderer/state/store';
import { blankProject } from '../shell/fixtures';
import { createBrowserPort } from '../../../renderer/port/browser/browser-port';
import { readProjectBytes } from '../../../shared/port/project-read';
import { counterIds, testClock } from '../storage/back-ends';
import { bigProject } from '../../fixtures/big-project';

/** An editor on a real library (the browser back end over fake-indexeddb). */
async function editorOnLibrary(project: Project = blankProject(1, 'First')) {
  globalThis.indexedDB = new IDBFactory();
  const clock = testClock();
  const port = createBrowserPort({
    now: clock.now,
    newId: counterIds(),
    readFile: async (bytes) => readProjectBytes(bytes),
  });
  const first = await port.saveProject(project);
  clock.advance(CHECKPOINT_MINUTES * 60 * 1000);
  const opened = await port.openProject('project-1');
  const store = createWorkbenchStore({
    project: opened.project,
    stored: true,
    revision: opened.revision,
    settings: DEFAULT_SETTINGS,
  });
  const editor = new Editor({
    store,
    port,
    saver: createSaver(store, port),
    navigation: createNavigation(),
  });
  return { editor, api: port, first };
}

describe('File › Versions…', () => {
  it('opens the Versions dialog, also in a tab that shows the project read-only', async () => {
    const { editor } = await editorOnLibrary();
    const versions = commandById('file.versions');
    editor.store.setState({ openElsewhere: true });
    expect(commandState(versions, editor.getState()).enabled).toBe(true);
    performCommand(versions, editor);
    expect(editor.getState().view.dialog).toBe('versions');
    editor.navigation.getState().show('library');
    expect(commandState(versions, editor.getState()).enabled).toBe(false);
  });

  it('restores a version as one undo step, after storing the work and keeping what it replaces', async () => {
    const { editor, api } = await editorOnLibrary();
    const { store } = editor;
    store.getState().edit((project) => renameProject(project, 'Second'));
    expect(isDirty(store.getState())).toBe(true);
    const [first] = await api.listBackups('project-1');
    expect(first?.name).toBe('First');

    await restoreVersion(editor, first?.backupId ?? '');
    expect(store.getState().project.name).toBe('First');
    expect(isDirty(store.getState())).toBe(false);
    // The unsaved edit was stored before the restore, and kept as a checkpoint by it.
    expect((await api.listBackups('project-1')).map((backup) => backup.name)).toContain('Second');

    store.temporal.getState().undo();
    expect(store.getState().project.name).toBe('Second');
    expect(isDirty(store.getState())).toBe(true);
    // Undone, it saves over the restored version without a conflict.
    expect(await editor.saver.save()).toBe(true);
    expect((await api.openProject('project-1')).project.name).toBe('Second');
  });

  it('a restored version keeps the objects of what it does not change: only those cards redraw', async () => {
    let stored: Project = { ...bigProject(30, 'en', false), id: 'project-1', name: 'First' };
    stored = createScenario(stored, { id: 'variant', name: 'Variant', baselineName: '' });
    stored = switchScenario(updateFunction(stored, 'fn-2', { name: 'In the variant' }), 'baseline');
    const { editor, api } = await editorOnLibrary(stored);
    const { store } = editor;
    const [first] = await api.listBackups('project-1');
    store.getState().edit((project) => updateFunction(project, 'fn-3', { name: 'Renamed' }));
    const before = store.getState().project;

    await restoreVersion(editor, first?.backupId ?? '');
    const after = store.getState().project;
    expect(after.functions.find((fn) => fn.id === 'fn-3')?.name).not.toBe('Renamed');
    after.functions.forEach((fn, index) => {
      if (fn.id === 'fn-3') expect(fn).not.toBe(before.functions[index]);
      else expect(fn).toBe(before.functions[index]);
    });
    expect(after.people).toBe(before.people);
    expect(after.links).toBe(before.links);
    // The scenario aside, unchanged by the edit, is the same design as before the restore.
    const variant = (project: Project) =>
      project.scenarios?.list.find((scenario) => scenario.id === 'variant')?.design;
    expect(variant(after)?.functions).toBe(variant(before)?.functions);
    expect(after.scenarios?.activeId).toBe(BASELINE_SCENARIO_ID);
  });
});
