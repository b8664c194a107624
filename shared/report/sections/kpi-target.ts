import { minorUnitDigits } from '../../i18n/format';
import type { Kpi } from '../../model';
import type { Words } from '../words';

/** "≤ 15 min", "≥ 25 %", "≥ 1 000 000 ₽". */
export function kpiTarget(w: Words, kpi: Kpi): string {
  const value = ((): string => {
    switch (kpi.unit) {
      case 'percent':
        return w.percent(kpi.target);
      case 'money':
        // KPI targets are typed in whole currency units; money is formatted from minor units.
        return w.money(Math.round(kpi.target * 10 ** minorUnitDigits(w.currency)));
      case 'other':
        return w.number(kpi.target, 2);
      default:
        return `${w.number(kpi.target, 2)} ${w.d(`unit.${kpi.unit}`)}`;
    }
  })();
  return `${w.d(`comparator.${kpi.comparator}`)} ${value}`;
}
