import { AlertCircle, AlertTriangle, Info } from 'lucide-react';
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import { checkMessage, countBySeverity, type DesignCheck } from '../../shared/checks';
import { useEditor, useT, useWorkbenchState } from '../state/workbench-context';
import { useChecks } from '../state/derived';
import { focusFunction, showFunction } from '../canvas/focus-function';
import { placeOfCheck } from '../inspector/check-place';
import type { Editor } from '../state/editor';

const ICONS = { error: AlertCircle, warning: AlertTriangle, info: Info } as const;

/** The function a check is about: its own target, or the function holding its KPI or line. */
function functionOfCheck(check: DesignCheck): string | undefined {
  if (check.target.kind === 'function') return check.target.id;
  return check.target.functionId;
}

/**
 * Selects the check's function, zooms to it and opens the inspector at the field that fixes it;
 * a check fixed on the canvas (a link) puts the focus on the card.
 */
function goToCheck(editor: Editor, check: DesignCheck): void {
  const functionId = functionOfCheck(check);
  const place = placeOfCheck(check);
  if (functionId && place) {
    // The focus goes to the field that fixes it (see checkToFix), not to the card.
    showFunction(editor, functionId);
    editor.view.setState({ checkToFix: { functionId, check } });
  } else if (functionId) {
    focusFunction(editor, functionId);
  } else {
    editor.store.getState().showSidePanel('project');
  }
}

/** Keys that stay with a check while others come and go: its kind, target and repeat. */
function checkKeys(checks: readonly DesignCheck[]): string[] {
  const seen = new Map<string, number>();
  return checks.map((check) => {
    const base = `${check.id}:${check.target.id}`;
    const repeat = seen.get(base) ?? 0;
    seen.set(base, repeat + 1);
    return `${base}:${repeat}`;
  });
}

interface CheckRowProps {
  readonly index: number;
  readonly severity: DesignCheck['severity'];
  readonly checkId: DesignCheck['id'];
  readonly message: string;
  readonly severityLabel: string;
  readonly title: string;
  readonly onPick: (index: number) => void;
}

/** One check; its props are strings, so an edit elsewhere in the design leaves it as it is. */
const CheckRow = memo(function CheckRow(props: CheckRowProps) {
  const Icon = ICONS[props.severity];
  const { index, onPick } = props;
  return (
    <li>
      <button
        type="button"
        className={`check-item severity-${props.severity}`}
        data-check-id={props.checkId}
        title={props.title}
        onClick={() => onPick(index)}
      >
        <Icon size={16} aria-label={props.severityLabel} />
        <span>{props.message}</span>
      </button>
    </li>
  );
});

/** Every design check; a click leads to the field that fixes it (see goToCheck). */
export function ChecksPanel() {
  const t = useT();
  const editor = useEditor();
  const checks = useChecks();
  const language = useWorkbenchState((s) => s.language);
  // The rows' click handler stays the same function; it reads the checks of the last render.
  const shown = useRef(checks);
  useLayoutEffect(() => {
    shown.current = checks;
  }, [checks]);
  const pick = useCallback(
    (index: number) => {
      const check = shown.current[index];
      if (check) goToCheck(editor, check);
    },
    [editor],
  );

  if (checks.length === 0) return <p className="panel-empty">{t('checks.none')}</p>;
  const keys = checkKeys(checks);
  const title = t('checks.focus');
  return (
    <div className="checks-panel">
      <p className="checks-count">{t('checks.count', countBySeverity(checks))}</p>
      <ul className="checks-list">
        {checks.map((check, index) => (
          <CheckRow
            key={keys[index]}
            index={index}
            severity={check.severity}
            checkId={check.id}
            message={checkMessage(check, language)}
            severityLabel={t(`checks.severity.${check.severity}`)}
            title={title}
            onPick={pick}
          />
        ))}
      </ul>
    </div>
  );
}
