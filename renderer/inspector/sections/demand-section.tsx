import { Plus, Trash2 } from 'lucide-react';
import { memo, useCallback } from 'react';
import type { FunctionAnalysis } from '../../../shared/analysis';
import type { CheckField } from '../../../shared/checks';
import type { MessageKey } from '../../../shared/i18n';
import { formatNumber, formatPercent } from '../../../shared/i18n/format';
import { demandSchema, updateDemand, type Demand } from '../../../shared/model';
import { useDisplay, useT, useWorkbenchState } from '../../state/workbench-context';
import { NumberField } from '../../ui-kit/fields/number-field';
import { Figures, Verdict, type FigureRow } from '../figures';
import { useEdit, usePatchOf } from '../use-inspector';
import type { GlossaryTerm } from '../../state/glossary';

type DemandKey = keyof Demand;

/** The demand inputs in the order the staffing needs them, with their units; then the refinements. */
const INPUTS: readonly {
  readonly field: DemandKey;
  readonly unit?: MessageKey;
  readonly term?: GlossaryTerm;
  readonly hint?: MessageKey;
  readonly check?: CheckField;
}[] = [
  // The label says "per hour" already.
  { field: 'requestsPerHour' },
  { field: 'averageHandlingMinutes', unit: 'unit.minutes' },
  { field: 'targetAnswerMinutes', unit: 'unit.minutes' },
  { field: 'serviceLevelPercent', unit: 'unit.percent', term: 'serviceLevel' },
  { field: 'shrinkagePercent', unit: 'unit.percent', term: 'shrinkage' },
  { field: 'coverageHoursPerWeek', unit: 'inspector.unit.hoursPerWeek' },
  {
    field: 'peakHourPercent',
    unit: 'inspector.unit.percentOfAverage',
    hint: 'inspector.demand.peakHourPercentHint',
    check: 'demand.peakHourPercent',
  },
  {
    field: 'patienceMinutes',
    unit: 'unit.minutes',
    hint: 'inspector.demand.patienceMinutesHint',
  },
];

/** Incoming requests of a service-level function and the Erlang C staffing they call for. */
export const DemandSection = memo(function DemandSection(props: {
  readonly functionId: string;
  readonly demand: Demand | undefined;
  readonly analysis: FunctionAnalysis | undefined;
}) {
  const t = useT();
  const edit = useEdit();
  const readOnly = useWorkbenchState((state) => state.openElsewhere);
  const { functionId, demand } = props;
  const patchOf = usePatchOf(
    useCallback(
      (change: Partial<Demand>) => edit((project) => updateDemand(project, functionId, change)),
      [edit, functionId],
    ),
  );

  if (demand === undefined) {
    return (
      <div className="in-demand-empty">
        <p className="in-field-note">
          {t(readOnly ? 'inspector.demand.noneReadOnly' : 'inspector.demand.none')}
        </p>
        <button
          type="button"
          className="in-list-add"
          data-field="demand"
          onClick={() => edit((project) => updateDemand(project, functionId, {}))}
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
        {INPUTS.map(({ field, unit, term, hint, check }, index) => (
          <NumberField
            key={field}
            // A check about the demand as a whole leads to its first input.
            field={index === 0 ? 'demand' : check}
            label={t(`inspector.demand.${field}`)}
            unit={unit && t(unit)}
            term={term}
            hint={hint && t(hint)}
            value={demand[field]}
            schema={demandSchema.shape[field]}
            onCommit={patchOf(field)}
          />
        ))}
      </div>
      <StaffingFigures analysis={props.analysis} peakHourPercent={demand.peakHourPercent} />
      <button
        type="button"
        className="in-list-add in-subtle"
        onClick={() => edit((project) => updateDemand(project, functionId, undefined))}
      >
        <Trash2 size={15} aria-hidden />
        {t('inspector.demand.remove')}
      </button>
    </>
  );
});

function StaffingFigures({
  analysis,
  peakHourPercent,
}: {
  readonly analysis: FunctionAnalysis | undefined;
  readonly peakHourPercent: number | undefined;
}) {
  const t = useT();
  const language = useWorkbenchState((state) => state.language);
  const display = useDisplay();
  if (!analysis) return null;
  const { staffing, withAssignedStaff, staffingShortFte } = analysis.process;
  const number = (value: number | undefined, digits = 1) => formatNumber(language, value, digits);
  const { duration } = display;

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
  const peak = staffing.averageHourAgents !== undefined && peakHourPercent !== undefined;
  const rows: FigureRow[] = [
    {
      label: t('analysis.staffing.traffic'),
      term: 'erlangs',
      value: t('analysis.staffing.trafficValue', {
        traffic: number(staffing.queue.trafficErlangs, 2),
      }),
    },
    {
      label: t('analysis.staffing.agents'),
      value: number(staffing.queue.agents, 0),
      term: 'erlangC',
    },
    ...(peak
      ? [
          {
            label: t('analysis.staffing.averageHourAgents'),
            value: number(staffing.averageHourAgents, 0),
          },
        ]
      : []),
    {
      label: t('inspector.demand.asaNeeded'),
      value: duration(staffing.queue.averageSpeedOfAnswerMinutes),
    },
    {
      label: t('analysis.staffing.requiredFte'),
      value: number(staffing.requiredFte),
      term: 'fte',
    },
    {
      label: t('inspector.human.handlingFte'),
      value: number(handling),
      tone: staffingShortFte === undefined ? 'ok' : 'error',
    },
    {
      label: t('inspector.demand.levelAssigned'),
      term: 'serviceLevel',
      value: formatPercent(language, withAssignedStaff?.serviceLevel),
      tone: staffingShortFte === undefined ? 'ok' : 'error',
    },
    {
      label: t('inspector.demand.asaAssigned'),
      value:
        withAssignedStaff && withAssignedStaff.averageSpeedOfAnswerMinutes === undefined
          ? t('inspector.demand.unbounded')
          : duration(withAssignedStaff?.averageSpeedOfAnswerMinutes),
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
      {peak && (
        <p className="in-field-note">
          {t('analysis.staffing.peak', {
            peak: formatPercent(language, (peakHourPercent ?? 100) / 100),
          })}
        </p>
      )}
      <Figures label={t('analysis.staffing')} rows={rows} />
      <AbandonmentFigures analysis={analysis} />
    </>
  );
}

/** Erlang A next to Erlang C: the staff it takes when callers hang up, and how many do. */
function AbandonmentFigures({ analysis }: { readonly analysis: FunctionAnalysis }) {
  const t = useT();
  const language = useWorkbenchState((state) => state.language);
  const { staffing, withAssignedStaffAbandonment: assigned } = analysis.process;
  if (staffing.status !== 'ok' || assigned === undefined) return null;
  const needed = staffing.withAbandonment;
  const percent = (value: number | undefined) => formatPercent(language, value);
  const rows: FigureRow[] = needed
    ? [
        {
          label: t('analysis.abandonment.agents'),
          value: formatNumber(language, needed.agents, 0),
        },
        {
          label: t('analysis.abandonment.requiredFte'),
          value: formatNumber(language, needed.requiredFte, 1),
        },
        { label: t('analysis.abandonment.level'), value: percent(needed.serviceLevel) },
        { label: t('analysis.abandonment.rate'), value: percent(needed.abandonment) },
      ]
    : [{ label: t('analysis.abandonment.agents'), value: t('analysis.abandonment.unreachable') }];
  rows.push(
    { label: t('analysis.abandonment.levelAssigned'), value: percent(assigned.serviceLevel) },
    { label: t('analysis.abandonment.rateAssigned'), value: percent(assigned.abandonment) },
  );
  return (
    <>
      <h4 className="in-subsection-title">{t('analysis.abandonment')}</h4>
      <Figures label={t('analysis.abandonment')} rows={rows} />
    </>
  );
}
