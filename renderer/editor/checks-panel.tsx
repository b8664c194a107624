import { AlertCircle, AlertTriangle, Info } from 'lucide-react';
import { checkMessage, countBySeverity, type DesignCheck } from '../../shared/checks';
import { useEditor, useT, useWorkbenchState } from '../state/workbench-context';
import { useChecks } from '../state/derived';
import { focusFunction, showFunction } from '../canvas/focus-function';
import { placeOfCheck } from '../inspector/check-place';

const ICONS = { error: AlertCircle, warning: AlertTriangle, info: Info } as const;

/** The function a check is about: its own target, or the function holding its KPI or line. */
export function functionOfCheck(check: DesignCheck): string | undefined {
  if (check.target.kind === 'function') return check.target.id;
  return check.target.functionId;
}

/**
 * Every design check. Clicking one selects its function, zooms to it and opens the inspector at
 * the field that fixes it; a check fixed on the canvas (a link) puts the focus on the card.
 */
export function ChecksPanel() {
  const t = useT();
  const editor = useEditor();
  const { store } = editor;
  const checks = useChecks();
  const language = useWorkbenchState((s) => s.language);

  const focus = (check: DesignCheck) => {
    const functionId = functionOfCheck(check);
    const place = placeOfCheck(check);
    if (functionId && place) {
      // The focus goes to the field that fixes it (see checkToFix), not to the card.
      showFunction(editor, functionId);
      editor.view.setState({ checkToFix: { functionId, check } });
    } else if (functionId) {
      focusFunction(editor, functionId);
    } else {
      store.getState().showSidePanel('project');
    }
  };

  if (checks.length === 0) return <p className="panel-empty">{t('checks.none')}</p>;
  return (
    <div className="checks-panel">
      <p className="checks-count">{t('checks.count', countBySeverity(checks))}</p>
      <ul className="checks-list">
        {checks.map((check, index) => {
          const Icon = ICONS[check.severity];
          return (
            <li key={`${check.id}:${check.target.id}:${index}`}>
              <button
                type="button"
                className={`check-item severity-${check.severity}`}
                data-check-id={check.id}
                title={t('checks.focus')}
                onClick={() => focus(check)}
              >
                <Icon size={16} aria-label={t(`checks.severity.${check.severity}`)} />
                <span>{checkMessage(check, language)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
