import type { ReactFlowInstance } from '@xyflow/react';
import type { DragEvent } from 'react';
import { FUNCTION_TYPES } from '../../shared/catalog';
import type { FunctionTypeId } from '../../shared/model';
import { useT, useWorkbench } from '../app/workbench-context';
import { FunctionIcon } from '../canvas/function-icons';
import { addFunctionInPlace, PALETTE_DRAG_TYPE } from './add-function';

/** The catalog of function types: drag one onto the canvas, or press Enter to add it. */
export function Palette(props: { flow: ReactFlowInstance | undefined }) {
  const t = useT();
  const workbench = useWorkbench();

  const add = (typeId: FunctionTypeId) => {
    if (props.flow) addFunctionInPlace(workbench, props.flow, typeId);
  };
  const onDragStart = (event: DragEvent, typeId: FunctionTypeId) => {
    event.dataTransfer.setData(PALETTE_DRAG_TYPE, typeId);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <nav className="palette" aria-label={t('palette.label')}>
      <h2 className="palette-title">{t('palette.label')}</h2>
      <ul>
        {FUNCTION_TYPES.map((type) => {
          return (
            <li key={type.id}>
              <button
                type="button"
                className="palette-item"
                draggable
                data-type-id={type.id}
                title={`${t(type.descriptionKey)}\n${t('palette.hint')}`}
                onDragStart={(event) => onDragStart(event, type.id)}
                onClick={() => add(type.id)}
              >
                <FunctionIcon typeId={type.id} size={18} />
                <span>{t(type.nameKey)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="palette-hint">{t('palette.hint')}</p>
    </nav>
  );
}
