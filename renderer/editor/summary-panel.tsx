import type { ReactNode } from 'react';
import { formatMoney, formatNumber } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n';
import { useDisplay, useT, useWorkbenchState } from '../state/workbench-context';
import type { GlossaryTerm } from '../state/glossary';
import { InfoButton } from '../ui-kit/info-button';
import { enteredCost, missingCosts, missingMonthly } from '../../shared/display/entered-cost';
import { useAnalysis } from '../state/derived';
import { useScenarioCaption } from '../state/scenarios';

function Row(props: { label: string; children: ReactNode; testId?: string; term?: GlossaryTerm }) {
  return (
    <div className="summary-row" data-testid={props.testId}>
      <dt>
        {props.label}
        {props.term && <InfoButton term={props.term} />}
      </dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** Totals of the whole design and per category of the method. */
export function SummaryPanel() {
  const t = useT();
  const analysis = useAnalysis();
  const language = useWorkbenchState((s) => s.language);
  const currency = useWorkbenchState((s) => s.project.currency);
  const names = useWorkbenchState((s) => s.project.functions);
  const display = useDisplay();
  const scenario = useScenarioCaption();
  const readOnly = useWorkbenchState((s) => s.openElsewhere);
  const { totals, categories } = analysis;
  const missing = missingCosts(analysis);
  const money = (minor: number) => formatMoney(language, minor, currency);
  const section = (key: MessageKey) => <h3 className="summary-heading">{t(key)}</h3>;

  if (totals.functions === 0) {
    return <p className="panel-empty">{t(readOnly ? 'summary.emptyReadOnly' : 'summary.empty')}</p>;
  }
  const byPays = (pays: 'yes' | 'no' | 'unknown') =>
    analysis.functions
      .filter((a) => a.financial.pays === pays)
      .flatMap((a) => {
        const fn = names.find((candidate) => candidate.id === a.functionId);
        return fn ? [display.functionName(fn)] : [];
      })
      .join(', ');

  return (
    <div className="summary-panel">
      {scenario && (
        <p className="summary-scenario" data-testid="summary-scenario">
          {scenario}
        </p>
      )}
      <dl className="summary-grid summary-totals">
        <Row label={t('summary.functions')}>{formatNumber(language, totals.functions, 0)}</Row>
        <Row label={t('summary.fte')} testId="summary-fte" term="fte">
          {formatNumber(language, totals.fte)} {t('canvas.node.fteUnit')}
        </Row>
        <Row label={t('summary.runCost')} testId="summary-run-cost">
          {enteredCost(display, totals.runMonthlyMinor, missingMonthly.run(missing))}
        </Row>
        <Row label={t('summary.oneOff')}>
          {enteredCost(display, totals.oneOffMinor, missing.oneOff)}
        </Row>
        <Row label={t('summary.profit')}>{money(totals.incrementalGrossProfitMonthlyMinor)}</Row>
        <Row label={t('summary.net')}>{money(totals.netMonthlyEffectMinor)}</Row>
      </dl>
      {/* Each total says what it lacks: a function may lack a cost, revenue data or both. */}
      {(['costs', 'profit'] as const).map(
        (part) =>
          totals.incomplete[part].length > 0 && (
            <p key={part} className="summary-note">
              {t(`summary.incomplete.${part}`, { count: totals.incomplete[part].length })}
            </p>
          ),
      )}
      <dl className="summary-grid">
        <Row label={t('summary.pays')} term="breakEven">
          {byPays('yes') || '—'}
        </Row>
        <Row label={t('summary.doesNotPay')}>{byPays('no') || '—'}</Row>
        <Row label={t('summary.unknown')}>{byPays('unknown') || '—'}</Row>
      </dl>
      {section('summary.category.human')}
      <dl className="summary-grid">
        <Row label={t('summary.fte')}>{formatNumber(language, categories.human.fte)}</Row>
        <Row label={t('summary.runCost')} testId="summary-human-cost">
          {enteredCost(display, categories.human.monthlyCostMinor, missingMonthly.human(missing))}
        </Row>
      </dl>
      {section('summary.category.technical')}
      <dl className="summary-grid">
        <Row label={t('summary.lines')}>
          {formatNumber(language, categories.technical.lines, 0)}
        </Row>
        <Row label={t('summary.tools')}>
          {formatNumber(language, categories.technical.tools, 0)}
        </Row>
        <Row label={t('summary.runCost')} testId="summary-technical-cost">
          {enteredCost(
            display,
            categories.technical.linesMonthlyMinor + categories.technical.toolsMonthlyMinor,
            missingMonthly.technical(missing),
          )}
        </Row>
        <Row label={t('summary.oneOff')}>
          {enteredCost(display, categories.technical.oneOffMinor, missing.oneOff)}
        </Row>
      </dl>
      {section('summary.category.process')}
      <dl className="summary-grid">
        <Row label={t('summary.kpis')}>
          {formatNumber(language, categories.process.kpis, 0)} (
          {formatNumber(language, categories.process.automatedKpis, 0)})
        </Row>
        <Row label={t('summary.understaffed')}>
          {formatNumber(language, categories.process.understaffedFunctions, 0)}
        </Row>
      </dl>
      {section('summary.category.financial')}
      <dl className="summary-grid">
        <Row label={t('summary.baseline')}>
          {money(categories.financial.baselineMonthlyRevenueMinor)}
        </Row>
        <Row label={t('summary.profit')}>
          {money(categories.financial.incrementalGrossProfitMonthlyMinor)}
        </Row>
        <Row label={t('summary.net')}>{money(categories.financial.netMonthlyEffectMinor)}</Row>
      </dl>
    </div>
  );
}
