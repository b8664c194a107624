import { memo } from 'react';
import type { FunctionAnalysis } from '../../../shared/analysis';
import { formatNumber } from '../../../shared/i18n/format';
import type { Assignment, Role } from '../../../shared/model';
import { useDisplay, useT, useWorkbenchState } from '../../state/workbench-context';
import { Figures } from '../figures';
import { AssignmentsList } from './assignments-list';
import { RolesList } from './roles-list';

/** Roles, named people, and what they add up to. */
export const HumanSection = memo(function HumanSection(props: {
  readonly functionId: string;
  readonly roles: readonly Role[];
  readonly assignments: readonly Assignment[];
  readonly analysis: FunctionAnalysis | undefined;
}) {
  const t = useT();
  const language = useWorkbenchState((state) => state.language);
  const display = useDisplay();
  const { functionId, roles, analysis } = props;
  return (
    <>
      <h4 className="in-subsection-title">{t('inspector.human.roles')}</h4>
      <RolesList functionId={functionId} roles={roles} />
      <Figures
        label={t('inspector.figures')}
        rows={[
          {
            label: t('analysis.fte'),
            value: formatNumber(language, analysis?.human.fte),
            term: 'fte',
          },
          {
            label: t('inspector.human.dedicatedFte'),
            value: formatNumber(language, analysis?.human.dedicatedFte),
          },
          {
            label: t('inspector.human.handlingFte'),
            value: formatNumber(language, analysis?.human.handlingFte),
          },
          {
            label: t('analysis.humanMonthly'),
            value: display.humanCost(analysis?.costs),
            tone: analysis?.costs.humanMonthlyMinor === undefined ? 'warn' : 'neutral',
          },
        ]}
      />
      <h4 className="in-subsection-title">{t('inspector.human.people')}</h4>
      <AssignmentsList functionId={functionId} assignments={props.assignments} roles={roles} />
    </>
  );
});
