import { memo, useCallback, useMemo } from 'react';
import {
  addKpi,
  COMPARATORS,
  FREQUENCIES,
  KPI_KINDS,
  KPI_UNITS,
  kpiSchema,
  moveKpi,
  removeKpi,
  updateKpi,
  type Breach,
  type Kpi,
  type KpiKind,
  type KpiUnit,
  type Measurement,
} from '../../../shared/model';
import { functionById } from '../../state/derived';
import { useDisplay, useT } from '../../state/workbench-context';
import { SelectField } from '../../ui-kit/fields/choice-fields';
import { NumberField } from '../../ui-kit/fields/number-field';
import { TextField } from '../../ui-kit/fields/text-field';
import { ListEditor } from '../list-editor';
import { useEdit, useItemPatchOf, useKeyed, usePeopleOptions } from '../use-inspector';

type Method = 'automated' | 'manual';
const TIME_UNITS: readonly KpiUnit[] = ['minutes', 'hours', 'days'];

/** Service levels: what is measured, the target, how it is measured, who reacts to a breach. */
export const KpiSection = memo(function KpiSection(props: {
  readonly functionId: string;
  readonly kpis: readonly Kpi[];
}) {
  const t = useT();
  const edit = useEdit();
  const display = useDisplay();
  const people = usePeopleOptions();
  const { functionId } = props;
  const update = useCallback(
    (id: string, patch: Partial<Omit<Kpi, 'id'>>) =>
      edit((project) => updateKpi(project, functionId, id, patch)),
    [edit, functionId],
  );
  // Nested parts and the kind's companions are worked out from the KPI as it is in the project
  // at the moment of the edit.
  const updateWith = useCallback(
    (id: string, patch: (kpi: Kpi) => Partial<Omit<Kpi, 'id'>>) =>
      edit((project) => {
        const kpi = functionById(project, functionId)?.kpis.find((item) => item.id === id);
        return kpi ? updateKpi(project, functionId, id, patch(kpi)) : project;
      }),
    [edit, functionId],
  );
  const patchOf = useItemPatchOf(update);
  const measureOf = useItemPatchOf(
    useCallback(
      (id: string, patch: Partial<Measurement>) =>
        updateWith(id, (kpi) => ({ measurement: { ...kpi.measurement, ...patch } })),
      [updateWith],
    ),
  );
  const breachOf = useItemPatchOf(
    useCallback(
      (id: string, patch: Partial<Breach>) =>
        updateWith(id, (kpi) => ({ breach: { ...kpi.breach, ...patch } })),
      [updateWith],
    ),
  );
  const kindOf = useKeyed(
    useCallback(
      (id: string) => (kind: KpiKind) =>
        updateWith(id, (kpi) =>
          // A response time is "at most so many minutes"; set that up with the kind.
          kind === 'response-time' && !TIME_UNITS.includes(kpi.unit)
            ? { kind, unit: 'minutes', comparator: 'le' }
            : { kind },
        ),
      [updateWith],
    ),
  );
  const methodOf = useKeyed(
    useCallback(
      (id: string) => (method: Method) => measureOf(id)('automated')(method === 'automated'),
      [measureOf],
    ),
  );

  const options = useMemo(
    () => ({
      kinds: KPI_KINDS.map((kind) => ({ value: kind, label: t(`kpiKind.${kind}`) })),
      comparators: COMPARATORS.map((c) => ({ value: c, label: t(`comparator.${c}`) })),
      units: KPI_UNITS.map((unit) => ({ value: unit, label: t(`unit.${unit}`) })),
      frequencies: FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) })),
      methods: (['automated', 'manual'] as const).map((m) => ({
        value: m as Method,
        label: t(`measurement.${m}`),
      })),
    }),
    [t],
  );

  /** "≤ 15 min": the target as the node and the report show it. */
  const targetText = (kpi: Kpi) => display.kpiTarget(kpi);

  return (
    <ListEditor
      items={props.kpis}
      keyOf={(kpi) => kpi.id}
      nameOf={(kpi, index) => kpi.metric || t('inspector.kpi.number', { number: index + 1 })}
      idPrefix="kpi"
      field="kpis"
      addLabel={t('inspector.kpi.add')}
      emptyText={t('inspector.kpi.empty')}
      emptyHint={t('inspector.kpi.emptyHint')}
      onAdd={(id) =>
        edit((project) =>
          addKpi(project, functionId, {
            id,
            kind: 'other',
            metric: '',
            comparator: 'ge',
            target: 0,
            unit: 'percent',
            measurement: { source: '', automated: false },
            breach: { action: '' },
          }),
        )
      }
      onRemove={(id) => edit((project) => removeKpi(project, functionId, id))}
      onMove={(id, to) => edit((project) => moveKpi(project, functionId, id, to))}
      renderItem={(kpi) => (
        <div className="in-field-grid">
          <p className="in-list-item-title in-span-2">
            <span className="in-kpi-target">{targetText(kpi)}</span>
          </p>
          <TextField
            wide
            multiline="wrap"
            label={t('inspector.kpi.metric')}
            value={kpi.metric}
            onCommit={patchOf(kpi.id)('metric')}
          />
          <SelectField
            label={t('inspector.kpi.kind')}
            value={kpi.kind}
            options={options.kinds}
            onChange={kindOf(kpi.id)}
          />
          <SelectField
            label={t('inspector.kpi.frequency')}
            value={kpi.measurement.frequency}
            options={options.frequencies}
            noneLabel={t('inspector.notSet')}
            onChange={measureOf(kpi.id)('frequency')}
          />
          <div className="in-kpi-target-row in-span-2">
            <SelectField
              label={t('inspector.kpi.comparator')}
              value={kpi.comparator}
              options={options.comparators}
              onChange={patchOf(kpi.id)('comparator')}
            />
            <NumberField
              label={t('inspector.kpi.target')}
              value={kpi.target}
              schema={kpiSchema.shape.target}
              onCommit={patchOf(kpi.id)('target')}
              field="kpis.target"
            />
            <SelectField
              label={t('inspector.kpi.unit')}
              value={kpi.unit}
              options={options.units}
              onChange={patchOf(kpi.id)('unit')}
            />
          </div>
          <TextField
            wide
            multiline="wrap"
            label={t('inspector.kpi.source')}
            placeholder={t('inspector.kpi.sourcePlaceholder')}
            value={kpi.measurement.source}
            onCommit={measureOf(kpi.id)('source')}
            field="kpis.measurement.source"
          />
          <SelectField
            label={t('inspector.kpi.method')}
            value={kpi.measurement.automated ? 'automated' : 'manual'}
            options={options.methods}
            onChange={methodOf(kpi.id)}
            field="kpis.measurement.automated"
          />
          <SelectField
            label={t('inspector.kpi.breachOwner')}
            value={kpi.breach.ownerPersonId}
            options={people}
            noneLabel={t('inspector.nobody')}
            onChange={breachOf(kpi.id)('ownerPersonId')}
            field="kpis.breach.ownerPersonId"
          />
          <TextField
            wide
            multiline="wrap"
            label={t('inspector.kpi.breachAction')}
            placeholder={t('inspector.kpi.breachActionPlaceholder')}
            value={kpi.breach.action}
            onCommit={breachOf(kpi.id)('action')}
            field="kpis.breach.action"
          />
        </div>
      )}
    />
  );
});
