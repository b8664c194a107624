/**
 * The report's look in one place: A4 in millimetres, type sizes in points, a restrained palette
 * (one accent, greys, and muted tones that only mark status).
 */
export type Rgb = readonly [number, number, number];

export const PAGE = {
  margin: { top: 22, right: 18, bottom: 20, left: 18 },
  /** Header and footer baselines, measured from the top and the bottom edge. */
  headerBaseline: 12,
  footerBaseline: 10,
} as const;

export const COLOR = {
  ink: [33, 37, 41],
  muted: [108, 117, 125],
  faint: [173, 181, 189],
  rule: [214, 219, 224],
  panel: [245, 247, 249],
  accent: [22, 78, 110],
  accentSoft: [232, 240, 245],
  good: [40, 116, 74],
  bad: [178, 52, 52],
  warning: [176, 118, 20],
  white: [255, 255, 255],
} as const satisfies Record<string, Rgb>;

export type Tone = 'neutral' | 'good' | 'bad' | 'warning';

export const TONE_COLOR: Readonly<Record<Tone, Rgb>> = {
  neutral: COLOR.ink,
  good: COLOR.good,
  bad: COLOR.bad,
  warning: COLOR.warning,
};

/** Type sizes in points. */
export const SIZE = {
  coverTitle: 28,
  coverKicker: 11,
  sectionTitle: 18,
  heading: 11,
  lead: 11.5,
  body: 9.5,
  small: 8,
  tiny: 7,
  metricValue: 14,
} as const;

export const PT_TO_MM = 25.4 / 72;
/** Leading as a multiple of the type size. */
export const LEADING = 1.35;

export function lineHeight(sizePt: number): number {
  return sizePt * PT_TO_MM * LEADING;
}
