import { useStore } from 'zustand';
import { updateFunction } from '../../shared/model';
import type { Translate } from '../../shared/i18n';
import { useEditor } from '../state/workbench-context';
import { InlineNameInput } from './inline-name';
import { useCanvasPrefs } from './canvas-prefs';

/**
 * A card's name. F2 (the rename command) or a double-click on it turns it into a text field on
 * the card; the committed name is one undo step through the model's own operation.
 */
export function CardTitle(props: {
  readonly functionId: string;
  readonly name: string;
  /** The card's translator (a card subscribes to the language once, for all its parts). */
  readonly t: Translate;
}) {
  const { t } = props;
  const editor = useEditor();
  const { store } = editor;
  const { functionId } = props;
  const editing = useStore(editor.view, (state) => state.renaming === functionId);
  // A read-only tab renames nothing, so its cards do not invite it.
  const { readOnly } = useCanvasPrefs();

  if (!editing) {
    return (
      <span
        className="function-node-name"
        title={readOnly ? undefined : t('canvas.node.rename')}
        onDoubleClick={(event) => {
          // Only the title renames; a double-click elsewhere on the card keeps its own meaning.
          event.stopPropagation();
          if (!store.getState().openElsewhere) editor.startRename(functionId);
        }}
      >
        {props.name}
      </span>
    );
  }
  return (
    <InlineNameInput
      className="function-node-name"
      label={t('canvas.node.nameLabel')}
      value={props.name}
      onCommit={(name) => store.getState().edit((doc) => updateFunction(doc, functionId, { name }))}
      onClose={editor.endRename}
    />
  );
}
