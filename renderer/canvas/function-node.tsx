import type { Node, NodeProps } from '@xyflow/react';
import { Phone, Users, Wallet } from 'lucide-react';
import { memo } from 'react';
import { worstSeverity } from '../../shared/checks';
import { useDisplay, useT, useWorkbenchState } from '../state/workbench-context';
import { useFunction, useFunctionAnalysis, useFunctionChecks } from '../state/derived';
import { FunctionIcon } from './function-icons';
import { LinkHandles } from './link-handles';
import { NODE_WIDTH } from '../../shared/layout/node-size';
import { CardTitle } from './card-title';
import { cardName, useWrapperName } from './accessible-names';

export type FunctionNodeData = { readonly functionId: string };
export type FunctionNodeType = Node<FunctionNodeData, 'function'>;

/**
 * One function on the canvas. It receives only its id and reads its own slice of the document,
 * analysis and checks, so an edit elsewhere does not redraw it (React Flow's performance guide).
 */
function FunctionNodeView({ data, selected }: NodeProps<FunctionNodeType>) {
  if (import.meta.env.MODE === 'bench') window.__cardRenders?.(data.functionId);
  const t = useT();
  const fn = useFunction(data.functionId);
  const analysis = useFunctionAnalysis(data.functionId);
  const checks = useFunctionChecks(data.functionId);
  const display = useDisplay();
  const detail = useWorkbenchState((s) => s.detail);
  const owner = useWorkbenchState((s) =>
    fn?.ownerPersonId ? s.project.people.find((p) => p.id === fn.ownerPersonId)?.name : undefined,
  );
  const severity = worstSeverity(checks);
  useWrapperName(
    'node',
    data.functionId,
    fn ? cardName(fn, severity, display) : '',
    t('canvas.node.role'),
  );
  if (!fn) return null;

  const fte = analysis?.human.fte ?? 0;
  const growth = fn.financialGoal.targetGrowthPercent;
  const cost = analysis?.costs.runMonthlyMinor;
  return (
    <div
      className={`function-node detail-${detail}${selected ? ' selected' : ''}`}
      style={{ width: NODE_WIDTH[detail] }}
      data-testid="function-node"
      data-function-id={fn.id}
    >
      <header className="function-node-header">
        <span className="function-node-icon" aria-hidden="true">
          <FunctionIcon typeId={fn.typeId} size={18} />
        </span>
        <CardTitle functionId={fn.id} name={display.functionName(fn)} />
        <span
          className={`status-dot severity-${severity}`}
          title={t(`canvas.severity.${severity}`)}
          aria-label={t(`canvas.severity.${severity}`)}
          role="img"
        />
      </header>
      <div className="function-node-facts">
        <span title={t('canvas.node.fte')}>
          <Users size={14} aria-hidden="true" /> {display.number(fte)} {t('canvas.node.fteUnit')}
        </span>
        {detail === 'detailed' && (
          <span title={t('canvas.node.lines')}>
            <Phone size={14} aria-hidden="true" /> {fn.lines.length}
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
            <Wallet size={14} aria-hidden="true" />
            {t('canvas.node.perMonth', { amount: display.money(cost) })}
          </div>
        </>
      )}
      <LinkHandles />
    </div>
  );
}

export const FunctionNode = memo(FunctionNodeView);
