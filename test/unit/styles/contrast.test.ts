import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../../shared/port/settings';

/** The theme variables of renderer/styles/app.css, per theme. */
function themes(): Record<string, Record<string, string>> {
  const css = readFileSync(new URL('../../../renderer/styles/app.css', import.meta.url), 'utf8');
  const result: Record<string, Record<string, string>> = {};
  for (const match of css.matchAll(/\[data-theme='(\w+)'\]\s*\{([^}]*)\}/g)) {
    const [, name = '', body = ''] = match;
    result[name] = Object.fromEntries(
      [...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
    );
  }
  return result;
}

/** WCAG 2.2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('theme colours (WCAG 2.2 AA)', () => {
  const all = themes();

  it('are read from the style sheet for every theme', () => {
    expect(Object.keys(all).sort()).toEqual([...THEMES].sort());
  });

  for (const [theme, colours] of Object.entries(themes())) {
    it(`${theme}: "pays", "+25 %", warnings, errors and muted text reach 4.5:1 on every surface`, () => {
      for (const text of ['ok', 'warn', 'error', 'text-muted', 'text']) {
        for (const surface of ['surface', 'surface-2', 'bg', 'canvas-bg']) {
          const ratio = contrast(colours[text] ?? '', colours[surface] ?? '');
          expect(ratio, `${text} on ${surface}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });
  }
});
