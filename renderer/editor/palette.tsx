import type { ReactFlowInstance } from '@xyflow/react';
import type { DragEvent } from 'react';
import { FUNCTION_TYPES } from '../../shared/catalog';
import type { FunctionTypeId, Position } from '../../shared/model';
import { useT, useWorkbench } from '../app/workbench-context';
import { FunctionIcon } from '../canvas/function-icons';
import { freeSpot } from '../../shared/layout/free-spot';
import { NODE_HEIGHT_ESTIMATE, NODE_WIDTH } from '../../shared/layout/node-size';
import type { Detail } from '../state/store';
import { addFunctionAt, PALETTE_DRAG_TYPE } from './add-function';

/** A free spot for a new card in the middle of the visible canvas. */
function spotAtCentre(flow: ReactFlowInstance, taken: readonly Position[], detail: Detail) {
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  const centre = pane
    ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
    : { x: 0, y: 0 };
  const size = { width: NODE_WIDTH[detail], height: NODE_HEIGHT_ESTIMATE[detail] };
  return freeSpot({ x: centre.x - size.width / 2, y: centre.y - size.height / 2 }, taken, size);
}

/** The catalog of function types: drag one onto the canvas, or press Enter to add it. */
export function Palette(props: { flow: ReactFlowInstance | undefined }) {
  const t = useT();
  const workbench = useWorkbench();

  const add = (typeId: FunctionTypeId) => {
    if (!props.flow) return;
    const { project, detail } = workbench.store.getState();
    const taken = project.functions.map((fn) => fn.position);
    addFunctionAt(workbench, typeId, spotAtCentre(props.flow, taken, detail));
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
