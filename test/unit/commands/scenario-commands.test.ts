import { describe, expect, it } from 'vitest';
import { commandState, performCommand } from '../../../renderer/commands/command';
import { commandById, type CommandName } from '../../../renderer/commands/commands';
import {
  activeScenarioId,
  BASELINE_SCENARIO_ID,
  createScenario,
  findScenario,
  removeFunctions,
} from '../../../shared/model';
import { testEditor } from './editor-fixture';

type TestEditor = ReturnType<typeof testEditor>['editor'];
const run = (editor: TestEditor, id: CommandName) => performCommand(commandById(id), editor);
const enabled = (editor: TestEditor, id: CommandName) =>
  commandState(commandById(id), editor.getState()).enabled;
const active = (editor: TestEditor) => activeScenarioId(editor.store.getState().project);
const functionIds = (editor: TestEditor) =>
  editor.store.getState().project.functions.map((fn) => fn.id);

/** An editor whose project has the baseline (fn-1, fn-2) and variant "v" without fn-2. */
function withVariant() {
  const { editor } = testEditor();
  const { store } = editor;
  store
    .getState()
    .edit((project) => createScenario(project, { id: 'v', name: 'V', baselineName: '' }));
  store.getState().edit((project) => removeFunctions(project, ['fn-2']));
  return editor;
}

describe('scenario commands', () => {
  it('step to the next and previous scenario, round the end, one undo step each', () => {
    const editor = withVariant();
    expect(active(editor)).toBe('v');
    run(editor, 'scenario.next');
    expect(active(editor)).toBe(BASELINE_SCENARIO_ID);
    expect(functionIds(editor)).toEqual(['fn-1', 'fn-2']);
    run(editor, 'scenario.previous');
    expect(active(editor)).toBe('v');
    run(editor, 'edit.undo');
    expect(active(editor)).toBe(BASELINE_SCENARIO_ID);
  });

  it('undo walks back across switches, the canvas showing the scenario it changes', () => {
    const editor = withVariant();
    run(editor, 'scenario.previous');
    expect(functionIds(editor)).toEqual(['fn-1', 'fn-2']);
    run(editor, 'edit.undo'); // the switch
    expect(active(editor)).toBe('v');
    expect(functionIds(editor)).toEqual(['fn-1']);
    run(editor, 'edit.undo'); // the removal, in the variant
    expect(active(editor)).toBe('v');
    expect(functionIds(editor)).toEqual(['fn-1', 'fn-2']);
    run(editor, 'edit.redo');
    expect(functionIds(editor)).toEqual(['fn-1']);
    run(editor, 'edit.redo');
    expect(active(editor)).toBe(BASELINE_SCENARIO_ID);
  });

  it('drop from the selection what the scenario switched to does not have', () => {
    const editor = withVariant();
    run(editor, 'scenario.next');
    editor.store.getState().select({ functionIds: ['fn-1', 'fn-2'], linkIds: [] });
    run(editor, 'scenario.next');
    expect(editor.store.getState().selection.functionIds).toEqual(['fn-1']);
  });

  it('are off where they mean nothing: no variants, or deleting the baseline', () => {
    const { editor } = testEditor();
    for (const id of ['scenario.next', 'scenario.compare', 'scenario.rename'] as const) {
      expect(enabled(editor, id), id).toBe(false);
    }
    expect(enabled(editor, 'scenario.new')).toBe(true);
    const variant = withVariant();
    expect(enabled(variant, 'scenario.delete')).toBe(true);
    run(variant, 'scenario.next');
    expect(enabled(variant, 'scenario.delete')).toBe(false);
  });

  it('in a read-only tab, do not switch, but still compare and show differences', () => {
    const editor = withVariant();
    editor.store.setState({ openElsewhere: true });
    expect(enabled(editor, 'scenario.next')).toBe(false);
    expect(enabled(editor, 'scenario.switchTo')).toBe(false);
    expect(enabled(editor, 'scenario.new')).toBe(false);
    expect(enabled(editor, 'scenario.compare')).toBe(true);
    expect(enabled(editor, 'scenario.differences')).toBe(true);
    run(editor, 'scenario.next');
    expect(active(editor)).toBe('v');
  });

  it('mark and unmark the scenario on the canvas as recommended, and toggle the overlay', () => {
    const editor = withVariant();
    const recommended = () => findScenario(editor.store.getState().project, 'v')?.recommended;
    run(editor, 'scenario.recommend');
    expect(recommended()).toBe(true);
    expect(commandById('scenario.recommend').checked?.(editor.getState())).toBe(true);
    run(editor, 'scenario.recommend');
    expect(recommended()).toBeUndefined();
    run(editor, 'scenario.differences');
    expect(editor.view.getState().differencesShown).toBe(true);
  });

  it('open their dialogs', () => {
    const editor = withVariant();
    const dialogs = {
      'scenario.new': 'newScenario',
      'scenario.rename': 'renameScenario',
      'scenario.delete': 'deleteScenario',
      'scenario.switchTo': 'switchScenario',
      'scenario.compare': 'compareScenarios',
    } as const;
    for (const [id, dialog] of Object.entries(dialogs)) {
      run(editor, id as keyof typeof dialogs);
      expect(editor.view.getState().dialog).toBe(dialog);
      editor.closeDialog();
    }
  });
});
