import { createFunction } from '../../shared/catalog';
import {
  addFunction,
  FUNCTION_TYPE_IDS,
  type FunctionTypeId,
  type Position,
} from '../../shared/model';
import type { Workbench } from '../app/workbench-context';
import { snapToGrid } from '../../shared/layout/grid';

/** The drag-and-drop data type of a palette item: a function type id. */
export const PALETTE_DRAG_TYPE = 'application/x-ssw-function-type';

export function isFunctionTypeId(value: string): value is FunctionTypeId {
  return (FUNCTION_TYPE_IDS as readonly string[]).includes(value);
}

/**
 * Adds a function of the type at a canvas position (snapped to the grid) as one undo step,
 * selects it and opens it in the inspector. Default texts come in the language of the UI the
 * user is working in.
 */
export function addFunctionAt(workbench: Workbench, typeId: FunctionTypeId, at: Position): string {
  const { store } = workbench;
  const { project, language } = store.getState();
  const id = crypto.randomUUID();
  const fn = createFunction({
    typeId,
    id,
    position: { x: snapToGrid(at.x), y: snapToGrid(at.y) },
    language,
    currency: project.currency,
    newId: () => crypto.randomUUID(),
  });
  store.getState().edit((doc) => addFunction(doc, fn));
  store.getState().select({ functionIds: [id], linkIds: [] });
  store.getState().showSidePanel('inspector');
  return id;
}
