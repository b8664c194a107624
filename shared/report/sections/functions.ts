import { NOT_AVAILABLE } from '../../i18n/format';
import type { Section } from '../types';
import { paysAtNeededStaff, paysTone, type ReportContext } from './context';

/** The chapter page before the functions: every function in one table. */
export function functionsChapter(ctx: ReportContext): Section {
  const { words: w, project } = ctx;
  const title = w.t('report.functions.title');
  if (project.functions.length === 0) {
    return {
      id: 'functions',
      level: 1,
      title,
      newPage: true,
      blocks: [{ kind: 'paragraph', text: w.t('report.functions.none'), muted: true }],
    };
  }
  const pays = { yes: w.t('report.yes'), no: w.t('report.no'), unknown: NOT_AVAILABLE };
  return {
    id: 'functions',
    level: 1,
    title,
    newPage: true,
    blocks: [
      { kind: 'paragraph', text: w.t('report.functions.intro') },
      {
        kind: 'table',
        table: {
          columns: [
            {
              title: w.t('report.functions.column.function'),
              align: 'left',
              weight: 4.4,
              maxLines: 3,
            },
            {
              title: w.t('report.functions.column.owner'),
              align: 'left',
              weight: 2.6,
              maxLines: 3,
            },
            { title: w.t('report.functions.column.fte'), align: 'right', weight: 1 },
            { title: w.t('report.functions.column.monthlyCost'), align: 'right', weight: 2.2 },
            { title: w.t('report.functions.column.breakEven'), align: 'right', weight: 1.7 },
            { title: w.t('report.functions.column.target'), align: 'right', weight: 1.4 },
            { title: w.t('report.functions.column.pays'), align: 'left', weight: 1.5 },
          ],
          rows: project.functions.map((fn) => {
            const figures = ctx.figures(fn);
            const breakEven = figures?.financial.breakEven;
            return {
              cells: [
                ctx.functionTitle(fn),
                ctx.personName(fn.ownerPersonId),
                w.number(figures?.human.fte),
                w.money(figures?.costs.runMonthlyMinor),
                breakEven?.status === 'ok' ? w.percent(breakEven.growthPercent) : NOT_AVAILABLE,
                w.targetGrowth(fn.financialGoal.targetGrowthPercent),
                figures?.atRequiredStaff === undefined
                  ? pays[paysAtNeededStaff(figures)]
                  : w.t('report.functions.shortPays', { pays: pays[paysAtNeededStaff(figures)] }),
              ],
              tone: paysTone(figures),
            };
          }),
          toneColumn: 6,
          empty: w.t('report.functions.none'),
        },
      },
    ],
  };
}
