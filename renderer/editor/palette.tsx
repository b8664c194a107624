import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { FUNCTION_TYPES } from '../../shared/catalog';
import type { FunctionTypeId } from '../../shared/model';
import { useEditor, useT, useWorkbenchState } from '../state/workbench-context';
import { FunctionIcon } from '../canvas/function-icons';
import { addFunctionInPlace, PALETTE_DRAG_TYPE } from '../canvas/add-function';

/** Where each key moves the palette's focus, from the item at `index` of `count`. */
function nextIndex(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * The catalog of function types: drag one onto the canvas, or press Enter to add it. The list is
 * one stop in the Tab order (a vertical toolbar with a roving tabindex: the arrow keys, Home and
 * End move within it), so that Tab goes on to the canvas instead of through every type.
 */
export function Palette() {
  const t = useT();
  const editor = useEditor();
  // A read-only tab adds nothing: the items stay visible, greyed out.
  const readOnly = useWorkbenchState((state) => state.openElsewhere);
  // The item that takes the focus when Tab enters the palette: the one last used.
  const [current, setCurrent] = useState(0);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  const add = (typeId: FunctionTypeId) => {
    if (editor.flow) addFunctionInPlace(editor, editor.flow, typeId);
  };
  const onDragStart = (event: DragEvent, typeId: FunctionTypeId) => {
    event.dataTransfer.setData(PALETTE_DRAG_TYPE, typeId);
    event.dataTransfer.effectAllowed = 'copy';
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = nextIndex(event.key, current, FUNCTION_TYPES.length);
    if (index === undefined) return;
    // Handled here, the arrows do not also nudge the selected cards.
    event.preventDefault();
    setCurrent(index);
    items.current[index]?.focus();
  };

  return (
    <nav className="palette" aria-label={t('palette.label')}>
      <h2 className="palette-title">{t('palette.label')}</h2>
      <div
        className="palette-list"
        role="toolbar"
        aria-orientation="vertical"
        aria-label={t('palette.label')}
        onKeyDown={onKeyDown}
      >
        {FUNCTION_TYPES.map((type, index) => (
          <button
            key={type.id}
            ref={(element) => {
              items.current[index] = element;
            }}
            type="button"
            className="palette-item"
            tabIndex={index === current ? 0 : -1}
            draggable={!readOnly}
            disabled={readOnly}
            data-type-id={type.id}
            title={
              readOnly ? t(type.descriptionKey) : `${t(type.descriptionKey)}\n${t('palette.hint')}`
            }
            onFocus={() => setCurrent(index)}
            onDragStart={(event) => onDragStart(event, type.id)}
            onClick={() => add(type.id)}
          >
            <FunctionIcon typeId={type.id} size={18} />
            <span>{t(type.nameKey)}</span>
          </button>
        ))}
      </div>
      {!readOnly && <p className="palette-hint">{t('palette.hint')}</p>}
    </nav>
  );
}
