import type { ReactFlowInstance } from '@xyflow/react';
import { displayFor, type Display } from '../../shared/display';
import { dropClearOfDepartments, type Cleared } from '../../shared/layout/department-clear';
import { nudgedClear, tooClose } from '../../shared/layout/free-spot';
import type { Rect, Size } from '../../shared/layout/rect';
import { setFunctionPositions, type FunctionTypeId, type Position } from '../../shared/model';
import { functionById } from '../state/derived';
import type { WorkbenchStore } from '../state/store';
import type { Workbench } from '../state/workbench-context';
import { addFunctionAt, cardSizes, roomFor } from './add-function';
import { bringIntoView } from './view-follow';
import { samePosition, snappedPositions, type CanvasView } from './flow-elements';

/**
 * Adds a function dropped from the palette: where it was dropped (its top-left corner at the
 * pointer), or, when that would cover a card or a department's frame, pushed just clear of it —
 * a card dropped on another lands beside it instead of hiding it, and one dropped on a
 * department does not look like its member (the Group field makes it one). A card pushed clear
 * is announced (`announce`, the canvas's live region), naming what it was kept clear of: the
 * user sees it land elsewhere than the pointer, a screen reader user would not know. The view
 * follows a card that lands out of sight.
 * Loaded on demand, with placeDropped: the first screen has no drop to handle.
 */
export function addFunctionDropped(
  workbench: Workbench,
  flow: ReactFlowInstance,
  typeId: FunctionTypeId,
  at: Position,
  announce: (message: string) => void,
): void {
  const room = roomFor(workbench, cardSizes(flow, workbench.store.getState().detail));
  const placed = nudgedClear(at, room.taken, room.size);
  const moved = !samePosition(placed, at);
  const notice = moved ? clearedOf(workbench, room, at) : undefined;
  const id = addFunctionAt(workbench, typeId, placed);
  if (notice) announce(notice);
  // Pushed clear, it may land under the notices over the canvas or past its edge: the view
  // follows it there (snapped to the grid, as the document has it).
  const added = functionById(workbench.store.getState().project, id);
  if (added) bringIntoView(flow, { ...added.position, ...room.size }, 200, false);
}

/**
 * What a card dropped at `at` was pushed clear of, as said to the user: the card it would have
 * covered (the one nearest the drop), else the department it would have seemed to join.
 */
function clearedOf(
  { store }: Workbench,
  room: ReturnType<typeof roomFor>,
  at: Position,
): string | undefined {
  const { project, language } = store.getState();
  const display = displayFor(language, project.currency);
  const cardId = nearestCovered(room.cards, at, room.size);
  const fn = cardId === undefined ? undefined : functionById(project, cardId);
  if (fn) return display.text('canvas.drop.besideCard', { name: display.functionName(fn) });
  const groupId = nearestCovered(room.frames, at, room.size);
  const group = project.groups.find((candidate) => candidate.id === groupId);
  return (
    group && display.text('canvas.drop.outsideDepartment', { name: groupName(display, group) })
  );
}

function groupName(display: Display, group: { readonly name: string }): string {
  return display.name(group.name) || display.text('inspector.general.unnamedGroup');
}

/**
 * Writes the positions of cards dropped after a drag by the pointer (`held`) to the document,
 * snapped to the grid, as one undo step, nudged clear of the departments they would otherwise
 * misrepresent: frames overlapping, a card inside another department's frame
 * (dropClearOfDepartments; without the cards' sizes, where dropped). A nudge is announced,
 * naming what the cards were moved clear of.
 */
export function placeDropped(
  store: WorkbenchStore,
  held: CanvasView['held'],
  sizeOf: ((functionId: string) => Size) | undefined,
  announce: (message: string) => void,
): void {
  const placed = snappedPositions(held);
  let clearOf: Cleared | undefined;
  store.getState().edit((doc) => {
    const after = setFunctionPositions(doc, placed);
    if (!sizeOf) return after;
    const by = dropClearOfDepartments(doc, after, new Set(held.keys()), sizeOf);
    if (by.x === 0 && by.y === 0) return after;
    clearOf = by.clearOf;
    return setFunctionPositions(
      doc,
      placed.map(({ id, position }) => ({
        id,
        position: { x: position.x + by.x, y: position.y + by.y },
      })),
    );
  });
  if (clearOf) announce(movedClearOf(store, clearOf));
}

/**
 * What cards dragged and dropped were moved clear of, as said to the user: the department they
 * would have seemed to join, or the card their department's frame would have taken in.
 */
function movedClearOf(store: WorkbenchStore, clearOf: Cleared): string {
  const { project, language } = store.getState();
  const display = displayFor(language, project.currency);
  if ('groupId' in clearOf) {
    const group = project.groups.find((candidate) => candidate.id === clearOf.groupId);
    return display.text('canvas.drag.outsideDepartment', {
      name: group ? groupName(display, group) : '',
    });
  }
  const fn = functionById(project, clearOf.functionId);
  return display.text('canvas.drag.besideCard', { name: fn ? display.functionName(fn) : '' });
}

/** The id of the rect a card of `size` at `at` covers whose centre is nearest the card's. */
function nearestCovered(rects: ReadonlyMap<string, Rect>, at: Position, size: Size) {
  const centre = { x: at.x + size.width / 2, y: at.y + size.height / 2 };
  const distance = (rect: Rect) =>
    Math.hypot(rect.x + rect.width / 2 - centre.x, rect.y + rect.height / 2 - centre.y);
  return [...rects]
    .filter(([, rect]) => tooClose(at, size, rect))
    .sort(([, a], [, b]) => distance(a) - distance(b))[0]?.[0];
}
