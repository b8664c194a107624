import { moveById } from '../model/ops/arrays';
import { setPresentationOrder } from '../model/ops/project';
import type { Position, Project, SalesFunction } from '../model/schema';

/** Things whose tops are this close (canvas units) read as one row, left to right. */
const ROW_TOLERANCE = 40;

/** Reading order: rows from the top, each row from the left. */
function readingOrder<T>(items: readonly T[], at: (item: T) => Position): T[] {
  const byTop = [...items].sort((a, b) => at(a).y - at(b).y);
  const rows: T[][] = [];
  for (const item of byTop) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first !== undefined && at(item).y - at(first).y <= ROW_TOLERANCE) row.push(item);
    else rows.push([item]);
  }
  return rows.flatMap((row) => row.sort((a, b) => at(a).x - at(b).x));
}

/** A department's functions, or a function outside any, with its top-left corner. */
interface Block {
  readonly corner: Position;
  readonly functions: readonly SalesFunction[];
}

/**
 * The order in which presentation mode shows the functions, as function ids. Without an order
 * of the user's: department by department, each department's functions in reading order of the
 * layout, and the departments (and the functions outside any) in reading order of their top-left
 * corners. A stored order is followed; functions it does not name (added since) come after it
 * in that default order, and ids of functions that no longer exist are skipped.
 */
export function presentationOrder(project: Project): string[] {
  const byGroup = new Map<string | undefined, SalesFunction[]>();
  for (const fn of project.functions) {
    const list = byGroup.get(fn.groupId);
    if (list) list.push(fn);
    else byGroup.set(fn.groupId, [fn]);
  }
  const blocks: Block[] = [];
  for (const [groupId, functions] of byGroup) {
    const members = groupId === undefined ? functions.map((fn) => [fn]) : [functions];
    for (const list of members) {
      const corner = {
        x: Math.min(...list.map((fn) => fn.position.x)),
        y: Math.min(...list.map((fn) => fn.position.y)),
      };
      blocks.push({ corner, functions: readingOrder(list, (fn) => fn.position) });
    }
  }
  const byLayout = readingOrder(blocks, (block) => block.corner).flatMap((block) =>
    block.functions.map((fn) => fn.id),
  );
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
