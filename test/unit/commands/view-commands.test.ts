import { describe, expect, it } from 'vitest';
import { performCommand } from '../../../renderer/commands/command';
import { commandById, type CommandName } from '../../../renderer/commands/commands';
import { endPresentation, showSlide } from '../../../renderer/presentation/presentation-mode';
import { testEditor } from './editor-fixture';

type TestEditor = ReturnType<typeof testEditor>['editor'];
const run = (editor: TestEditor, id: CommandName) => performCommand(commandById(id), editor);
const enabled = (editor: TestEditor, id: CommandName) =>
  commandById(id).enabled?.(editor.getState()) ?? true;
const checked = (editor: TestEditor, id: CommandName) =>
  commandById(id).checked?.(editor.getState());

describe('presentation mode', () => {
  it('starts on the title slide and, leaving, gives back the selection it started with', () => {
    const { editor } = testEditor();
    const selection = { functionIds: ['fn-2'], linkIds: [] };
    editor.store.getState().select(selection);
    run(editor, 'view.present');
    expect(editor.view.getState().presentation?.slide).toBe(0);
    expect(enabled(editor, 'view.present')).toBe(false);

    showSlide(editor, 2);
    expect(editor.view.getState().presentation?.slide).toBe(2);
    editor.store.getState().select({ functionIds: [], linkIds: [] });
    endPresentation(editor);
    expect(editor.view.getState().presentation).toBeUndefined();
    expect(editor.store.getState().selection).toBe(selection);
    expect(enabled(editor, 'view.present')).toBe(true);
  });

  it('lets no menu command edit the design or open a dialog while the slides show', () => {
    const { editor, saves } = testEditor();
    editor.store.getState().select({ functionIds: ['fn-1'], linkIds: [] });
    const before = editor.store.getState().project;
    run(editor, 'view.present');
    for (const id of ['edit.delete', 'edit.duplicate', 'edit.autoLayout', 'edit.rename'] as const) {
      run(editor, id);
    }
    expect(editor.store.getState().project).toBe(before);
    expect(editor.view.getState().renaming).toBeUndefined();
    for (const id of [
      'file.exportPdf',
      'help.about',
      'view.find',
      'view.commandPalette',
    ] as const) {
      run(editor, id);
      expect(editor.view.getState().dialog).toBeUndefined();
    }
    run(editor, 'file.library');
    expect(editor.getState().navigation.screen).toBe('editor');
    // Saving, the theme and large type change nothing behind the slides: they stay.
    run(editor, 'file.save');
    expect(saves).toHaveLength(1);
    const theme = editor.store.getState().theme;
    run(editor, 'view.theme');
    expect(editor.store.getState().theme).not.toBe(theme);
    run(editor, 'view.largeType');
    expect(editor.store.getState().largeType).toBe(true);

    // Once the presentation ends, the commands act again.
    endPresentation(editor);
    run(editor, 'edit.delete');
    expect(editor.store.getState().project.functions.map((fn) => fn.id)).toEqual(['fn-2']);
  });

  it('is not offered on the library screen, which has no design to show', () => {
    const { editor } = testEditor();
    editor.navigation.getState().show('library');
    expect(enabled(editor, 'view.present')).toBe(false);
    run(editor, 'view.present');
    expect(editor.view.getState().presentation).toBeUndefined();
  });
});

describe('the workshop layout', () => {
  it('hides the palette and the side panel, and brings them back', () => {
    const { editor } = testEditor();
    expect(checked(editor, 'view.panels')).toBe(false);
    run(editor, 'view.panels');
    expect(editor.view.getState().panelsHidden).toBe(true);
    expect(checked(editor, 'view.panels')).toBe(true);
    run(editor, 'view.panels');
    expect(checked(editor, 'view.panels')).toBe(false);
  });

  it('turns large type on the cards on and off, and saves the setting', () => {
    const { editor, settings } = testEditor();
    expect(checked(editor, 'view.largeType')).toBe(false);
    run(editor, 'view.largeType');
    expect(checked(editor, 'view.largeType')).toBe(true);
    run(editor, 'view.largeType');
    expect(settings).toEqual([{ largeType: true }, { largeType: false }]);
  });

  it('zooms to the selection only when there is one', () => {
    const { editor } = testEditor();
    expect(enabled(editor, 'view.zoomToSelection')).toBe(false);
    editor.store.getState().select({ functionIds: ['fn-1'], linkIds: [] });
    expect(enabled(editor, 'view.zoomToSelection')).toBe(true);
  });
});
