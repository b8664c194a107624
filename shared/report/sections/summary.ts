import type { SeverityCounts } from '../../checks';
import type { Block, Section } from '../types';
import { NOT_AVAILABLE } from '../../i18n/format';
import { enteredCost, missingCosts, missingMonthly } from '../../display/entered-cost';
import { enteredCostMetric, paysAtNeededStaff, type ReportContext } from './context';
import { shortList } from '../../i18n/short-list';

/** Names listed in a sentence before "and N more". */
const MAX_NAMES = 5;

/** One page for leadership: the totals, which functions pay, what is still open. */
export function summarySection(ctx: ReportContext, open: SeverityCounts): Section {
  const { words: w, analysis, project } = ctx;
  const { totals, categories } = analysis;
  const missing = missingCosts(analysis);
  const financial = categories.financial;
  const pays = analysis.functions.map((figures) => paysAtNeededStaff(figures));
  const paying = pays.filter((p) => p === 'yes').length;
  const assessed = paying + pays.filter((p) => p === 'no').length;
  const net = totals.netMonthlyEffectMinor;
  const blocks: Block[] = [
    {
      kind: 'metrics',
      items: [
        { label: w.t('report.summary.functions'), value: w.number(totals.functions, 0) },
        { label: w.t('report.summary.fte'), value: w.number(totals.fte) },
        {
          label: w.d('analysis.runMonthly'),
          ...enteredCostMetric(w, totals.runMonthlyMinor, missingMonthly.run(missing)),
        },
        {
          label: w.d('analysis.oneOff'),
          ...enteredCostMetric(w, totals.oneOffMinor, missing.oneOff),
        },
        {
          label: w.d('analysis.incrementalProfit'),
          value: w.money(totals.incrementalGrossProfitMonthlyMinor),
        },
        {
          label: w.d('analysis.netMonthly'),
          value: w.money(net),
          tone: net > 0 ? 'good' : net < 0 ? 'bad' : 'neutral',
        },
        {
          label: w.t('report.summary.payingCount'),
          value: w.t('report.summary.payingValue', {
            paying: w.number(paying, 0),
            assessed: w.number(assessed, 0),
          }),
          tone: paying < assessed ? 'bad' : assessed > 0 ? 'good' : 'neutral',
        },
        {
          label: w.t('report.summary.openErrors'),
          value: w.number(open.error, 0),
          note: w.t('report.summary.openWarnings', { count: w.number(open.warning, 0) }),
          tone: open.error > 0 ? 'bad' : 'good',
        },
      ],
    },
  ];

  if (totals.functions === 0) {
    blocks.push({ kind: 'paragraph', text: w.t('report.summary.noFunctions') });
  } else {
    // At most a few names; the functions table lists them all.
    const names = (ids: readonly string[]): string =>
      shortList(
        w.language,
        project.functions.filter((fn) => ids.includes(fn.id)).map((fn) => ctx.functionName(fn)),
        MAX_NAMES,
        (count) =>
          w.t('report.decision.moreListed', { count, section: w.t('report.functions.title') }),
      );
    const { costs, profit } = totals.incomplete;
    if (costs.length > 0) {
      blocks.push({
        kind: 'paragraph',
        muted: true,
        text: w.t('report.summary.incompleteCosts', {
          count: w.number(costs.length, 0),
          names: names(costs),
        }),
      });
    }
    if (profit.length > 0) {
      blocks.push({
        kind: 'paragraph',
        muted: true,
        text: w.t('report.summary.incompleteProfit', {
          count: w.number(profit.length, 0),
          names: names(profit),
        }),
      });
    }
  }

  blocks.push(
    { kind: 'heading', text: w.t('report.summary.categories') },
    {
      kind: 'table',
      table: {
        columns: [
          { title: w.t('report.summary.category'), align: 'left', weight: 2.2 },
          { title: w.t('report.summary.keyFigures'), align: 'left', weight: 5.6 },
          { title: w.t('report.summary.perMonth'), align: 'right', weight: 2.2 },
        ],
        rows: [
          {
            cells: [
              w.d('category.human'),
              w.t('report.summary.humanFigures', {
                fte: w.number(categories.human.fte),
                dedicated: w.number(categories.human.dedicatedFte),
                people: w.number(categories.human.namedPeople, 0),
              }),
              enteredCost(w, categories.human.monthlyCostMinor, missingMonthly.human(missing)),
            ],
          },
          {
            cells: [
              w.d('category.technical'),
              w.t('report.summary.technicalFigures', {
                lines: w.number(categories.technical.lines, 0),
                tools: w.number(categories.technical.tools, 0),
                oneOff: enteredCost(w, categories.technical.oneOffMinor, missing.oneOff),
              }),
              enteredCost(
                w,
                categories.technical.linesMonthlyMinor + categories.technical.toolsMonthlyMinor,
                missingMonthly.technical(missing),
              ),
            ],
          },
          {
            cells: [
              w.d('category.process'),
              w.t('report.summary.processFigures', {
                steps: w.number(categories.process.steps, 0),
                kpis: w.number(categories.process.kpis, 0),
                automated: w.number(categories.process.automatedKpis, 0),
                short: w.number(categories.process.understaffedFunctions, 0),
              }),
              NOT_AVAILABLE,
            ],
          },
          {
            cells: [
              w.d('category.financial'),
              w.t('report.summary.financialFigures', {
                baseline: w.money(financial.baselineMonthlyRevenueMinor),
                profit: w.money(financial.incrementalGrossProfitMonthlyMinor),
                period: w.number(project.planningPeriod.months, 0),
                periodNet: w.money(financial.periodNetMinor),
              }),
              w.money(financial.netMonthlyEffectMinor),
            ],
          },
        ],
        empty: '',
      },
    },
    {
      kind: 'paragraph',
      text:
        open.error > 0
          ? w.t('report.summary.errorsOpen', {
              count: w.number(open.error, 0),
              section: w.t('report.checks.title'),
            })
          : w.t('report.summary.noErrors'),
      muted: open.error === 0,
    },
  );

  return { id: 'summary', level: 1, title: w.t('report.summary.title'), newPage: false, blocks };
}
