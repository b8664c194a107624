import { sumAll } from '../../shared/analysis/numbers';
import { formatMoney, formatNumber } from '../../shared/i18n/format';
import { useT, useWorkbenchState } from '../state/workbench-context';
import { useAnalysis } from '../state/derived';
import { Figures } from './figures';

/** Several functions selected: how many, and what they add up to; nothing to edit. */
export function MultiSelection({ functionIds }: { readonly functionIds: readonly string[] }) {
  const t = useT();
  const language = useWorkbenchState((state) => state.language);
  const currency = useWorkbenchState((state) => state.project.currency);
  // A read-only tab edits none of them, so it does not invite to.
  const readOnly = useWorkbenchState((state) => state.openElsewhere);
  const analysis = useAnalysis();
  const selected = functionIds.flatMap((id) => {
    const found = analysis.byFunctionId.get(id);
    return found ? [found] : [];
  });
  // A total with an unknown part is shown as unknown rather than as a misleading partial sum.
  const money = (pick: (a: (typeof selected)[number]) => number | undefined) =>
    formatMoney(language, sumAll(selected.map(pick)), currency);

  return (
    <div className="inspector-multi">
      <h2 className="inspector-heading">
        {t('inspector.multi.title', { count: selected.length })}
      </h2>
      <p className="in-field-note">
        {readOnly
          ? t('inspector.multi.hint')
          : `${t('inspector.multi.editOne')} ${t('inspector.multi.hint')}`}
      </p>
      <Figures
        label={t('inspector.multi.totals')}
        rows={[
          {
            label: t('analysis.fte'),
            value: formatNumber(language, sumAll(selected.map((a) => a.human.fte))),
          },
          { label: t('analysis.runMonthly'), value: money((a) => a.costs.runMonthlyMinor) },
          { label: t('analysis.oneOff'), value: money((a) => a.costs.oneOffMinor) },
          {
            label: t('analysis.incrementalProfit'),
            value: money((a) => a.financial.incrementalGrossProfitMonthlyMinor),
          },
          {
            label: t('analysis.netMonthly'),
            value: money((a) => a.financial.netMonthlyEffectMinor),
          },
        ]}
      />
    </div>
  );
}
