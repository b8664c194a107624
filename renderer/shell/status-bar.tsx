import { formatDateTime } from '../../shared/i18n/format';
import { useT, useWorkbench, useWorkbenchState } from '../state/workbench-context';
import { countBySeverity } from '../../shared/checks';
import { useChecks } from '../state/derived';
import { isDirty } from '../state/store';
import { useScenarioCaption } from '../state/scenarios';

function useSaveStatusText(): { text: string; tone: 'ok' | 'busy' | 'warn' | 'error' } {
  const t = useT();
  const language = useWorkbenchState((state) => state.language);
  const status = useWorkbenchState((state) => state.saveStatus);
  const error = useWorkbenchState((state) => state.saveError);
  const dirty = useWorkbenchState(isDirty);
  const lastSavedAt = useWorkbenchState((state) => state.lastSavedAt);
  const openElsewhere = useWorkbenchState((state) => state.openElsewhere);

  if (openElsewhere) return { text: t('status.openElsewhere'), tone: 'warn' };
  if (status === 'saving') return { text: t('status.saving'), tone: 'busy' };
  if (status === 'failed' && error === 'conflict')
    return { text: t('status.conflict'), tone: 'error' };
  if (status === 'failed') {
    return {
      text: t('status.saveFailed', { reason: t(`error.${error ?? 'internal'}`) }),
      tone: 'error',
    };
  }
  if (dirty) return { text: t('status.unsaved'), tone: 'warn' };
  if (!lastSavedAt) return { text: t('status.neverSaved'), tone: 'warn' };
  return {
    text: t('status.saved', { time: formatDateTime(language, lastSavedAt) }),
    tone: 'ok',
  };
}

/** Errors and warnings of the design, always in sight; a click opens the checks. */
function CheckCounts() {
  const t = useT();
  const { store } = useWorkbench();
  const counts = countBySeverity(useChecks());
  const tone = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warn' : 'ok';
  return (
    <button
      type="button"
      className={`status-checks tone-${tone}`}
      data-testid="status-checks"
      onClick={() => store.getState().showSidePanel('checks')}
    >
      <span className="status-dot" aria-hidden="true" />
      {t('checks.count', counts)}
    </button>
  );
}

export function StatusBar() {
  const t = useT();
  const { port } = useWorkbench();
  const save = useSaveStatusText();
  const functionCount = useWorkbenchState((state) => state.project.functions.length);
  const notice = useWorkbenchState((state) => state.notice);
  const scenario = useScenarioCaption();

  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      <span className={`save-status tone-${save.tone}`} role="status" data-testid="save-status">
        <span className="status-dot" aria-hidden="true" />
        {save.text}
      </span>
      {scenario && <span data-testid="status-scenario">{scenario}</span>}
      <span>{t('status.functions', { count: functionCount })}</span>
      <CheckCounts />
      {notice && (
        <span className="notice" role="alert">
          {notice}
        </span>
      )}
      <span className="status-spacer" />
      <span className="edition">{t(`app.edition.${port.edition}`)}</span>
    </footer>
  );
}
