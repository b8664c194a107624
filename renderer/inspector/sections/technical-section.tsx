import { memo, useCallback, useMemo } from 'react';
import type { FunctionAnalysis } from '../../../shared/analysis';
import { formatMoney } from '../../../shared/i18n/format';
import {
  addLine,
  addTool,
  moveLine,
  moveTool,
  phoneLineSchema,
  removeLine,
  removeTool,
  TOOL_KINDS,
  toolSchema,
  updateLine,
  updateTool,
  type PhoneLine,
  type Tool,
} from '../../../shared/model';
import { useT, useWorkbenchState } from '../../state/workbench-context';
import { SelectField } from '../../ui-kit/fields/choice-fields';
import { MoneyField, NumberField } from '../../ui-kit/fields/number-field';
import { TextField } from '../../ui-kit/fields/text-field';
import { Figures } from '../figures';
import { ListEditor } from '../list-editor';
import { useEdit, useItemPatchOf, useSharingChangeOf, useSharingOptions } from '../use-inspector';
import { useMoneyUnits } from '../use-units';
import { plainText } from '../../../shared/display';

const LineList = memo(function LineList(props: {
  readonly functionId: string;
  readonly lines: readonly PhoneLine[];
}) {
  const t = useT();
  const edit = useEdit();
  const units = useMoneyUnits();
  const { functionId } = props;
  const update = useCallback(
    (id: string, patch: Partial<Omit<PhoneLine, 'id'>>) =>
      edit((project) => updateLine(project, functionId, id, patch)),
    [edit, functionId],
  );
  const patchOf = useItemPatchOf(update);
  const sharingOf = useSharingChangeOf(update);
  const sharing = useSharingOptions();
  return (
    <ListEditor
      items={props.lines}
      keyOf={(line) => line.id}
      nameOf={(line, index) =>
        line.number || line.purpose || t('inspector.technical.lineNumber', { number: index + 1 })
      }
      idPrefix="line"
      addLabel={t('inspector.technical.addLine')}
      emptyText={t('inspector.technical.noLines')}
      onAdd={(id) =>
        edit((project) =>
          addLine(project, functionId, { id, number: '', purpose: '', dedicated: true }),
        )
      }
      onRemove={(id) => edit((project) => removeLine(project, functionId, id))}
      onMove={(id, to) => edit((project) => moveLine(project, functionId, id, to))}
      renderItem={(line) => (
        <div className="in-field-grid">
          <TextField
            label={t('inspector.technical.number')}
            inputType="tel"
            schema={phoneLineSchema.shape.number}
            value={line.number}
            onCommit={patchOf(line.id)('number')}
            field="lines.number"
            wide
          />
          <TextField
            wide
            multiline="wrap"
            label={t('inspector.technical.purpose')}
            value={line.purpose}
            onCommit={patchOf(line.id)('purpose')}
          />
          <SelectField
            label={t('inspector.human.sharing')}
            value={line.dedicated ? 'dedicated' : 'shared'}
            options={sharing}
            onChange={sharingOf(line.id)}
            field="lines.dedicated"
          />
          <NumberField
            label={t('inspector.technical.coverage')}
            unit={t('inspector.unit.hoursPerWeek')}
            value={line.coverageHoursPerWeek}
            schema={phoneLineSchema.shape.coverageHoursPerWeek}
            onCommit={patchOf(line.id)('coverageHoursPerWeek')}
            field="lines.coverageHoursPerWeek"
          />
          <MoneyField
            label={t('inspector.technical.lineCost')}
            unit={units.perMonth}
            value={line.monthlyCostMinor}
            schema={phoneLineSchema.shape.monthlyCostMinor}
            onCommit={patchOf(line.id)('monthlyCostMinor')}
            field="lines.monthlyCostMinor"
          />
        </div>
      )}
    />
  );
});

const ToolList = memo(function ToolList(props: {
  readonly functionId: string;
  readonly tools: readonly Tool[];
}) {
  const t = useT();
  const edit = useEdit();
  const units = useMoneyUnits();
  const { functionId } = props;
  const update = useCallback(
    (id: string, patch: Partial<Omit<Tool, 'id'>>) =>
      edit((project) => updateTool(project, functionId, id, patch)),
    [edit, functionId],
  );
  const patchOf = useItemPatchOf(update);
  const kinds = useMemo(
    () => TOOL_KINDS.map((kind) => ({ value: kind, label: t(`toolKind.${kind}`) })),
    [t],
  );
  return (
    <ListEditor
      items={props.tools}
      keyOf={(tool) => tool.id}
      nameOf={(tool, index) =>
        plainText(tool.name).trim() || t('inspector.technical.toolNumber', { number: index + 1 })
      }
      idPrefix="tool"
      addLabel={t('inspector.technical.addTool')}
      emptyText={t('inspector.technical.noTools')}
      onAdd={(id) =>
        edit((project) => addTool(project, functionId, { id, name: '', kind: 'software' }))
      }
      onRemove={(id) => edit((project) => removeTool(project, functionId, id))}
      onMove={(id, to) => edit((project) => moveTool(project, functionId, id, to))}
      renderItem={(tool) => (
        <div className="in-field-grid">
          <TextField
            wide
            multiline="wrap"
            label={t('inspector.technical.toolName')}
            value={tool.name}
            onCommit={patchOf(tool.id)('name')}
          />
          <SelectField
            label={t('inspector.technical.toolKind')}
            value={tool.kind}
            options={kinds}
            onChange={patchOf(tool.id)('kind')}
          />
          <MoneyField
            label={t('inspector.technical.toolMonthly')}
            unit={units.perMonth}
            value={tool.monthlyCostMinor}
            schema={toolSchema.shape.monthlyCostMinor}
            onCommit={patchOf(tool.id)('monthlyCostMinor')}
            field="tools.monthlyCostMinor"
          />
          <MoneyField
            label={t('inspector.technical.toolOneOff')}
            unit={units.once}
            value={tool.oneOffCostMinor}
            schema={toolSchema.shape.oneOffCostMinor}
            onCommit={patchOf(tool.id)('oneOffCostMinor')}
            field="tools.oneOffCostMinor"
          />
        </div>
      )}
    />
  );
});

/** Phone lines and other tools, with their monthly and one-off costs. */
export const TechnicalSection = memo(function TechnicalSection(props: {
  readonly functionId: string;
  readonly lines: readonly PhoneLine[];
  readonly tools: readonly Tool[];
  readonly analysis: FunctionAnalysis | undefined;
}) {
  const t = useT();
  const language = useWorkbenchState((state) => state.language);
  const currency = useWorkbenchState((state) => state.project.currency);
  const costs = props.analysis?.costs;
  const money = (minor: number | undefined) => formatMoney(language, minor, currency);
  return (
    <>
      <h4 className="in-subsection-title">{t('inspector.technical.lines')}</h4>
      <LineList functionId={props.functionId} lines={props.lines} />
      <h4 className="in-subsection-title">{t('inspector.technical.tools')}</h4>
      <ToolList functionId={props.functionId} tools={props.tools} />
      <Figures
        label={t('inspector.figures')}
        rows={[
          { label: t('analysis.linesMonthly'), value: money(costs?.linesMonthlyMinor) },
          { label: t('analysis.toolsMonthly'), value: money(costs?.toolsMonthlyMinor) },
          { label: t('analysis.oneOff'), value: money(costs?.oneOffMinor) },
        ]}
      />
    </>
  );
});
