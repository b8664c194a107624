import { describe, expect, it } from 'vitest';
import { normalizeAccelerator } from '../../../shared/commands/accelerator';
import { COMMANDS } from '../../../shared/commands/commands';
import { commandState, performCommand } from '../../../renderer/commands/command';
import { ALL_COMMANDS, commandById, type CommandName } from '../../../renderer/commands/commands';
import { copySelection } from '../../../renderer/commands/clipboard';
import { MERGE_WINDOW_MS } from '../../../renderer/state/editor';
import { testEditor } from './editor-fixture';

const run = (editor: ReturnType<typeof testEditor>['editor'], id: CommandName) =>
  performCommand(commandById(id), editor);

describe('the command objects', () => {
  it('give every native menu entry exactly one command, and no id twice', () => {
    const ids = ALL_COMMANDS.map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of COMMANDS) {
      expect(
        ALL_COMMANDS.filter((command) => command.id === entry.id),
        entry.id,
      ).toHaveLength(1);
    }
  });

  it('use no key twice, menu or keyboard-only', () => {
    const all = ALL_COMMANDS.flatMap((command) => command.keys.map(normalizeAccelerator));
    expect(all.filter((key, index) => all.indexOf(key) !== index)).toEqual([]);
  });

  it('merge only nudges: every other command is one undo step', () => {
    const merging = ALL_COMMANDS.filter((command) => command.undo !== undefined);
    expect(merging.map((command) => command.id).sort()).toEqual(
      ['edit.nudgeDown', 'edit.nudgeLeft', 'edit.nudgeRight', 'edit.nudgeUp'].sort(),
    );
  });
});

describe('commands on an editor in Node', () => {
  it('change nothing in a read-only tab: only commands that keep the document stay available', () => {
    const { editor, saves } = testEditor();
    const { store } = editor;
    store.getState().select({ functionIds: ['fn-1'], linkIds: [] });
    store.setState({ openElsewhere: true });
    const before = store.getState().project;
    const available = ALL_COMMANDS.filter(
      (command) => commandState(command, editor.getState()).enabled,
    ).map((command) => command.id);
    expect(available).not.toContain('edit.delete');
    expect(available).not.toContain('file.save');
    expect(available).toContain('edit.copy');
    expect(available).toContain('view.zoomIn');
    for (const id of ['edit.delete', 'edit.duplicate', 'edit.nudgeLeft', 'file.save'] as const) {
      run(editor, id);
    }
    // Even an edit that bypasses the commands (a field, a drop on the canvas) is refused.
    store.getState().edit((project) => ({ ...project, name: 'Changed' }));
    expect(store.getState().project).toBe(before);
    expect(saves).toEqual([]);
    store.setState({ openElsewhere: false });
    run(editor, 'edit.delete');
    expect(store.getState().project.functions).toHaveLength(1);
  });

  it('enable undo and redo from the history', () => {
    const { editor } = testEditor();
    const undo = commandById('edit.undo');
    const redo = commandById('edit.redo');
    expect(undo.enabled?.(editor.getState())).toBe(false);
    run(editor, 'edit.selectAll');
    run(editor, 'edit.delete');
    expect(editor.store.getState().project.functions).toHaveLength(0);
    expect(undo.enabled?.(editor.getState())).toBe(true);
    run(editor, 'edit.undo');
    expect(editor.store.getState().project.functions).toHaveLength(2);
    expect(redo.enabled?.(editor.getState())).toBe(true);
  });

  it('open the help sheets and, for File › New, the start screen', () => {
    const { editor } = testEditor();
    run(editor, 'help.shortcuts');
    expect(editor.getState().view.dialog).toBe('shortcuts');
    run(editor, 'help.glossary');
    expect(editor.getState().view.dialog).toBe('glossary');
    run(editor, 'file.newProject');
    expect(editor.getState().navigation.screen).toBe('start');
  });

  it('do nothing while disabled', () => {
    const { editor } = testEditor();
    const before = editor.store.getState().project;
    run(editor, 'edit.delete');
    run(editor, 'edit.nudgeLeft');
    expect(editor.store.getState().project).toBe(before);
  });

  it('tell a toggle’s state through checked', () => {
    const { editor } = testEditor();
    const detail = commandById('view.detail');
    expect(detail.checked?.(editor.getState())).toBe(true);
    run(editor, 'view.detail');
    expect(editor.store.getState().detail).toBe('compact');
    expect(detail.checked?.(editor.getState())).toBe(false);
  });

  it('open dialogs in the editor’s view state, one at a time', () => {
    const { editor } = testEditor();
    run(editor, 'view.find');
    expect(editor.view.getState().dialog).toBe('find');
    run(editor, 'help.about');
    expect(editor.view.getState().dialog).toBe('about');
    editor.closeDialog();
    expect(editor.view.getState().dialog).toBeUndefined();
  });

  it('link only from one selected function to another', () => {
    const { editor } = testEditor();
    const linkTo = commandById('edit.linkTo');
    expect(linkTo.enabled?.(editor.getState())).toBe(false);
    editor.store.getState().select({ functionIds: ['fn-1'], linkIds: [] });
    expect(linkTo.enabled?.(editor.getState())).toBe(true);
    run(editor, 'edit.linkTo');
    expect(editor.view.getState().dialog).toBe('linkTo');
  });

  it('group the selection into a department and take it out again', () => {
    const { editor } = testEditor();
    run(editor, 'edit.selectAll');
    run(editor, 'edit.group');
    const { project } = editor.store.getState();
    expect(project.groups).toHaveLength(1);
    expect(project.functions.every((fn) => fn.groupId === project.groups[0]?.id)).toBe(true);
    run(editor, 'edit.ungroup');
    expect(editor.store.getState().project.groups).toHaveLength(0);
  });

  it('enable paste once something was copied in this window', () => {
    const { editor } = testEditor();
    const paste = commandById('edit.paste');
    expect(paste.enabled?.(editor.getState())).toBe(false);
    run(editor, 'edit.selectAll');
    expect(copySelection(editor)).toContain('fn-1');
    expect(paste.enabled?.(editor.getState())).toBe(true);
    expect(editor.getState().view.clipboard?.functions).toHaveLength(2);
  });

  it('save through the saver and switch the theme through the port', () => {
    const { editor, saves, settings } = testEditor();
    run(editor, 'file.save');
    run(editor, 'view.theme');
    expect(saves).toEqual(['p']);
    expect(settings).toEqual([{ theme: 'dark' }]);
  });
});

describe('nudges and the undo history', () => {
  const x = (editor: ReturnType<typeof testEditor>['editor']) =>
    editor.store.getState().project.functions[0]?.position.x;

  it('merge a run of arrow keys into one undo step', () => {
    const { editor, clock } = testEditor();
    editor.store.getState().select({ functionIds: ['fn-1'], linkIds: [] });
    for (let press = 0; press < 5; press++) {
      clock.now += 100;
      run(editor, 'edit.nudgeRight');
    }
    run(editor, 'edit.nudgeDown');
    expect(x(editor)).toBe(5 * 16);
    expect(editor.store.temporal.getState().pastStates).toHaveLength(1);
    run(editor, 'edit.undo');
    expect(x(editor)).toBe(0);
    expect(editor.store.getState().project.functions[0]?.position.y).toBe(0);
  });

  it('start a new step after a pause, after an undo and after another edit', () => {
    const { editor, clock } = testEditor();
    editor.store.getState().select({ functionIds: ['fn-1'], linkIds: [] });
    run(editor, 'edit.nudgeRight');
    clock.now += MERGE_WINDOW_MS + 1;
    run(editor, 'edit.nudgeRight');
    expect(editor.store.temporal.getState().pastStates).toHaveLength(2);
    run(editor, 'edit.undo');
    run(editor, 'edit.nudgeRight');
    expect(editor.store.temporal.getState().pastStates).toHaveLength(2);
    run(editor, 'edit.group');
    run(editor, 'edit.nudgeRight');
    expect(editor.store.temporal.getState().pastStates).toHaveLength(4);
    run(editor, 'edit.undo');
    expect(x(editor)).toBe(32);
  });
});
