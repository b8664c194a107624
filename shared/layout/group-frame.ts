import type { Group, SalesFunction } from '../model';
import { GRID_SIZE } from './grid';
import { unionOf, type Rect } from './rect';

/**
 * Space between a department's frame and its cards, in canvas units; the top leaves room for
 * the department's name. Whole grid steps, so a frame around cards on the grid sits on it too.
 */
export const FRAME_PADDING = {
  side: 2 * GRID_SIZE,
  top: 3 * GRID_SIZE,
  bottom: 2 * GRID_SIZE,
} as const;

/**
 * A department's frame around its members' cards: the canvas, the report and the layouts all
 * draw or keep clear of this same rectangle. Undefined for a department without members (it
 * has no frame).
 */
export function frameBounds(memberRects: readonly Rect[]): Rect | undefined {
  const around = unionOf(memberRects);
  if (!around) return undefined;
  return {
    x: around.x - FRAME_PADDING.side,
    y: around.y - FRAME_PADDING.top,
    width: around.width + 2 * FRAME_PADDING.side,
    height: around.height + FRAME_PADDING.top + FRAME_PADDING.bottom,
  };
}

/** The frame of every department that has members, by group id, in the project's group order. */
export function departmentFrames(
  project: {
    readonly functions: readonly Pick<SalesFunction, 'id' | 'groupId'>[];
    readonly groups: readonly Pick<Group, 'id'>[];
  },
  rectOf: (functionId: string) => Rect | undefined,
): Map<string, Rect> {
  const members = new Map(project.groups.map((group) => [group.id, [] as Rect[]]));
  for (const fn of project.functions) {
    const rect = rectOf(fn.id);
    if (fn.groupId !== undefined && rect) members.get(fn.groupId)?.push(rect);
  }
  const frames = new Map<string, Rect>();
  for (const [groupId, rects] of members) {
    const frame = frameBounds(rects);
    if (frame) frames.set(groupId, frame);
  }
  return frames;
}

/** The band at the top of a department's frame where its name is written. */
export function frameNameBand(frame: Rect): Rect {
  return { ...frame, height: FRAME_PADDING.top };
}
