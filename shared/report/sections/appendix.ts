import { dateTimeFormat, LOCALE } from '../../i18n/format';
import type { Section } from '../types';
import type { ReportContext } from './context';

/** How the figures were computed, and the project settings they depend on. */
export function appendixSection(ctx: ReportContext): Section {
  const { words: w, project } = ctx;
  const [year, month] = project.planningPeriod.startMonth.split('-').map(Number);
  const start =
    year === undefined || month === undefined
      ? project.planningPeriod.startMonth
      : dateTimeFormat(LOCALE[w.language], {
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(Date.UTC(year, month - 1, 1));
  const hours = w.number(project.settings.contractedHoursPerWeek);
  return {
    id: 'appendix',
    level: 1,
    title: w.t('report.appendix.title'),
    newPage: false,
    blocks: [
      { kind: 'paragraph', text: w.t('report.appendix.intro') },
      { kind: 'heading', text: w.t('report.appendix.settings') },
      {
        kind: 'facts',
        items: [
          {
            label: w.t('report.appendix.period'),
            value: w.t('report.appendix.periodValue', {
              months: w.number(project.planningPeriod.months, 0),
              start,
            }),
          },
          { label: w.t('report.appendix.currency'), value: w.currency },
          { label: w.t('report.appendix.contractedHours'), value: hours },
        ],
      },
      { kind: 'heading', text: w.t('report.appendix.formulas') },
      {
        kind: 'facts',
        items: [
          { label: w.d('analysis.runMonthly'), value: w.t('report.appendix.runCostFormula') },
          { label: w.d('analysis.incrementalProfit'), value: w.t('report.appendix.profitFormula') },
          { label: w.d('analysis.breakEven'), value: w.t('report.appendix.breakEvenFormula') },
          { label: w.t('report.appendix.net'), value: w.t('report.appendix.netFormula') },
          {
            label: w.t('report.appendix.erlang'),
            value: w.t('report.appendix.erlangFormula', { hours }),
          },
        ],
      },
    ],
  };
}
