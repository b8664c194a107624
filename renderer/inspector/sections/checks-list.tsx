import { memo } from 'react';
import { AlertCircle, AlertTriangle, Info } from 'lucide-react';
import { checkMessage, type DesignCheck, type Severity } from '../../../shared/checks';
import { useT, useWorkbenchState } from '../../state/workbench-context';
import { placeOfCheck, type CheckPlace } from '../check-place';

export const SEVERITY_ICONS: Record<Severity, typeof Info> = {
  error: AlertCircle,
  warning: AlertTriangle,
  info: Info,
};

/**
 * The design checks that concern the selected function, in the UI language. A check that points
 * at a part of the inspector opens that section and moves focus to it.
 */
export const ChecksList = memo(function ChecksList(props: {
  readonly checks: readonly DesignCheck[];
  readonly onGoTo: (place: CheckPlace) => void;
}) {
  const t = useT();
  const language = useWorkbenchState((state) => state.language);
  if (props.checks.length === 0) {
    return <p className="in-checks-clear">{t('inspector.checks.none')}</p>;
  }
  return (
    <ul className="in-checks-list" aria-label={t('inspector.checks.title')}>
      {props.checks.map((check, index) => {
        const Icon = SEVERITY_ICONS[check.severity];
        const place = placeOfCheck(check);
        const message = checkMessage(check, language);
        const text = (
          <>
            <Icon size={16} aria-hidden className="in-check-icon" />
            {/* The icon's shape tells the severity on screen; the word is for screen readers. */}
            <span className="in-check-severity visually-hidden">
              {t(`severity.${check.severity}`)}
            </span>
            <span className="in-check-message">{message}</span>
          </>
        );
        return (
          <li
            key={`${check.id}-${check.target.id}-${index}`}
            className={`in-check in-check-${check.severity}`}
          >
            {place ? (
              <button
                type="button"
                title={message}
                data-check-id={check.id}
                onClick={() => props.onGoTo(place)}
              >
                {text}
              </button>
            ) : (
              <div title={message}>{text}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
});
