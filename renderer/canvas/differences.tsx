import type { Node, NodeProps } from '@xyflow/react';
import {
  createContext,
  memo,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type * as CompareModule from '../../shared/compare';
import type { FunctionDifference } from '../../shared/compare';
import type { Display } from '../../shared/display';
import { NODE_WIDTH } from '../../shared/layout/node-size';
import { activeScenarioId, findScenario, scenarioProject, type Project } from '../../shared/model';
import { referenceScenarioOf, scenarioName } from '../state/scenarios';
import { useDisplay, useEditor, useT, useWorkbenchState } from '../state/workbench-context';
import { onDemand } from '../ui-kit/lazy';
import { CardIcon } from './card-icons';
import { functionIconId } from './function-icons';
import { useHeightWhenDrawn, useLowDetail } from './low-detail';

/** What differs on the canvas from the reference scenario. */
export interface CanvasDifferences {
  readonly referenceId: string;
  /** Added and changed functions of the scenario on the canvas, by id. */
  readonly marks: ReadonlyMap<string, FunctionDifference>;
  /** Functions of the reference that the scenario on the canvas does not have. */
  readonly removed: readonly FunctionDifference[];
}

type Compare = typeof CompareModule;

/** The comparison's code, loaded when the overlay is first shown (or in idle time before). */
const loadCompare = onDemand(() => import('../../shared/compare'));
let compareLoaded: Compare | undefined;

/** The comparison's code once loaded; undefined (and loading it) until then, while `wanted`. */
function useCompare(wanted: boolean): Compare | undefined {
  const [compare, setCompare] = useState(compareLoaded);
  useEffect(() => {
    if (!wanted || compare) return;
    let live = true;
    loadCompare().then(
      (module) => {
        compareLoaded = module;
        if (live) setCompare(module);
      },
      (error: unknown) => console.error('the comparison could not be loaded', error),
    );
    return () => {
      live = false;
    };
  }, [wanted, compare]);
  return compare;
}

/** Once per project version and reference: the overlay costs nothing while nothing changes. */
const computed = new WeakMap<Project, Map<string, CanvasDifferences | undefined>>();

function canvasDifferences(
  { functionDifferences }: Compare,
  project: Project,
  referenceId: string,
): CanvasDifferences | undefined {
  let byReference = computed.get(project);
  if (!byReference) {
    byReference = new Map();
    computed.set(project, byReference);
  }
  if (byReference.has(referenceId)) return byReference.get(referenceId);
  const reference = scenarioProject(project, referenceId);
  // On the reference itself nothing differs.
  const result =
    !reference || referenceId === activeScenarioId(project)
      ? undefined
      : split(referenceId, functionDifferences(reference, project));
  byReference.set(referenceId, result);
  return result;
}

function split(referenceId: string, differences: readonly FunctionDifference[]): CanvasDifferences {
  return {
    referenceId,
    marks: new Map(differences.filter((d) => d.kind !== 'removed').map((d) => [d.functionId, d])),
    removed: differences.filter((d) => d.kind === 'removed'),
  };
}

/**
 * The differences overlay, while it is on: undefined when it is off, so a canvas without it
 * computes nothing; when on, recomputed only for a new project version.
 */
export function useCanvasDifferences(): CanvasDifferences | undefined {
  const editor = useEditor();
  const shown = useStore(editor.view, (view) => view.differencesShown);
  const picked = useStore(editor.view, (view) => view.referenceScenarioId);
  const project = useWorkbenchState((s) => s.project);
  const compare = useCompare(shown);
  return shown && compare
    ? canvasDifferences(compare, project, referenceScenarioOf(project, picked))
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

/** The card's mark; kind undefined when it has none. */
export function useDifferenceMark(functionId: string, display: Display): CardMark {
  const store = useContext(MarksContext) ?? NO_MARKS;
  return useStore(
    store,
    useShallow((state): CardMark => {
      const mark = state.differences?.marks.get(functionId);
      if (!mark || mark.kind === 'removed') return { kind: undefined, text: '' };
      return { kind: mark.kind, text: markText(mark, display) };
    }),
  );
}

function markText(mark: FunctionDifference, display: Display): string {
  if (mark.kind === 'added') return display.text('scenario.diff.new');
  const aspects = mark.aspects.map((aspect) => display.text(`scenario.aspect.${aspect}`));
  return display.text('scenario.diff.changed', { aspects: aspects.join(', ') });
}

/** A function the reference has and the canvas's scenario does not: drawn, never edited. */
export type GhostNodeType = Node<{ readonly fn: FunctionDifference['fn'] }, 'ghost'>;

const ghostId = (functionId: string) => `ghost:${functionId}`;

const ghostNodes = new WeakMap<CanvasDifferences, Map<string, GhostNodeType[]>>();

/** The removed functions as ghost nodes at their places in the reference. */
export function ghostsOf(
  differences: CanvasDifferences | undefined,
  detail: 'compact' | 'detailed',
): GhostNodeType[] {
  if (!differences || differences.removed.length === 0) return [];
  let byDetail = ghostNodes.get(differences);
  if (!byDetail) {
    byDetail = new Map();
    ghostNodes.set(differences, byDetail);
  }
  let nodes = byDetail.get(detail);
  if (!nodes) {
    nodes = differences.removed.map((removed) => ({
      id: ghostId(removed.functionId),
      type: 'ghost',
      position: removed.fn.position,
      data: { fn: removed.fn },
      width: NODE_WIDTH[detail],
      selectable: false,
      draggable: false,
      connectable: false,
      focusable: false,
      deletable: false,
      zIndex: 0,
    }));
    byDetail.set(detail, nodes);
  }
  return nodes;
}

/**
 * A removed function as a ghost: a dashed, faded card labelled "Removed"; zoomed out past
 * reading, a block like the cards around it (low-detail.tsx).
 */
function GhostNodeView({ id, data }: NodeProps<GhostNodeType>) {
  const display = useDisplay();
  const removed = display.text('scenario.diff.removed');
  const name = display.functionName(data.fn);
  if (useLowDetail()) return <GhostBlock nodeId={id} name={name} removed={removed} />;
  return (
    <div className="function-node ghost-node" data-testid="ghost-node">
      <header className="function-node-header">
        <span className="function-node-icon" aria-hidden="true">
          <CardIcon icon={functionIconId(data.fn.typeId)} size={18} />
        </span>
        <span className="function-node-name">{name}</span>
      </header>
      <span className="diff-badge diff-removed">{removed}</span>
    </div>
  );
}

/**
 * A ghost in low detail: as tall as it was drawn in full, its name in large type and struck
 * out, "Removed" told by a shape with that name.
 */
function GhostBlock(props: { nodeId: string; name: string; removed: string }) {
  const detail = useWorkbenchState((s) => s.detail);
  const height = useHeightWhenDrawn(props.nodeId, detail);
  return (
    <div
      className="function-node ghost-node low-detail"
      style={{ height }}
      data-testid="ghost-node"
    >
      <span
        className="status-mark ghost-mark"
        title={props.removed}
        aria-label={props.removed}
        role="img"
      >
        <CardIcon icon="removed" size={40} />
      </span>
      <span className="function-node-name low-detail-name">{props.name}</span>
    </div>
  );
}

export const GhostNode = memo(GhostNodeView);

/** Above the canvas while the overlay is on: against what, and how much differs. */
export function DifferencesBanner(props: { differences: CanvasDifferences | undefined }) {
  const t = useT();
  const display = useDisplay();
  const editor = useEditor();
  const shown = useStore(editor.view, (view) => view.differencesShown);
  const picked = useStore(editor.view, (view) => view.referenceScenarioId);
  const project = useWorkbenchState((s) => s.project);
  // Nothing said before the comparison is loaded: "no differences" would be untrue until then.
  const ready = useCompare(shown) !== undefined;
  const summary = useMemo(() => {
    if (!shown || !ready) return undefined;
    const referenceId = referenceScenarioOf(project, picked);
    const reference = findScenario(project, referenceId) ?? { id: referenceId, name: '' };
    const name = scenarioName(reference, display);
    const { differences } = props;
    if (!differences) return t('scenario.diff.isReference', { name });
    let added = 0;
    for (const mark of differences.marks.values()) if (mark.kind === 'added') added += 1;
    return t('scenario.diff.summary', {
      name,
      added,
      changed: differences.marks.size - added,
      removed: differences.removed.length,
    });
  }, [shown, ready, project, picked, display, t, props]);
  if (!summary) return null;
  return (
    <p className="differences-banner" role="status" data-testid="differences-banner">
      {summary}
    </p>
  );
}
