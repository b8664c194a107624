import { useMemo } from 'react';
import { useT, useWorkbenchState } from '../state/workbench-context';
import { currencySymbol } from './units';

/** Units shown after money inputs, in the UI language and the project currency. */
export function useMoneyUnits(): { readonly perMonth: string; readonly once: string } {
  const t = useT();
  const language = useWorkbenchState((state) => state.language);
  const currency = useWorkbenchState((state) => state.project.currency);
  return useMemo(() => {
    const symbol = currencySymbol(language, currency);
    return { perMonth: t('inspector.unit.perMonth', { currency: symbol }), once: symbol };
  }, [t, language, currency]);
}
