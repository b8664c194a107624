import { placeOfCheck, type CheckPlace } from './check-place';
import { useEffect, type ReactElement } from 'react';
import { useStore } from 'zustand';
import type { FunctionAnalysis } from '../../shared/analysis';
import type { Translate } from '../../shared/i18n';
import type { Language } from '../../shared/i18n/language';
import { functionType } from '../../shared/catalog';
import { formatMoney, formatNumber, formatPercent } from '../../shared/i18n/format';
import type { SalesFunction } from '../../shared/model';
import { useDisplay, useEditor, useT, useWorkbenchState } from '../state/workbench-context';
import { useFunction, useFunctionAnalysis, useFunctionChecks } from '../state/derived';
import { Figures } from './figures';
import { Section } from './section';
import type { SectionId } from './sections';
import { ChecksList } from './sections/checks-list';
import { DemandSection } from './sections/demand-section';
import { FinancialSection } from './sections/financial-section';
import { GeneralSection } from './sections/general-section';
import { HumanSection } from './sections/human-section';
import { KpiSection } from './sections/kpi-section';
import { ProcessSection } from './sections/process-section';
import { TechnicalSection } from './sections/technical-section';

export interface FunctionInspectorProps {
  readonly functionId: string;
  readonly isOpen: (section: SectionId) => boolean;
  readonly onToggle: (section: string, open: boolean) => void;
  readonly onGoTo: (place: CheckPlace) => void;
}

/** Everything about one function: its figures and checks on top, then a section per category. */
export function FunctionInspector(props: FunctionInspectorProps) {
  const t = useT();
  const language = useWorkbenchState((state) => state.language);
  const currency = useWorkbenchState((state) => state.project.currency);
  const display = useDisplay();
  const fn = useFunction(props.functionId);
  const analysis = useFunctionAnalysis(props.functionId);
  const checks = useFunctionChecks(props.functionId);
  const editor = useEditor();
  const toFix = useStore(editor.view, (view) => view.checkToFix);
  const { functionId, onGoTo } = props;
  useEffect(() => {
    if (toFix?.functionId !== functionId) return;
    editor.view.setState({ checkToFix: undefined });
    const place = placeOfCheck(toFix.check);
    if (place) onGoTo(place);
  }, [toFix, functionId, onGoTo, editor]);
  if (!fn) return null;

  const money = (minor: number | undefined) => formatMoney(language, minor, currency);
  const section = (
    id: SectionId,
    title: string,
    summary: string | undefined,
    body: ReactElement,
  ) => (
    <Section
      id={id}
      title={title}
      summary={summary}
      open={props.isOpen(id)}
      onToggle={props.onToggle}
    >
      {body}
    </Section>
  );

  return (
    <div className="function-inspector">
      <header className="inspector-header">
        <p className="inspector-kicker">{t(functionType(fn.typeId).nameKey)}</p>
        <h2 className="inspector-heading">{display.name(fn.name) || t('check.unnamed')}</h2>
        <Figures
          label={t('inspector.keyFigures')}
          rows={[
            { label: t('analysis.runMonthly'), value: display.runCost(analysis?.costs) },
            { label: t('analysis.oneOff'), value: money(analysis?.costs.oneOffMinor) },
            {
              label: t('analysis.fte'),
              value: formatNumber(language, analysis?.human.fte),
              term: 'fte',
            },
          ]}
        />
      </header>
      <div className="inspector-checks">
        <h3 className="in-subsection-title">{t('inspector.checks.title')}</h3>
        <ChecksList checks={checks} onGoTo={props.onGoTo} />
      </div>
      {section(
        'general',
        t('inspector.section.general'),
        t(`status.${fn.status}`),
        <GeneralSection
          id={fn.id}
          name={fn.name}
          typeId={fn.typeId}
          purpose={fn.purpose}
          description={fn.description}
          status={fn.status}
          ownerPersonId={fn.ownerPersonId}
          groupId={fn.groupId}
        />,
      )}
      {section(
        'process',
        t('inspector.section.process'),
        t('inspector.summary.steps', { count: fn.steps.length }),
        <ProcessSection functionId={fn.id} steps={fn.steps} />,
      )}
      {section(
        'human',
        t('category.human'),
        humanSummary(fn, analysis, t('inspector.unit.fte'), language, display.humanCost),
        <HumanSection
          functionId={fn.id}
          roles={fn.roles}
          assignments={fn.assignments}
          analysis={analysis}
        />,
      )}
      {section(
        'technical',
        t('category.technical'),
        t('inspector.summary.technical', { lines: fn.lines.length, tools: fn.tools.length }),
        <TechnicalSection
          functionId={fn.id}
          lines={fn.lines}
          tools={fn.tools}
          analysis={analysis}
        />,
      )}
      {section(
        'kpis',
        t('inspector.section.kpis'),
        t('inspector.summary.kpis', { count: fn.kpis.length }),
        <KpiSection functionId={fn.id} kpis={fn.kpis} />,
      )}
      {section(
        'financial',
        t('category.financial'),
        t(`inspector.summary.pays.${analysis?.financial.pays ?? 'unknown'}`),
        <FinancialSection functionId={fn.id} goal={fn.financialGoal} analysis={analysis} />,
      )}
      {section(
        'demand',
        t('inspector.section.demand'),
        demandSummary(analysis, language, t),
        <DemandSection functionId={fn.id} demand={fn.demand} analysis={analysis} />,
      )}
    </div>
  );
}

function humanSummary(
  fn: SalesFunction,
  analysis: FunctionAnalysis | undefined,
  fteUnit: string,
  language: Language,
  humanCost: (costs: FunctionAnalysis['costs'] | undefined) => string,
): string | undefined {
  if (fn.roles.length === 0) return undefined;
  const fte = `${formatNumber(language, analysis?.human.fte)} ${fteUnit}`;
  // A role without its cost leaves the known part and the count, as on the card, not "—".
  return `${fte} · ${humanCost(analysis?.costs)}`;
}

function demandSummary(
  analysis: FunctionAnalysis | undefined,
  language: Language,
  t: Translate,
): string | undefined {
  const staffing = analysis?.process.staffing;
  if (staffing?.status !== 'ok') return undefined;
  const values = {
    handling: formatNumber(language, analysis?.human.handlingFte),
    required: formatNumber(language, staffing.requiredFte),
  };
  const abandonment = analysis?.process.withAssignedStaffAbandonment?.abandonment;
  return abandonment === undefined
    ? t('inspector.summary.staffing', values)
    : t('inspector.summary.staffingAbandonment', {
        ...values,
        rate: formatPercent(language, abandonment),
      });
}
