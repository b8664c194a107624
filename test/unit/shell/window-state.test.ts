import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, initialWindowBounds } from '../../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('window size and position', () => {
  it('come back where they were while that place is on a screen', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900, maximized: false };
    expect(initialWindowBounds(saved, [laptop, monitor])).toEqual({
      bounds: { x: 1600, y: 100, width: 1400, height: 900 },
      maximized: false,
    });
  });

  it('keep the size but let the OS place the window when its screen is gone', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900, maximized: true };
    expect(initialWindowBounds(saved, [laptop])).toEqual({
      bounds: { width: 1400, height: 900 },
      maximized: true,
    });
  });

  it('fall back to the default for missing or damaged state', () => {
    for (const saved of [undefined, null, 'x', { x: 1, y: 2, width: 'wide' }, { width: 10 }]) {
      expect(initialWindowBounds(saved, [laptop])).toEqual({
        bounds: { ...DEFAULT_WINDOW_SIZE },
        maximized: false,
      });
    }
  });
});
