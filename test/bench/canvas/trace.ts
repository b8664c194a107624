/**
 * Where the time of an edit goes: the main thread's work between the keydown of Enter and the
 * paint of the frame that shows the new name, by phase, from a Chromium trace (the DevTools
 * timeline's events, read through the page's CDP session). Traced edits are extra ones, not the
 * timed ones: tracing slows the page a little.
 */
import type { Page } from '@playwright/test';

export const PHASES = ['script', 'layout', 'paint', 'layerize', 'commit'] as const;
export type Phase = (typeof PHASES)[number];
export type PhaseTimes = Readonly<Record<Phase, number>>;

/** The timeline's events of each phase (script: handlers, React, microtasks and GC in them). */
const PHASE_OF: Readonly<Record<string, Phase>> = {
  EventDispatch: 'script',
  FunctionCall: 'script',
  RunMicrotasks: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  UpdateLayoutTree: 'layout',
  Layout: 'layout',
  HitTest: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'layerize',
  Commit: 'commit',
};

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tid: number;
  readonly args?: { readonly data?: { readonly type?: string } };
}

/**
 * Runs `edit` (which presses Enter and resolves with the ms from that keydown to the paint) with
 * the page traced, and sums the main thread's work in that span by phase. Events inside another
 * counted event (a layout forced by a script, the paint of the document's child layers) count
 * once, in the outer one.
 */
export async function tracePhases(page: Page, edit: () => Promise<number>): Promise<PhaseTimes> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  // The protocol types an event's fields as strings; the timeline's are numbers and objects.
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  let ms: number;
  try {
    ms = await edit();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  const keydown = events.find(
    (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown',
  );
  if (!keydown) throw new Error('the trace holds no keydown');
  const end = keydown.ts + ms * 1000;
  const counted = events
    .filter((e) => e.ph === 'X' && e.tid === keydown.tid && e.ts >= keydown.ts && e.ts <= end)
    .filter((e) => PHASE_OF[e.name] !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const times: Record<Phase, number> = { script: 0, layout: 0, paint: 0, layerize: 0, commit: 0 };
  let outerEnd = -Infinity;
  for (const event of counted) {
    const phase = PHASE_OF[event.name];
    if (!phase || event.ts < outerEnd) continue;
    const dur = event.dur ?? 0;
    times[phase] += dur / 1000;
    outerEnd = event.ts + dur;
  }
  return times;
}

/** The median of each phase over the traced edits. */
export function medianPhases(samples: readonly PhaseTimes[]): PhaseTimes {
  const median = (phase: Phase) => {
    const sorted = samples.map((s) => s[phase]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? 0;
  };
  return {
    script: median('script'),
    layout: median('layout'),
    paint: median('paint'),
    layerize: median('layerize'),
    commit: median('commit'),
  };
}

/** Everything but script: the browser's own work on the frame. */
export const renderingOf = (times: PhaseTimes) =>
  times.layout + times.paint + times.layerize + times.commit;
