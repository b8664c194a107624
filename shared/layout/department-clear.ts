import type { Position, Project } from '../model';
import { snapUpToGrid } from './grid';
import { CARD_GAP } from './node-size';
import { departmentFrames } from './group-frame';
import { rectsOverlap, type Rect, type Size } from './rect';

/** Space a nudged drop keeps from the frame or card it was cleared of. */
const CLEARANCE = CARD_GAP;
/** Offsets tried at most for one drop: a drop that cannot be cleared nearby stays where it is. */
const MAX_TRIES = 400;

type Layout = Pick<Project, 'functions' | 'groups'>;

/** What a drop was moved clear of: a department (its frame) or a function (its card). */
export type Cleared = { readonly groupId: string } | { readonly functionId: string };

/** What a drop must not leave: something drawn where it says what is not so. */
interface Clash {
  /** Stable, so clashes before and after a drop compare. */
  readonly key: string;
  /** The side that contains dropped cards, and the side that does not (and what that is). */
  readonly moving: Rect;
  readonly still: Rect;
  readonly stillIs: Cleared;
}

/**
 * The clashes of a layout: two department frames that overlap (a card there seems to belong to
 * both), and a card inside the frame of a department it is not in (it seems to belong to it).
 * Only those between something that holds a dropped card (`moved`) and something that does not:
 * shifting the dropped cards can clear nothing else.
 */
function clashesOf(layout: Layout, sizeOf: (id: string) => Size, moved: ReadonlySet<string>) {
  const at = new Map(layout.functions.map((fn) => [fn.id, { ...fn.position, ...sizeOf(fn.id) }]));
  const frames = departmentFrames(layout, (id) => at.get(id));
  const holdsMoved = new Set(
    layout.functions.flatMap((fn) =>
      moved.has(fn.id) && fn.groupId !== undefined ? [fn.groupId] : [],
    ),
  );
  const clashes: Clash[] = [];
  type Side = readonly [Rect, boolean, Cleared];
  const add = (key: string, [a, aMoves, aIs]: Side, [b, bMoves, bIs]: Side) => {
    if (aMoves === bMoves || !rectsOverlap(a, b)) return;
    clashes.push(
      aMoves
        ? { key, moving: a, still: b, stillIs: bIs }
        : { key, moving: b, still: a, stillIs: aIs },
    );
  };
  const framed = [...frames];
  framed.forEach(([groupId, frame], i) => {
    const side: Side = [frame, holdsMoved.has(groupId), { groupId }];
    for (const [otherId, other] of framed.slice(i + 1)) {
      add(`${groupId}|${otherId}`, side, [other, holdsMoved.has(otherId), { groupId: otherId }]);
    }
    for (const fn of layout.functions) {
      const card = at.get(fn.id);
      if (fn.groupId === groupId || !card) continue;
      add(`${fn.id}|${groupId}`, [card, moved.has(fn.id), { functionId: fn.id }], side);
    }
  });
  return clashes;
}

function shifted(layout: Layout, moved: ReadonlySet<string>, by: Position): Layout {
  if (by.x === 0 && by.y === 0) return layout;
  const functions = layout.functions.map((fn) =>
    moved.has(fn.id)
      ? { ...fn, position: { x: fn.position.x + by.x, y: fn.position.y + by.y } }
      : fn,
  );
  return { ...layout, functions };
}

/** The four shifts, on the grid, that take `moving` clear of `still` to one side or another. */
function waysOut({ moving, still }: Clash): Position[] {
  const right = snapUpToGrid(still.x + still.width + CLEARANCE - moving.x);
  const left = snapUpToGrid(moving.x + moving.width + CLEARANCE - still.x);
  const down = snapUpToGrid(still.y + still.height + CLEARANCE - moving.y);
  const up = snapUpToGrid(moving.y + moving.height + CLEARANCE - still.y);
  return [
    { x: right, y: 0 },
    { x: -left, y: 0 },
    { x: 0, y: down },
    { x: 0, y: -up },
  ];
}

/**
 * Where the cards of a drop go so that the drop leaves no new clash between departments (see
 * clashesOf): `after` has the cards at their dropped positions, `before` as they were before the
 * drag (clashes already there are the user's own, and stay). The dropped cards (`moved`) move
 * together by the shortest shift that clears every new clash, found by trying the ways out of
 * each clash, nearest first, and from there the ways out of what is left. Returns the shift,
 * {0, 0} when the drop is clear (or cannot be cleared nearby), and, when it is not {0, 0}, what
 * the drop was moved clear of (the first new clash's other side), to tell the user.
 */
export function dropClearOfDepartments(
  before: Layout,
  after: Layout,
  moved: ReadonlySet<string>,
  sizeOf: (id: string) => Size,
): Position & { readonly clearOf?: Cleared } {
  const allowed = new Set(clashesOf(before, sizeOf, moved).map((clash) => clash.key));
  const newClashes = (by: Position) =>
    clashesOf(shifted(after, moved, by), sizeOf, moved).filter((c) => !allowed.has(c.key));
  const none = { x: 0, y: 0 };
  const first = newClashes(none);
  if (first.length === 0) return none;
  const length = (p: Position) => Math.abs(p.x) + Math.abs(p.y);
  const seen = new Set<string>(['0,0']);
  // Shifts still to try, each with the clashes left at the shift it came from.
  const queue = first.flatMap((clash) => waysOut(clash));
  for (let tries = 0; tries < MAX_TRIES; tries += 1) {
    queue.sort((a, b) => length(a) - length(b) || a.y - b.y || a.x - b.x);
    const by = queue.shift();
    if (!by) break;
    const id = `${by.x},${by.y}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const left = newClashes(by);
    if (left.length === 0) return { ...by, clearOf: first[0]?.stillIs };
    for (const clash of left) {
      for (const step of waysOut(clash)) queue.push({ x: by.x + step.x, y: by.y + step.y });
    }
  }
  return none;
}
