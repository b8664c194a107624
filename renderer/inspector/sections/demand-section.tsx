import { Plus, Trash2 } from 'lucide-react';
import type { FunctionAnalysis } from '../../../shared/analysis';
import type { MessageKey } from '../../../shared/i18n';
import { formatNumber, formatPercent, NOT_AVAILABLE } from '../../../shared/i18n/format';
import { demandSchema, updateDemand, type Demand, type SalesFunction } from '../../../shared/model';
import { useT, useWorkbenchState } from '../../state/workbench-context';
import { NumberField } from '../../ui-kit/fields/number-field';
import { Figures, Verdict, type FigureRow } from '../figures';
import { useEdit } from '../use-inspector';

type DemandKey = keyof Demand;

/** The demand inputs in the order the staffing needs them, with their units. */
const INPUTS: readonly { readonly field: DemandKey; readonly unit?: MessageKey }[] = [
  // The label says "per hour" already.
  { field: 'requestsPerHour' },
  { field: 'averageHandlingMinutes', unit: 'unit.minutes' },
  { field: 'targetAnswerMinutes', unit: 'unit.minutes' },
  { field: 'serviceLevelPercent', unit: 'unit.percent' },
  { field: 'shrinkagePercent', unit: 'unit.percent' },
  { field: 'coverageHoursPerWeek', unit: 'inspector.unit.hoursPerWeek' },
];

/** Incoming requests of a service-level function and the Erlang C staffing they call for. */
export function DemandSection(props: {
  readonly fn: SalesFunction;
  readonly analysis: FunctionAnalysis | undefined;
}) {
  const t = useT();
  const edit = useEdit();
  const { fn } = props;
  const demand = fn.demand;

  if (demand === undefined) {
    return (
      <div className="in-demand-empty">
        <p className="in-field-note">{t('inspector.demand.none')}</p>
        <button
          type="button"
          className="in-list-add"
          data-field="demand"
          onClick={() => edit((project) => updateDemand(project, fn.id, {}))}
        >
          <Plus size={15} aria-hidden />
          {t('inspector.demand.add')}
        </button>
      </div>
    );
  }
  return (
    <>
      <div className="in-field-grid">
        {INPUTS.map(({ field, unit }, index) => (
          <NumberField
            key={field}
            // A check about the demand leads to its first input.
            field={index === 0 ? 'demand' : undefined}
            label={t(`inspector.demand.${field}`)}
            unit={unit && t(unit)}
            value={demand[field]}
            schema={demandSchema.shape[field]}
            onCommit={(value) =>
              edit((project) => updateDemand(project, fn.id, { [field]: value }))
            }
          />
        ))}
      </div>
      <StaffingFigures analysis={props.analysis} />
      <button
        type="button"
        className="in-list-add in-subtle"
        onClick={() => edit((project) => updateDemand(project, fn.id, undefined))}
      >
        <Trash2 size={15} aria-hidden />
        {t('inspector.demand.remove')}
      </button>
    </>
  );
}

function StaffingFigures({ analysis }: { readonly analysis: FunctionAnalysis | undefined }) {
  const t = useT();
  const language = useWorkbenchState((state) => state.language);
  if (!analysis) return null;
  const { staffing, withAssignedStaff, staffingShortFte } = analysis.process;
  const number = (value: number | undefined, digits = 1) => formatNumber(language, value, digits);
  const minutes = (value: number | undefined) =>
    value === undefined ? NOT_AVAILABLE : `${number(value, 1)} ${t('unit.minutes')}`;

  if (staffing.status === 'not-enough-data') {
    const fields = staffing.missing.map((field) => t(`demandField.${field}`)).join(', ');
    return <Verdict tone="neutral">{t('analysis.staffing.missing', { fields })}</Verdict>;
  }
  if (staffing.status !== 'ok') {
    return (
      <Verdict tone="error">
        {t(
          staffing.status === 'unreachable'
            ? 'analysis.staffing.unreachable'
            : 'analysis.staffing.noDemand',
        )}
      </Verdict>
    );
  }
  const handling = analysis.human.handlingFte;
  const rows: FigureRow[] = [
    {
      label: t('analysis.staffing.traffic'),
      value: t('analysis.staffing.trafficValue', {
        traffic: number(staffing.queue.trafficErlangs, 2),
      }),
    },
    { label: t('analysis.staffing.agents'), value: number(staffing.queue.agents, 0) },
    {
      label: t('inspector.demand.asaNeeded'),
      value: minutes(staffing.queue.averageSpeedOfAnswerMinutes),
    },
    { label: t('analysis.staffing.requiredFte'), value: number(staffing.requiredFte) },
    {
      label: t('inspector.human.handlingFte'),
      value: number(handling),
      tone: staffingShortFte === undefined ? 'ok' : 'error',
    },
    {
      label: t('inspector.demand.levelAssigned'),
      value: formatPercent(language, withAssignedStaff?.serviceLevel),
      tone: staffingShortFte === undefined ? 'ok' : 'error',
    },
    {
      label: t('inspector.demand.asaAssigned'),
      value:
        withAssignedStaff && withAssignedStaff.averageSpeedOfAnswerMinutes === undefined
          ? t('inspector.demand.unbounded')
          : minutes(withAssignedStaff?.averageSpeedOfAnswerMinutes),
    },
  ];
  return (
    <>
      <Verdict tone={staffingShortFte === undefined ? 'ok' : 'error'}>
        <span className="in-verdict-mark" aria-hidden="true">
          {staffingShortFte === undefined ? '✓' : '✗'}
        </span>
        {staffingShortFte === undefined
          ? t('inspector.demand.enough', {
              required: number(staffing.requiredFte),
              handling: number(handling),
            })
          : t('inspector.demand.short', {
              required: number(staffing.requiredFte),
              handling: number(handling),
            })}
      </Verdict>
      <Figures label={t('analysis.staffing')} rows={rows} />
    </>
  );
}
