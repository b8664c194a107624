import { z } from 'zod';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean(),
});

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
/** How much of the window must stay on a screen for the saved place to be reused. */
const VISIBLE_MINIMUM = 120;

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Where to open the window: the saved size and place when it still lies on one of the screens
 * (a monitor may have been unplugged since), otherwise the default size, centred by the OS.
 */
export function initialWindowBounds(
  saved: unknown,
  workAreas: readonly Rectangle[],
): { bounds: Partial<Rectangle>; maximized: boolean } {
  const parsed = windowStateSchema.safeParse(saved);
  if (!parsed.success) return { bounds: { ...DEFAULT_WINDOW_SIZE }, maximized: false };
  const { maximized, ...bounds } = parsed.data;
  const visible = workAreas.some((area) => {
    const shared = overlap(bounds, area);
    return shared.width >= VISIBLE_MINIMUM && shared.height >= VISIBLE_MINIMUM;
  });
  if (!visible) {
    return {
      bounds: { width: bounds.width, height: bounds.height },
      maximized,
    };
  }
  return { bounds, maximized };
}
