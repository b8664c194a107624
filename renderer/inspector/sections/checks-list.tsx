import { AlertCircle, AlertTriangle, Info } from 'lucide-react';
import { checkMessage, type DesignCheck, type Severity } from '../../../shared/checks';
import { useT, useWorkbenchState } from '../../app/workbench-context';
import type { SectionId } from '../sections';

const ICONS: Record<Severity, typeof Info> = {
  error: AlertCircle,
  warning: AlertTriangle,
  info: Info,
};

/** Where in the inspector the fix for a check is made. */
export function sectionOfCheck(check: DesignCheck): SectionId | undefined {
  const [area, rule] = check.id.split('.');
  if (area === 'kpi') return 'kpis';
  if (area === 'line') return 'technical';
  if (area === 'staffing') return 'demand';
  if (rule === 'no-owner') return 'general';
  if (rule === 'job-title-only') return 'process';
  if (rule === 'costs-missing') return 'human';
  if (rule === 'not-linked') return undefined;
  return 'financial';
}

/**
 * The design checks that concern the selected function, in the UI language. A check that points
 * at a part of the inspector opens that section and moves focus to it.
 */
export function ChecksList(props: {
  readonly checks: readonly DesignCheck[];
  readonly onGoTo: (section: SectionId, elementId: string | undefined) => void;
}) {
  const t = useT();
  const language = useWorkbenchState((state) => state.language);
  if (props.checks.length === 0) {
    return <p className="checks-clear">{t('inspector.checks.none')}</p>;
  }
  return (
    <ul className="checks-list" aria-label={t('inspector.checks.title')}>
      {props.checks.map((check, index) => {
        const Icon = ICONS[check.severity];
        const section = sectionOfCheck(check);
        const elementId =
          check.target.kind === 'kpi' || check.target.kind === 'line'
            ? `${check.target.kind}-${check.target.id}`
            : undefined;
        const text = (
          <>
            <Icon size={16} aria-hidden className="check-icon" />
            <span className="check-severity">{t(`severity.${check.severity}`)}</span>
            <span className="check-message">{checkMessage(check, language)}</span>
          </>
        );
        return (
          <li
            key={`${check.id}-${check.target.id}-${index}`}
            className={`check check-${check.severity}`}
          >
            {section ? (
              <button type="button" onClick={() => props.onGoTo(section, elementId)}>
                {text}
              </button>
            ) : (
              <div>{text}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
