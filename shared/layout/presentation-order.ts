import { moveById } from '../model/ops/arrays';
import { setPresentationOrder } from '../model/ops/project';
import type { Project, SalesFunction } from '../model/schema';

/** Cards whose tops are this close (canvas units) read as one row, left to right. */
const ROW_TOLERANCE = 40;

/** Reading order of cards: rows from the top, each row from the left. */
function readingOrder(functions: readonly SalesFunction[]): SalesFunction[] {
  const byTop = [...functions].sort((a, b) => a.position.y - b.position.y);
  const rows: SalesFunction[][] = [];
  for (const fn of byTop) {
    const row = rows.at(-1);
    const rowTop = row?.[0]?.position.y;
    if (row && rowTop !== undefined && fn.position.y - rowTop <= ROW_TOLERANCE) row.push(fn);
    else rows.push([fn]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.position.x - b.position.x));
}

/**
 * The order in which presentation mode shows the functions, as function ids. Without an order
 * of the user's, department by department (in the project's order of departments, then the
 * functions outside any), each in reading order of the layout. A stored order is followed;
 * functions it does not name (added since) come after it in that default order, and ids of
 * functions that no longer exist are skipped.
 */
export function presentationOrder(project: Project): string[] {
  const ungrouped = project.functions.filter((fn) => fn.groupId === undefined);
  const byLayout = [
    ...project.groups.flatMap((group) =>
      readingOrder(project.functions.filter((fn) => fn.groupId === group.id)),
    ),
    ...readingOrder(ungrouped),
  ].map((fn) => fn.id);
  const stored = project.presentationOrder;
  if (!stored) return byLayout;
  const existing = new Set(byLayout);
  const chosen = [...new Set(stored)].filter((id) => existing.has(id));
  const named = new Set(chosen);
  return [...chosen, ...byLayout.filter((id) => !named.has(id))];
}

/** Moves one function to `toIndex` of the presentation order; the order is stored from then on. */
export function moveInPresentation(project: Project, functionId: string, toIndex: number): Project {
  const order = presentationOrder(project).map((id) => ({ id }));
  const moved = moveById(order, functionId, toIndex);
  return moved === order
    ? project
    : setPresentationOrder(
        project,
        moved.map((item) => item.id),
      );
}
