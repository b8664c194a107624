import { memo, useCallback } from 'react';
import type { FunctionAnalysis } from '../../../shared/analysis';
import {
  financialGoalSchema,
  updateFinancialGoal,
  type FinancialGoal,
} from '../../../shared/model';
import { useDisplay, useT } from '../../state/workbench-context';
import { SelectField } from '../../ui-kit/fields/choice-fields';
import { MoneyField, NumberField } from '../../ui-kit/fields/number-field';
import { Figures, Verdict, type Tone } from '../figures';
import { useEdit, usePatchOf, usePeopleOptions } from '../use-inspector';
import { useMoneyUnits } from '../use-units';

/** Baseline revenue, target growth, margin and owner — and whether the function pays. */
export const FinancialSection = memo(function FinancialSection(props: {
  readonly functionId: string;
  readonly goal: FinancialGoal;
  readonly analysis: FunctionAnalysis | undefined;
}) {
  const t = useT();
  const edit = useEdit();
  const display = useDisplay();
  const people = usePeopleOptions();
  const units = useMoneyUnits();
  const { functionId, goal, analysis } = props;
  const patchOf = usePatchOf(
    useCallback(
      (change: Partial<FinancialGoal>) =>
        edit((project) => updateFinancialGoal(project, functionId, change)),
      [edit, functionId],
    ),
  );
  const { money } = display;
  const result = analysis?.financial;
  const pays = result?.pays ?? 'unknown';
  const breakEven = result?.breakEven;
  const net = result?.netMonthlyEffectMinor;

  return (
    <>
      <div className="in-field-grid">
        <MoneyField
          wide
          label={t('inspector.financial.baseline')}
          hint={t('inspector.financial.baselineHint')}
          unit={units.perMonth}
          value={goal.baselineMonthlyRevenueMinor}
          schema={financialGoalSchema.shape.baselineMonthlyRevenueMinor}
          onCommit={patchOf('baselineMonthlyRevenueMinor')}
          field="financialGoal.baselineMonthlyRevenueMinor"
        />
        <NumberField
          label={t('analysis.targetGrowth')}
          unit={t('unit.percent')}
          value={goal.targetGrowthPercent}
          schema={financialGoalSchema.shape.targetGrowthPercent}
          onCommit={patchOf('targetGrowthPercent')}
          field="financialGoal.targetGrowthPercent"
        />
        <NumberField
          label={t('inspector.financial.rampUp')}
          hint={t('inspector.financial.rampUpHint')}
          unit={t('inspector.unit.months')}
          value={goal.rampUpMonths}
          schema={financialGoalSchema.shape.rampUpMonths}
          onCommit={patchOf('rampUpMonths')}
        />
        <NumberField
          label={t('inspector.financial.margin')}
          unit={t('unit.percent')}
          value={goal.grossMarginPercent}
          schema={financialGoalSchema.shape.grossMarginPercent}
          onCommit={patchOf('grossMarginPercent')}
        />
        <SelectField
          wide
          label={t('inspector.financial.owner')}
          value={goal.ownerPersonId}
          options={people}
          noneLabel={t('inspector.nobody')}
          onChange={patchOf('ownerPersonId')}
          field="financialGoal.ownerPersonId"
        />
      </div>
      <Verdict tone={PAYS_TONE[pays]}>
        <span className="in-verdict-mark" aria-hidden="true">
          {PAYS_MARK[pays]}
        </span>
        {t(`analysis.pays.${pays}`)}
      </Verdict>
      <Figures
        label={t('inspector.figures')}
        rows={[
          {
            label: t('analysis.breakEven'),
            term: 'breakEven',
            value: display.breakEven(breakEven, goal.targetGrowthPercent),
            tone: PAYS_TONE[pays],
          },
          {
            label: t('analysis.breakEvenOverPeriod'),
            term: 'breakEven',
            value: display.breakEven(result?.breakEvenOverPeriod, goal.targetGrowthPercent),
          },
          {
            label: t('analysis.targetGrowth'),
            value: display.targetGrowth(goal.targetGrowthPercent),
          },
          { label: t('analysis.runMonthly'), value: display.runCost(analysis?.costs) },
          {
            label: t('analysis.incrementalProfit'),
            value: money(result?.incrementalGrossProfitMonthlyMinor),
          },
          {
            label: t('analysis.netMonthly'),
            value: money(net),
            tone: net === undefined ? 'neutral' : net >= 0 ? 'ok' : 'error',
          },
          { label: t('analysis.payback'), value: display.payback(result?.payback) },
          {
            label: t('analysis.roi'),
            value: display.percent(result?.roiPercent),
          },
          { label: t('analysis.periodNet'), value: money(result?.periodNetMinor) },
        ]}
      />
    </>
  );
});

export const PAYS_TONE: Record<'yes' | 'no' | 'unknown', Tone> = {
  yes: 'ok',
  no: 'error',
  unknown: 'neutral',
};
/** A text mark beside the colour, so the verdict reads in high contrast and in grey print. */
export const PAYS_MARK: Record<'yes' | 'no' | 'unknown', string> = {
  yes: '✓',
  no: '✗',
  unknown: '?',
};
