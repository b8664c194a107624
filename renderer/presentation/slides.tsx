import type { ReactNode } from 'react';
import { functionType } from '../../shared/catalog';
import { checkMessage, worstSeverity } from '../../shared/checks';
import { useDisplay, useT, useWorkbenchState } from '../state/workbench-context';
import { useScenarioCaption } from '../state/scenarios';
import { FunctionIcon } from '../canvas/function-icons';
import { SEVERITY_ICONS } from '../inspector/sections/checks-list';
import { PAYS_MARK, PAYS_TONE } from '../inspector/sections/financial-section';
import {
  functionById,
  useAnalysis,
  useFunction,
  useFunctionAnalysis,
  useFunctionChecks,
} from '../state/derived';

/** KPIs and checks beyond these are counted, not listed: a slide is read from the back row. */
const KPIS_SHOWN = 3;
const CHECKS_SHOWN = 3;

function Fact(props: { label: string; children: ReactNode; tone?: string }) {
  return (
    <div className={`slide-fact${props.tone ? ` slide-tone-${props.tone}` : ''}`}>
      <dt title={props.label}>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

function Category(props: { title: string; children: ReactNode }) {
  return (
    <section className="slide-category" aria-label={props.title}>
      <h3>{props.title}</h3>
      {props.children}
    </section>
  );
}

/** The opening slide: the project, the company and today's date. */
export function TitleSlide() {
  const t = useT();
  const display = useDisplay();
  const name = useWorkbenchState((s) => s.project.name);
  const company = useWorkbenchState((s) => s.project.company);
  const count = useWorkbenchState((s) => s.project.functions.length);
  const scenario = useScenarioCaption();
  return (
    <div className="slide slide-title">
      {company.trim() !== '' && <p className="slide-kicker">{company}</p>}
      <h2 className="slide-heading">{name}</h2>
      {scenario && (
        <p className="slide-sub" data-testid="slide-scenario">
          {scenario}
        </p>
      )}
      <p className="slide-sub">
        {display.date(new Date().toISOString())} ·{' '}
        {count > 0 ? t('present.functions', { count }) : t('present.empty')}
      </p>
      <p className="slide-hint">{t('present.keys')}</p>
    </div>
  );
}

/** One function as an enlarged card: its four categories, then its design checks. */
export function FunctionSlide(props: { functionId: string }) {
  const t = useT();
  const display = useDisplay();
  const language = useWorkbenchState((s) => s.language);
  const fn = useFunction(props.functionId);
  const analysis = useFunctionAnalysis(props.functionId);
  const checks = useFunctionChecks(props.functionId);
  const owner = useWorkbenchState((s) =>
    fn?.ownerPersonId ? s.project.people.find((p) => p.id === fn.ownerPersonId)?.name : undefined,
  );
  if (!fn) return null;
  const severity = worstSeverity(checks);
  const pays = analysis?.financial.pays ?? 'unknown';
  const costs = analysis?.costs;
  const technicalMonthly =
    costs?.linesMonthlyMinor === undefined || costs.toolsMonthlyMinor === undefined
      ? undefined
      : costs.linesMonthlyMinor + costs.toolsMonthlyMinor;
  const fteUnit = t('canvas.node.fteUnit');
  const name = display.functionName(fn);
  const kindName = t(functionType(fn.typeId).nameKey);
  return (
    <article className="slide slide-card" aria-label={name}>
      <header className="slide-card-header">
        <span className="slide-card-icon" aria-hidden="true">
          <FunctionIcon typeId={fn.typeId} size={40} />
        </span>
        <div className="slide-card-titles">
          {/* The kind is worth a line only when the name says something else. */}
          {kindName !== name && <p className="slide-kicker">{kindName}</p>}
          <h2 className="slide-heading">{name}</h2>
        </div>
        <p className={`slide-status slide-tone-${severity}`}>{t(`canvas.severity.${severity}`)}</p>
      </header>
      <div className="slide-categories">
        <Category title={t('present.people')}>
          <dl>
            <Fact label={t('analysis.fte')}>
              {display.number(analysis?.human.fte)} {fteUnit}
            </Fact>
            <Fact label={t('present.owner')} tone={owner ? undefined : 'error'}>
              {owner ?? t('canvas.node.noOwner')}
            </Fact>
            <Fact label={t('analysis.humanMonthly')}>
              {display.money(costs?.humanMonthlyMinor)}
            </Fact>
          </dl>
        </Category>
        <Category title={t('present.lines')}>
          <dl>
            <Fact label={t('canvas.node.lines')}>{display.number(fn.lines.length, 0)}</Fact>
            <Fact label={t('present.tools')}>{display.number(fn.tools.length, 0)}</Fact>
            <Fact label={t('present.linesTools')}>{display.money(technicalMonthly)}</Fact>
          </dl>
        </Category>
        <Category title={t('present.kpis')}>
          {fn.kpis.length === 0 ? (
            <p className="slide-missing">{t('present.noKpis')}</p>
          ) : (
            <dl>
              {fn.kpis.slice(0, KPIS_SHOWN).map((kpi) => (
                <Fact key={kpi.id} label={kpi.metric}>
                  {display.kpiTarget(kpi)}
                </Fact>
              ))}
              {fn.kpis.length > KPIS_SHOWN && (
                <p className="slide-more">
                  {t('present.moreKpis', { count: fn.kpis.length - KPIS_SHOWN })}
                </p>
              )}
            </dl>
          )}
        </Category>
        <Category title={t('present.money')}>
          <dl>
            <Fact label={t('analysis.runMonthly')}>{display.money(costs?.runMonthlyMinor)}</Fact>
            <Fact label={t('analysis.targetGrowth')}>
              {display.targetGrowth(fn.financialGoal.targetGrowthPercent)}
            </Fact>
            <Fact label={t('analysis.breakEven')} tone={PAYS_TONE[pays]}>
              {display.breakEven(
                analysis?.financial.breakEven,
                fn.financialGoal.targetGrowthPercent,
              )}
            </Fact>
          </dl>
          <p className={`slide-verdict slide-tone-${PAYS_TONE[pays]}`}>
            <span aria-hidden="true">{PAYS_MARK[pays]}</span> {t(`analysis.pays.${pays}`)}
          </p>
        </Category>
      </div>
      <section className="slide-checks" aria-label={t('inspector.checks.title')}>
        <h3>{t('inspector.checks.title')}</h3>
        {checks.length === 0 ? (
          <p className="slide-tone-ok">{t('present.checksNone')}</p>
        ) : (
          <ul>
            {checks.slice(0, CHECKS_SHOWN).map((check, index) => {
              const Icon = SEVERITY_ICONS[check.severity];
              return (
                <li
                  key={`${check.id}-${check.target.id}-${index}`}
                  className={`slide-check slide-tone-${check.severity}`}
                >
                  <Icon aria-hidden="true" className="slide-check-icon" />
                  <span>
                    <strong>{t(`severity.${check.severity}`)}:</strong>{' '}
                    {checkMessage(check, language)}
                  </span>
                </li>
              );
            })}
            {checks.length > CHECKS_SHOWN && (
              <li className="slide-more">
                {t('present.moreChecks', { count: checks.length - CHECKS_SHOWN })}
              </li>
            )}
          </ul>
        )}
      </section>
    </article>
  );
}

/** The closing slide: the design's totals and the functions that do not pay. */
export function SummarySlide() {
  const t = useT();
  const display = useDisplay();
  const project = useWorkbenchState((s) => s.project);
  const { totals, functions: analyses } = useAnalysis();
  const namesWhere = (pays: 'no' | 'unknown') =>
    analyses
      .filter((a) => a.financial.pays === pays)
      .flatMap((a) => {
        const fn = functionById(project, a.functionId);
        return fn ? [{ id: fn.id, name: display.functionName(fn) }] : [];
      });
  const notPaying = namesWhere('no');
  const unknown = namesWhere('unknown').length;
  return (
    <div className="slide slide-summary">
      <h2 className="slide-heading">{t('present.summary.title')}</h2>
      <dl className="slide-totals">
        <Fact label={t('summary.functions')}>{display.number(totals.functions, 0)}</Fact>
        <Fact label={t('summary.fte')}>
          {display.number(totals.fte)} {t('canvas.node.fteUnit')}
        </Fact>
        <Fact label={t('summary.runCost')}>{display.money(totals.runMonthlyMinor)}</Fact>
        <Fact label={t('summary.oneOff')}>{display.money(totals.oneOffMinor)}</Fact>
        <Fact label={t('summary.profit')}>
          {display.money(totals.incrementalGrossProfitMonthlyMinor)}
        </Fact>
        <Fact
          label={t('summary.net')}
          tone={totals.netMonthlyEffectMinor < 0 ? 'error' : undefined}
        >
          {display.money(totals.netMonthlyEffectMinor)}
        </Fact>
      </dl>
      <section className="slide-not-paying" aria-label={t('present.summary.doesNotPay')}>
        <h3>{t('present.summary.doesNotPay')}</h3>
        {totals.functions === 0 ? (
          <p>{t('present.empty')}</p>
        ) : notPaying.length === 0 ? (
          <p className="slide-tone-ok">
            <span aria-hidden="true">{PAYS_MARK.yes}</span> {t('present.summary.allPay')}
          </p>
        ) : (
          <ul>
            {notPaying.map((entry) => (
              <li key={entry.id} className="slide-tone-error">
                <span aria-hidden="true">{PAYS_MARK.no}</span> {entry.name}
              </li>
            ))}
          </ul>
        )}
        {unknown > 0 && (
          <p className="slide-more">{t('present.summary.unknown', { count: unknown })}</p>
        )}
      </section>
    </div>
  );
}
