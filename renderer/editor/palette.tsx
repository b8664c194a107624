import type { ReactFlowInstance } from '@xyflow/react';
import type { DragEvent } from 'react';
import { FUNCTION_TYPES } from '../../shared/catalog';
import type { FunctionTypeId, Position } from '../../shared/model';
import { useT, useWorkbench } from '../app/workbench-context';
import { FunctionIcon } from '../canvas/function-icons';
import { PASTE_OFFSET } from './clipboard';
import { addFunctionAt, PALETTE_DRAG_TYPE } from './add-function';

/** The middle of the visible canvas, moved along while a function already stands there. */
function freeSpotAtCentre(flow: ReactFlowInstance, taken: readonly Position[]): Position {
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  const centre = pane
    ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
    : { x: 0, y: 0 };
  let spot = { x: centre.x - 140, y: centre.y - 80 };
  const near = (p: Position) => Math.abs(p.x - spot.x) < 24 && Math.abs(p.y - spot.y) < 24;
  for (let tries = 0; tries < 50 && taken.some(near); tries += 1) {
    spot = { x: spot.x + PASTE_OFFSET.x, y: spot.y + PASTE_OFFSET.y };
  }
  return spot;
}

/** The catalog of function types: drag one onto the canvas, or press Enter to add it. */
export function Palette(props: { flow: ReactFlowInstance | undefined }) {
  const t = useT();
  const workbench = useWorkbench();

  const add = (typeId: FunctionTypeId) => {
    if (!props.flow) return;
    const taken = workbench.store.getState().project.functions.map((fn) => fn.position);
    addFunctionAt(workbench, typeId, freeSpotAtCentre(props.flow, taken));
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
