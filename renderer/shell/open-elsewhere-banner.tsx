import { useT, useWorkbenchState } from '../state/workbench-context';

/** Says, above the canvas, why this tab saves nothing while another tab edits the project. */
export function OpenElsewhereBanner() {
  const t = useT();
  const openElsewhere = useWorkbenchState((state) => state.openElsewhere);
  if (!openElsewhere) return null;
  return (
    <div className="banner tone-warn" role="status" data-testid="open-elsewhere">
      <span className="status-dot" aria-hidden="true" />
      {t('status.openElsewhere.banner')}
    </div>
  );
}
