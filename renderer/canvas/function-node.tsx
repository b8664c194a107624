import type { Node, NodeProps } from '@xyflow/react';
import { memo, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { displayFor } from '../../shared/display';
import { translator } from '../../shared/i18n';
import { useEditor, useKeyedSlice } from '../state/workbench-context';
import { feedOf, type KeyedChanges } from '../state/keyed-feed';
import {
  analysisOf,
  checksOfFunction,
  functionById,
  personById,
  severityOfFunction,
} from '../state/derived';
import type { WorkbenchState, WorkbenchStore } from '../state/store';
import type { Project, SalesFunction } from '../../shared/model';
import { CardIcon } from './card-icons';
import { functionIconId } from './function-icons';
import { LinkHandles } from './link-handles';
import { NODE_WIDTH } from '../../shared/layout/node-size';
import { CardTitle } from './card-title';
import { cardName, useWrapperName } from './accessible-names';
import { useDifferenceMark } from './differences';
import { LowDetailCard, useLowDetail } from './low-detail';

/** The card's status has a shape as well as a colour: a tick, a triangle, an octagon. */

export type FunctionNodeData = { readonly functionId: string };
export type FunctionNodeType = Node<FunctionNodeData, 'function'>;

/**
 * Everything a card shows, read in one slice: worked out again only when a part of the state it
 * reads changed (the document, detail, language) and the card feed said the change concerns the
 * card; compared value by value, so only a change of the card's own values redraws it.
 */
export function cardSlice(state: WorkbenchState, id: string) {
  const { project } = state;
  const fn = functionById(project, id);
  return {
    fn,
    analysis: analysisOf(project).byFunctionId.get(id),
    severity: severityOfFunction(project, id),
    detail: state.detail,
    owner: ownerName(project, fn),
    language: state.language,
    currency: project.currency,
  };
}

function ownerName(project: Project, fn: SalesFunction | undefined): string | undefined {
  return fn?.ownerPersonId ? personById(project, fn.ownerPersonId)?.name : undefined;
}

/**
 * The cards a change concerns: every card when the detail, language or currency changed;
 * otherwise those whose function, figures, worst severity or owner's name is another object or
 * value than before (a rename: that one card), and those of removed functions. Reference
 * comparisons per function, once per change, in place of a selector per card.
 */
export function changedCards(next: WorkbenchState, before: WorkbenchState): KeyedChanges<string> {
  if (
    next.detail !== before.detail ||
    next.language !== before.language ||
    next.project.currency !== before.project.currency
  ) {
    return 'all';
  }
  const now = next.project;
  const then = before.project;
  if (now === then) return [];
  // The earlier version's findings first: each version's index keeps the lists of the one before.
  checksOfFunction(then, '');
  checksOfFunction(now, '');
  const figuresNow = analysisOf(now).byFunctionId;
  const figuresThen = analysisOf(then).byFunctionId;
  const changed: string[] = [];
  for (const fn of now.functions) {
    const old = functionById(then, fn.id);
    if (
      old !== fn ||
      figuresNow.get(fn.id) !== figuresThen.get(fn.id) ||
      (now.people !== then.people && ownerName(now, fn) !== ownerName(then, old)) ||
      (checksOfFunction(now, fn.id) !== checksOfFunction(then, fn.id) &&
        severityOfFunction(now, fn.id) !== severityOfFunction(then, fn.id))
    ) {
      changed.push(fn.id);
    }
  }
  if (now.functions.length !== then.functions.length || changed.length > 0) {
    for (const fn of then.functions) if (!functionById(now, fn.id)) changed.push(fn.id);
  }
  return changed;
}

const cardFeed = (store: WorkbenchStore) => feedOf(store, changedCards);

/**
 * One function on the canvas. It receives only its id and reads its own slice of the document,
 * analysis and checks, so an edit elsewhere does not redraw it (React Flow's performance guide).
 */
function FunctionNodeView({ data, selected }: NodeProps<FunctionNodeType>) {
  if (import.meta.env.MODE === 'bench') window.__cardRenders?.(data.functionId);
  const { fn, analysis, severity, detail, owner, language, currency } = useKeyedSlice(
    cardFeed,
    data.functionId,
    (s) => [s.project, s.detail, s.language, data.functionId],
    (s) => cardSlice(s, data.functionId),
  );
  const t = useMemo(() => translator(language), [language]);
  const display = displayFor(language, currency);
  const root = useRef<HTMLDivElement>(null);
  const mark = useDifferenceMark(data.functionId, display);
  const name = fn ? cardName(fn, severity, display) : '';
  useWrapperName(root, mark.kind ? `${name}. ${mark.text}` : name, t('canvas.node.role'));
  // A card renamed in place (F2) is drawn in full, whatever the zoom: the field is on it.
  const renaming = useStore(useEditor().view, (view) => view.renaming === data.functionId);
  const low = useLowDetail() && !renaming;
  if (!fn) return null;

  const className = `function-node detail-${detail}${selected ? ' selected' : ''}${
    mark.kind ? ` diff-${mark.kind}` : ''
  }`;
  if (low) {
    return (
      <LowDetailCard
        ref={root}
        functionId={fn.id}
        name={display.functionName(fn)}
        severity={severity}
        severityName={t(`canvas.severity.${severity}`)}
        detail={detail}
        width={NODE_WIDTH[detail]}
        className={className}
      />
    );
  }

  const fte = analysis?.human.fte ?? 0;
  const growth = fn.financialGoal.targetGrowthPercent;
  return (
    <div
      ref={root}
      className={className}
      style={{ width: NODE_WIDTH[detail] }}
      data-testid="function-node"
      data-function-id={fn.id}
    >
      <header className="function-node-header">
        <span className="function-node-icon" aria-hidden="true">
          <CardIcon icon={functionIconId(fn.typeId)} size={18} />
        </span>
        <CardTitle functionId={fn.id} name={display.functionName(fn)} t={t} />
        <span
          className={`status-mark severity-${severity}`}
          title={t(`canvas.severity.${severity}`)}
          aria-label={t(`canvas.severity.${severity}`)}
          role="img"
        >
          <CardIcon icon={`status-${severity}`} size={15} />
        </span>
      </header>
      {mark.kind && <span className={`diff-badge diff-${mark.kind}`}>{mark.text}</span>}
      <div className="function-node-facts">
        <span title={t('canvas.node.fte')}>
          <CardIcon icon="users" size={14} /> {display.number(fte)} {t('canvas.node.fteUnit')}
        </span>
        {detail === 'detailed' && (
          <span title={t('canvas.node.lines')}>
            <CardIcon icon="phone" size={14} /> {fn.lines.length}
          </span>
        )}
        {growth !== undefined && (
          <span className="growth" title={t('canvas.node.growth')}>
            +{display.targetGrowth(growth)}
          </span>
        )}
      </div>
      {detail === 'detailed' && (
        <>
          <div className="function-node-owner">
            {owner ? owner : <span className="missing">{t('canvas.node.noOwner')}</span>}
          </div>
          {fn.kpis.length > 0 && (
            <ul className="kpi-badges" aria-label={t('canvas.node.kpis')}>
              {fn.kpis.map((kpi) => (
                <li key={kpi.id} className="kpi-badge" title={kpi.metric}>
                  {display.kpiTarget(kpi)}
                </li>
              ))}
            </ul>
          )}
          <div className="function-node-cost" title={t('canvas.node.cost')}>
            <CardIcon icon="wallet" size={14} />
            {display.runCost(analysis?.costs, true)}
          </div>
        </>
      )}
      <LinkHandles />
    </div>
  );
}

export const FunctionNode = memo(FunctionNodeView);
