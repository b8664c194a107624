import type { FunctionAnalysis } from '../../../shared/analysis';
import type { Payback } from '../../../shared/analysis';
import type { Translate } from '../../../shared/i18n';
import { formatMoney, formatNumber, formatPercent } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/language';
import {
  financialGoalSchema,
  updateFinancialGoal,
  type FinancialGoal,
  type SalesFunction,
} from '../../../shared/model';
import { useT, useWorkbenchState } from '../../app/workbench-context';
import { SelectField } from '../fields/choice-fields';
import { MoneyField, NumberField } from '../fields/number-field';
import { Figures, Verdict, type Tone } from '../figures';
import { useEdit, usePeopleOptions } from '../use-inspector';
import { useMoneyUnits } from '../use-units';

/** Baseline revenue, target growth, margin and owner — and whether the function pays. */
export function FinancialSection(props: {
  readonly fn: SalesFunction;
  readonly analysis: FunctionAnalysis | undefined;
}) {
  const t = useT();
  const edit = useEdit();
  const language = useWorkbenchState((state) => state.language);
  const currency = useWorkbenchState((state) => state.project.currency);
  const people = usePeopleOptions();
  const units = useMoneyUnits();
  const { fn, analysis } = props;
  const goal = fn.financialGoal;
  const patch = (change: Partial<FinancialGoal>) =>
    edit((project) => updateFinancialGoal(project, fn.id, change));
  const money = (minor: number | undefined) => formatMoney(language, minor, currency);
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
          onCommit={(baselineMonthlyRevenueMinor) => patch({ baselineMonthlyRevenueMinor })}
        />
        <NumberField
          label={t('analysis.targetGrowth')}
          unit={t('unit.percent')}
          value={goal.targetGrowthPercent}
          schema={financialGoalSchema.shape.targetGrowthPercent}
          onCommit={(targetGrowthPercent) => patch({ targetGrowthPercent })}
        />
        <NumberField
          label={t('inspector.financial.margin')}
          unit={t('unit.percent')}
          value={goal.grossMarginPercent}
          schema={financialGoalSchema.shape.grossMarginPercent}
          onCommit={(grossMarginPercent) => patch({ grossMarginPercent })}
        />
        <SelectField
          wide
          label={t('inspector.financial.owner')}
          value={goal.ownerPersonId}
          options={people}
          noneLabel={t('inspector.nobody')}
          onChange={(ownerPersonId) => patch({ ownerPersonId })}
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
            value:
              breakEven?.status === 'ok'
                ? formatPercent(language, breakEven.growthPercent / 100)
                : breakEven?.status === 'impossible'
                  ? t('analysis.breakEven.impossible')
                  : t('analysis.notEnoughData'),
            tone: PAYS_TONE[pays],
          },
          {
            label: t('analysis.targetGrowth'),
            value: formatPercent(language, optionalRatio(goal.targetGrowthPercent)),
          },
          { label: t('analysis.runMonthly'), value: money(analysis?.costs.runMonthlyMinor) },
          {
            label: t('analysis.incrementalProfit'),
            value: money(result?.incrementalGrossProfitMonthlyMinor),
          },
          {
            label: t('analysis.netMonthly'),
            value: money(net),
            tone: net === undefined ? 'neutral' : net >= 0 ? 'ok' : 'error',
          },
          { label: t('analysis.payback'), value: paybackText(result?.payback, t, language) },
          {
            label: t('analysis.roi'),
            value: formatPercent(language, optionalRatio(result?.roiPercent)),
          },
          { label: t('analysis.periodNet'), value: money(result?.periodNetMinor) },
        ]}
      />
    </>
  );
}

const PAYS_TONE: Record<'yes' | 'no' | 'unknown', Tone> = {
  yes: 'ok',
  no: 'error',
  unknown: 'neutral',
};
/** A text mark beside the colour, so the verdict reads in high contrast and in grey print. */
const PAYS_MARK: Record<'yes' | 'no' | 'unknown', string> = { yes: '✓', no: '✗', unknown: '?' };

function optionalRatio(percent: number | undefined): number | undefined {
  return percent === undefined ? undefined : percent / 100;
}

function paybackText(payback: Payback | undefined, t: Translate, language: Language): string {
  switch (payback?.status) {
    case 'months':
      return t('analysis.payback.months', { months: formatNumber(language, payback.months, 1) });
    case 'immediate':
      return t('analysis.payback.immediate');
    case 'never':
      return t('analysis.payback.never');
    default:
      return t('analysis.notEnoughData');
  }
}
