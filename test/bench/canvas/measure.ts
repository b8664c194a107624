/**
 * All the figures for one design size. The app and the bare page are open side by side and
 * measured in turns (load, load, edit, edit …), so that a busy machine slows both alike and
 * the ratios stay meaningful.
 */
import type { Browser } from '@playwright/test';
import { cardToDrag, dragCard, type DragOutcome } from './drag';
import { editOnce, summariseEdits, traceEdit, type EditOutcome, type EditSample } from './edit';
import { summariseOpen, weighScripts, type OpenOutcome, type ScriptWeight } from './open';
import { canvasSize, openBare, openOurs, type Subject, type SubjectName } from './subjects';

export interface Figures {
  readonly drag: DragOutcome;
  readonly open?: OpenOutcome;
  readonly scripts?: ScriptWeight;
  readonly edit?: EditOutcome;
}

export interface Served {
  readonly url: string;
  /** Where the served files are, to weigh the scripts the page fetched. */
  readonly dir: string;
}

export interface Plan {
  readonly cards: number;
  /** Loads of each page for "navigation → painted"; none skips it and the script weight. */
  readonly loads: number;
  /** Renames of one card in each page; none skips them. */
  readonly edits: number;
  readonly editCard: string;
  /** A directory for the design file. */
  readonly scratch: string;
}

/** Edits traced after the timed ones, for the main thread's work by phase. */
const TRACED_EDITS = 7;

/** Runs `step` for each subject in turn, `rounds` times; collects the results per subject. */
async function inTurns<T>(
  subjects: readonly Subject[],
  rounds: number,
  step: (subject: Subject, round: number) => Promise<T>,
): Promise<Record<SubjectName, T[]>> {
  const results: Record<SubjectName, T[]> = { ours: [], bare: [] };
  for (let round = 0; round < rounds; round += 1) {
    for (const subject of subjects) results[subject.name].push(await step(subject, round));
  }
  return results;
}

export async function measureSize(
  browser: Browser,
  served: Record<SubjectName, Served>,
  plan: Plan,
): Promise<Record<SubjectName, Figures>> {
  const ours = await openOurs(browser, served.ours.url, plan.cards, plan.scratch);
  const subjects: Subject[] = [ours];
  try {
    const size = await canvasSize(ours.page);
    subjects.push(await openBare(browser, served.bare.url, plan.cards, size));

    const loads = await inTurns(subjects, plan.loads, async (subject) => {
      const painted = await subject.navigate();
      await subject.page.waitForTimeout(500);
      return painted;
    });
    const drags = await inTurns(subjects, 1, async ({ page }) =>
      dragCard(page, await cardToDrag(page)),
    );
    // Round 0 warms up (and selects the card in the app's inspector); it is not counted.
    const edits = await inTurns(subjects, plan.edits > 0 ? plan.edits + 1 : 0, (subject, round) =>
      editOnce(subject, plan.editCard, `Renamed ${String(round).padStart(2, '0')}`),
    );

    // Then a few more, traced, for where the time goes (tracing slows them, so they are not timed).
    const traces = await inTurns(subjects, plan.edits > 0 ? TRACED_EDITS : 0, (subject, round) =>
      traceEdit(subject, plan.editCard, `Traced ${String(round).padStart(2, '0')}`),
    );

    const figuresOf = async (name: SubjectName): Promise<Figures> => {
      const drag = drags[name][0];
      if (!drag) throw new Error(`no drag of ${name}`);
      if (plan.loads === 0) return { drag };
      const open = summariseOpen(loads[name]);
      const scripts = await weighScripts(served[name].dir, open.scripts);
      const counted: EditSample[] = edits[name].slice(1);
      const edit = counted.length ? summariseEdits(counted, traces[name]) : undefined;
      return { drag, open, scripts, edit };
    };
    return { ours: await figuresOf('ours'), bare: await figuresOf('bare') };
  } finally {
    await Promise.all(subjects.map((subject) => subject.close()));
  }
}
