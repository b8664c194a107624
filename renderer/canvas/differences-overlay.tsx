import type { NodeProps } from '@xyflow/react';
import { memo, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { functionDifferences, type FunctionDifference } from '../../shared/compare';
import type { Display } from '../../shared/display';
import { NODE_WIDTH } from '../../shared/layout/node-size';
import { activeScenarioId, findScenario, scenarioProject, type Project } from '../../shared/model';
import { referenceScenarioOf, scenarioName } from '../state/scenarios';
import { useDisplay, useEditor, useT, useWorkbenchState } from '../state/workbench-context';
import { CardIcon } from './card-icons';
import type { CanvasDifferences, GhostNodeType } from './differences';
import { functionIconId } from './function-icons';
import { useHeightWhenDrawn, useLowDetail } from './low-detail';
import { useCardsClearOf } from './notices-clear';

/*
 * The differences overlay's own code: what differs, the removed functions' ghosts and the
 * banner. Loaded when the overlay is first shown, or in idle time before (differences.tsx); the
 * cards' marks, which every card reads, stay in differences.tsx.
 */

/** A card's mark as it reads: "New", "Changed: staff, money". */
export function markText(mark: FunctionDifference, display: Display): string {
  if (mark.kind === 'added') return display.text('scenario.diff.new');
  const aspects = mark.aspects.map((aspect) => display.text(`scenario.aspect.${aspect}`));
  return display.text('scenario.diff.changed', { aspects: aspects.join(', ') });
}

/** Once per project version and reference: the overlay costs nothing while nothing changes. */
const computed = new WeakMap<Project, Map<string, CanvasDifferences | undefined>>();

export function canvasDifferences(
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
  const banner = useRef<HTMLParagraphElement>(null);
  const shown = useStore(editor.view, (view) => view.differencesShown);
  const picked = useStore(editor.view, (view) => view.referenceScenarioId);
  const project = useWorkbenchState((s) => s.project);
  const summary = useMemo(() => {
    if (!shown) return undefined;
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
  }, [shown, project, picked, display, t, props]);
  useCardsClearOf(banner, summary !== undefined, editor);
  if (!summary) return null;
  return (
    <p ref={banner} className="differences-banner" role="status" data-testid="differences-banner">
      {summary}
    </p>
  );
}
