/**
 * Commit → next paint of a rename: from the keydown of Enter to just after the paint of the
 * frame in which the card shows its new name (asserted in the DOM); plus which cards React
 * rendered while the name was typed and for the commit.
 */
import { armCommitProbe, commitResult, takeRenders } from './probes';
import { median, spread, type Spread } from './stats';
import type { Subject } from './subjects';
import { medianPhases, tracePhases, type PhaseTimes } from './trace';

export interface EditSample {
  readonly ms: number;
  readonly inDomMs: number;
  readonly frameWaitMs: number;
  readonly rendersWhileTyping: number;
  readonly rendersForCommit: number;
  readonly cardsForCommit: number;
}

export interface EditOutcome {
  readonly commit: Spread;
  /**
   * Enter → paint split, medians: until the DOM shows the name (the page's script), the wait for
   * the next frame to begin (the display's clock, which no page controls), that frame's work.
   */
  readonly split: { readonly inDom: number; readonly frameWait: number; readonly frame: number };
  /** Mean card renders per commit, and the most distinct cards one commit rendered. */
  readonly rendersPerCommit: number;
  readonly maxCardsPerCommit: number;
  /** Card renders while the names were typed, all edits together (the target is none). */
  readonly rendersWhileTyping: number;
  /** The main thread's work from Enter to the paint, by phase: medians of the traced edits. */
  readonly phases: PhaseTimes;
}

const COMMIT_TIMEOUT_MS = 5000;

/** Renames card `id` to `name` and presses Enter. */
export async function editOnce(subject: Subject, id: string, name: string): Promise<EditSample> {
  const { page } = subject;
  await takeRenders(page);
  await subject.stageRename(id, name);
  const typing = await takeRenders(page);
  await armCommitProbe(page, id, name, COMMIT_TIMEOUT_MS);
  await page.keyboard.press('Enter');
  const { ms, inDomMs, frameWaitMs } = await commitResult(page);
  // Let late renders (effects, autosave) land before they are counted.
  await page.waitForTimeout(250);
  const committed = await takeRenders(page);
  return {
    ms,
    inDomMs,
    frameWaitMs,
    rendersWhileTyping: typing.total,
    rendersForCommit: committed.total,
    cardsForCommit: committed.cards,
  };
}

/** One more rename, traced (not timed): the main thread's work from Enter to the paint. */
export async function traceEdit(subject: Subject, id: string, name: string): Promise<PhaseTimes> {
  const { page } = subject;
  await subject.stageRename(id, name);
  await armCommitProbe(page, id, name, COMMIT_TIMEOUT_MS);
  const phases = await tracePhases(page, async () => {
    await page.keyboard.press('Enter');
    return (await commitResult(page)).ms;
  });
  await page.waitForTimeout(250);
  await takeRenders(page);
  return phases;
}

export function summariseEdits(
  samples: readonly EditSample[],
  traced: readonly PhaseTimes[],
): EditOutcome {
  const sum = (pick: (s: EditSample) => number) => samples.reduce((t, s) => t + pick(s), 0);
  return {
    commit: spread(samples.map((s) => s.ms)),
    split: {
      inDom: median(samples.map((s) => s.inDomMs)),
      frameWait: median(samples.map((s) => s.frameWaitMs)),
      frame: median(samples.map((s) => s.ms - s.inDomMs - s.frameWaitMs)),
    },
    rendersPerCommit: sum((s) => s.rendersForCommit) / samples.length,
    maxCardsPerCommit: Math.max(...samples.map((s) => s.cardsForCommit)),
    rendersWhileTyping: sum((s) => s.rendersWhileTyping),
    phases: medianPhases(traced),
  };
}
