/** The printed report of bench:canvas: one row per figure, ours beside bare and their ratio. */
import type { DragOutcome } from './drag';
import type { EditOutcome } from './edit';
import type { OpenOutcome, ScriptWeight } from './open';
import { medianWithRange, type Spread } from './stats';
import { renderingOf, type PhaseTimes } from './trace';

export interface Row {
  readonly measure: string;
  readonly ours: string;
  readonly bare: string;
  readonly ratio: string;
  readonly target: string;
  readonly met: string;
}

const ms = (value: number) => value.toFixed(1);
const times = (s: Spread) => `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.max)}`;
const ratio = (ours: number, bare: number) => `${(ours / bare).toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? 'yes' : 'NO');
/**
 * Frame times compared at the page clock's resolution (0.1 ms): two frames of 16.8 ms differ in
 * the 13th digit by the subtraction that made them, which is no difference at all.
 */
const atClockResolution = (value: number) => Math.round(value * 10);

export function dragRows(cards: number, ours: DragOutcome, bare: DragOutcome): Row[] {
  const title = `Drag a card, ${cards.toLocaleString('en')} functions`;
  if (!ours.moved || !bare.moved) {
    const shown = (o: DragOutcome) =>
      o.moved ? times(o.frames) : 'REFUSED: the card did not move';
    return [
      {
        measure: `${title}: frame p50 / p95 / max, ms`,
        ours: shown(ours),
        bare: shown(bare),
        ratio: '—',
        target: 'p95 ≤ 1.0× bare',
        met: '—',
      },
    ];
  }
  return [
    {
      measure: `${title}: frame p50 / p95 / max, ms`,
      ours: times(ours.frames),
      bare: times(bare.frames),
      ratio: `${ratio(ours.frames.p95, bare.frames.p95)} (p95)`,
      target: 'p95 ≤ 1.0× bare',
      met: verdict(atClockResolution(ours.frames.p95) <= atClockResolution(bare.frames.p95)),
    },
    {
      measure: `${title}: card renders per step (cards in all)`,
      ours: `${ours.rendersPerStep.toFixed(2)} (${ours.distinctCards})`,
      bare: `${bare.rendersPerStep.toFixed(2)} (${bare.distinctCards})`,
      ratio: ratio(ours.rendersPerStep, bare.rendersPerStep),
      target: 'the dragged card only',
      met: verdict(ours.distinctCards <= 1),
    },
  ];
}

export function editRows(cards: number, ours: EditOutcome, bare: EditOutcome): Row[] {
  const title = `Rename in the inspector, ${cards.toLocaleString('en')} functions`;
  return [
    {
      measure: `${title}: Enter → paint p50 / p95 / max, ms`,
      ours: times(ours.commit),
      bare: times(bare.commit),
      ratio: `${ratio(ours.commit.p50, bare.commit.p50)} / ${ratio(ours.commit.p95, bare.commit.p95)}`,
      target: 'p50 ≤ 16.7, p95 ≤ 33',
      met: verdict(ours.commit.p50 <= 16.7 && ours.commit.p95 <= 33),
    },
    {
      measure: `${title}: Enter → paint split, median ms: until in the DOM / waiting for the next frame / that frame`,
      ours: splitList(ours),
      bare: splitList(bare),
      ratio: `${ratio(ours.split.inDom, bare.split.inDom)} (in the DOM)`,
      target: 'report',
      met: '—',
    },
    {
      measure: `${title}: main thread Enter → paint, median ms: script / layout / paint / layerize / commit`,
      ours: phaseList(ours.phases),
      bare: phaseList(bare.phases),
      ratio: `${ratio(renderingOf(ours.phases), renderingOf(bare.phases))} (all but script)`,
      target: 'all ≤ 16.7 (one frame)',
      met: verdict(ours.phases.script + renderingOf(ours.phases) <= 16.7),
    },
    {
      measure: `${title}: card renders per commit (most cards)`,
      ours: `${ours.rendersPerCommit.toFixed(2)} (${ours.maxCardsPerCommit})`,
      bare: `${bare.rendersPerCommit.toFixed(2)} (${bare.maxCardsPerCommit})`,
      ratio: ratio(ours.rendersPerCommit, bare.rendersPerCommit),
      target: '1 card',
      met: verdict(ours.maxCardsPerCommit <= 1),
    },
    {
      measure: `${title}: card renders while typing ${ours.commit.count} names`,
      ours: String(ours.rendersWhileTyping),
      bare: 'n/a',
      ratio: '—',
      target: '0',
      met: verdict(ours.rendersWhileTyping === 0),
    },
  ];
}

const splitList = ({ split }: EditOutcome) =>
  [split.inDom, split.frameWait, split.frame].map((value) => ms(value)).join(' / ');

const phaseList = (p: PhaseTimes) =>
  [p.script, p.layout, p.paint, p.layerize, p.commit].map((value) => ms(value)).join(' / ');

export function openRows(cards: number, ours: OpenOutcome, bare: OpenOutcome): Row[] {
  return [
    {
      measure: `Navigation → all ${cards.toLocaleString('en')} cards painted, ms: median of ${ours.loads.length} (fastest–slowest)`,
      ours: medianWithRange(ours.loads),
      bare: medianWithRange(bare.loads),
      ratio: ratio(ours.paintedMs, bare.paintedMs),
      target: '≤ 1.2× bare',
      met: verdict(ours.paintedMs <= 1.2 * bare.paintedMs),
    },
  ];
}

export function scriptRows(ours: ScriptWeight, bare: ScriptWeight): Row[] {
  const kb = (w: ScriptWeight) => `${(w.gzipBytes / 1000).toFixed(1)} kB (${w.files.length})`;
  return [
    {
      measure: 'JavaScript fetched before that paint, gzip (files)',
      ours: kb(ours),
      bare: kb(bare),
      ratio: ratio(ours.gzipBytes, bare.gzipBytes),
      target: '≤ 1.5× bare',
      met: verdict(ours.gzipBytes <= 1.5 * bare.gzipBytes),
    },
  ];
}

export function formatTable(rows: readonly Row[]): string {
  const header: Row = {
    measure: 'measure',
    ours: 'ours',
    bare: 'bare React Flow',
    ratio: 'ours / bare',
    target: 'target',
    met: 'met',
  };
  const keys = ['measure', 'ours', 'bare', 'ratio', 'target', 'met'] as const;
  const all = [header, ...rows];
  const widths = keys.map((key) => Math.max(...all.map((row) => row[key].length)));
  const line = (row: Row) => keys.map((key, i) => row[key].padEnd(widths[i] ?? 0)).join(' │ ');
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
