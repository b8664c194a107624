import { describe, expect, it } from 'vitest';
import { moveFunctions, removeFunctions, renameProject } from '../../../shared/model';
import { performCommand } from '../../../renderer/commands/command';
import { commandById } from '../../../renderer/commands/commands';
import { MERGE_WINDOW_MS } from '../../../renderer/state/editor';
import { testEditor } from './editor-fixture';

describe('the editor object', () => {
  it('tells its listeners of document, history, screen and view changes, until they stop', () => {
    const { editor } = testEditor();
    let calls = 0;
    const stop = editor.subscribe(() => calls++);
    editor.store.getState().edit((project) => renameProject(project, 'Renamed'));
    const afterEdit = calls;
    expect(afterEdit).toBeGreaterThan(0);
    editor.navigation.getState().show('library');
    expect(calls).toBeGreaterThan(afterEdit);
    const afterScreen = calls;
    editor.openDialog('find');
    expect(calls).toBeGreaterThan(afterScreen);
    stop();
    const stopped = calls;
    editor.closeDialog();
    editor.store.temporal.getState().undo();
    expect(calls).toBe(stopped);
  });

  it('gives commands a snapshot of its state', () => {
    const { editor } = testEditor();
    const exportProject = commandById('file.exportProject');
    expect(exportProject.enabled?.(editor.getState())).toBe(true);
    editor.navigation.getState().show('library');
    expect(editor.getState().navigation.screen).toBe('library');
    expect(exportProject.enabled?.(editor.getState())).toBe(false);
    editor.navigation.getState().set({ screen: 'editor', editorHasProject: false });
    expect(exportProject.enabled?.(editor.getState())).toBe(false);
  });

  it('merges edits of one group within the window into one undo step', () => {
    const { editor, clock } = testEditor();
    const move = () =>
      editor.store.getState().edit((project) => moveFunctions(project, ['fn-1'], 16, 0));
    editor.mergingEdits('drag', move);
    clock.now += MERGE_WINDOW_MS;
    editor.mergingEdits('drag', move);
    // Another group starts its own step, and breaks the run.
    editor.mergingEdits('other', move);
    editor.mergingEdits('drag', move);
    expect(editor.store.temporal.getState().pastStates).toHaveLength(3);
    expect(editor.store.getState().project.functions[0]?.position.x).toBe(64);
    editor.store.temporal.getState().undo(3);
    expect(editor.store.getState().project.functions[0]?.position.x).toBe(0);
  });

  it('makes no undo step, and keeps no mark, for an edit that changes nothing', () => {
    const { editor } = testEditor();
    editor.mergingEdits('drag', () => undefined);
    editor.mergingEdits('drag', () =>
      editor.store.getState().edit((project) => moveFunctions(project, ['fn-1'], 16, 0)),
    );
    expect(editor.store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('holds the canvas handle and the open dialog', () => {
    const { editor } = testEditor();
    expect(editor.flow).toBeUndefined();
    editor.openDialog('commands');
    expect(editor.getState().view.dialog).toBe('commands');
  });
});

describe('the in-place rename', () => {
  it('belongs to one editor: renaming in one leaves another as it is', () => {
    const first = testEditor().editor;
    const second = testEditor().editor;
    first.store.getState().select({ functionIds: ['fn-1'], linkIds: [] });
    performCommand(commandById('edit.rename'), first);
    expect(first.view.getState().renaming).toBe('fn-1');
    expect(second.view.getState().renaming).toBeUndefined();
    second.endRename();
    expect(first.view.getState().renaming).toBe('fn-1');
  });

  it('ends when its function leaves the project, and stays ended when it comes back', () => {
    const { editor } = testEditor();
    const stop = editor.endRenameOfRemoved();
    editor.startRename('fn-2');
    editor.store.getState().edit((project) => removeFunctions(project, ['fn-2']));
    expect(editor.view.getState().renaming).toBeUndefined();
    editor.store.temporal.getState().undo();
    expect(editor.store.getState().project.functions.map((fn) => fn.id)).toContain('fn-2');
    expect(editor.view.getState().renaming).toBeUndefined();
    stop();
  });
});
