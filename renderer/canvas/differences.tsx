import type { Node, NodeProps } from '@xyflow/react';
import { createContext, memo, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FunctionDifference } from '../../shared/compare';
import type { Display } from '../../shared/display';
import { referenceScenarioOf } from '../state/scenarios';
import { useEditor, useWorkbenchState } from '../state/workbench-context';
import { onDemand, useOnDemand } from '../ui-kit/lazy';

/** What differs on the canvas from the reference scenario. */
export interface CanvasDifferences {
  readonly referenceId: string;
  /** Added and changed functions of the scenario on the canvas, by id. */
  readonly marks: ReadonlyMap<string, FunctionDifference>;
  /** Functions of the reference that the scenario on the canvas does not have. */
  readonly removed: readonly FunctionDifference[];
}

/** The overlay's code (the comparison with it), loaded when first shown or in idle time before. */
const loadOverlay = onDemand(() => import('./differences-overlay'));

/**
 * The differences overlay, while it is on: undefined when it is off, so a canvas without it
 * computes nothing; when on, recomputed only for a new project version.
 */
export function useCanvasDifferences(): CanvasDifferences | undefined {
  const editor = useEditor();
  const shown = useStore(editor.view, (view) => view.differencesShown);
  const picked = useStore(editor.view, (view) => view.referenceScenarioId);
  const project = useWorkbenchState((s) => s.project);
  const overlay = useOnDemand(loadOverlay, shown);
  return shown && overlay
    ? overlay.canvasDifferences(project, referenceScenarioOf(project, picked))
    : undefined;
}

/**
 * Each card reads its own mark from here: a text that stays equal while the card's difference
 * does, so a change elsewhere does not redraw it.
 */
type MarkStore = StoreApi<{ readonly differences: CanvasDifferences | undefined }>;
const MarksContext = createContext<MarkStore | undefined>(undefined);

export function DifferenceMarks(props: {
  differences: CanvasDifferences | undefined;
  children: ReactNode;
}) {
  const [store] = useState<MarkStore>(() => createStore(() => ({ differences: undefined })));
  useEffect(() => store.setState({ differences: props.differences }), [store, props.differences]);
  return <MarksContext.Provider value={store}>{props.children}</MarksContext.Provider>;
}

const NO_MARKS: MarkStore = createStore(() => ({ differences: undefined }));

interface CardMark {
  readonly kind: 'added' | 'changed' | undefined;
  /** As it reads: "New", "Changed: staff, money". */
  readonly text: string;
}

/** No mark: one object for every card while no overlay is shown (read on each render). */
const NO_MARK: CardMark = { kind: undefined, text: '' };

/** The card's mark; kind undefined when it has none. */
export function useDifferenceMark(functionId: string, display: Display): CardMark {
  const store = useContext(MarksContext) ?? NO_MARKS;
  return useStore(
    store,
    useShallow((state): CardMark => {
      const mark = state.differences?.marks.get(functionId);
      // Marks come from the overlay's code, so it is loaded whenever there is one.
      const overlay = loadOverlay.loaded();
      if (!mark || mark.kind === 'removed' || !overlay) return NO_MARK;
      return { kind: mark.kind, text: overlay.markText(mark, display) };
    }),
  );
}

/** A function the reference has and the canvas's scenario does not: drawn, never edited. */
export type GhostNodeType = Node<{ readonly fn: FunctionDifference['fn'] }, 'ghost'>;

/** The removed functions as ghost nodes at their places in the reference (differences-overlay). */
export function ghostsOf(
  differences: CanvasDifferences | undefined,
  detail: 'compact' | 'detailed',
): GhostNodeType[] {
  const overlay = loadOverlay.loaded();
  return differences && overlay ? overlay.ghostsOf(differences, detail) : [];
}

/**
 * A removed function as a ghost: there are ghosts only once the overlay's code is loaded
 * (they come from ghostsOf above).
 */
export const GhostNode = memo(function GhostSlot(props: NodeProps<GhostNodeType>) {
  const Ghost = loadOverlay.loaded()?.GhostNode;
  return Ghost ? <Ghost {...props} /> : null;
});

/** Above the canvas while the overlay is on: against what, and how much differs. */
export function DifferencesBanner(props: { differences: CanvasDifferences | undefined }) {
  const editor = useEditor();
  const shown = useStore(editor.view, (view) => view.differencesShown);
  const overlay = useOnDemand(loadOverlay, shown);
  return shown && overlay ? <overlay.DifferencesBanner differences={props.differences} /> : null;
}
