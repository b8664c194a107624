import { useState } from 'react';
import { useEditor, useT, useWorkbenchState } from '../state/workbench-context';

/**
 * Says, above the canvas, why this tab edits and saves nothing while another tab edits the
 * project, and lets the user take over here (the other tab then turns read-only).
 */
export function OpenElsewhereBanner() {
  const t = useT();
  const { tabLock } = useEditor();
  const openElsewhere = useWorkbenchState((state) => state.openElsewhere);
  const [busy, setBusy] = useState(false);
  if (!openElsewhere) return null;
  const takeOver = () => {
    setBusy(true);
    tabLock
      .takeOver()
      .catch((error: unknown) => console.error('take over', error))
      .finally(() => setBusy(false));
  };
  return (
    <div className="banner tone-warn" role="region" aria-label={t('status.openElsewhere')}>
      <span className="status-dot" aria-hidden="true" />
      <span data-testid="open-elsewhere">{t('status.openElsewhere.banner')}</span>
      <button type="button" className="primary banner-action" disabled={busy} onClick={takeOver}>
        {t('status.openElsewhere.takeOver')}
      </button>
    </div>
  );
}
