import { checkMessage, countBySeverity, type DesignCheck } from '../../checks';
import type { Section, Tone } from '../types';
import type { ReportContext } from './context';

const SEVERITY_TONE = {
  error: 'bad',
  warning: 'warning',
  info: 'neutral',
} as const satisfies Record<DesignCheck['severity'], Tone>;

/** The design linter's findings, errors first, each with where it is and what to do. */
export function checksSection(ctx: ReportContext, checks: readonly DesignCheck[]): Section {
  const { words: w, project } = ctx;
  const functions = new Map(project.functions.map((fn) => [fn.id, fn]));
  const where = (check: DesignCheck): string => {
    const { target } = check;
    if (target.kind === 'person') {
      return ctx.personName(target.id);
    }
    const fn = functions.get(target.functionId ?? target.id);
    if (!fn) return w.t('report.checks.project');
    const title = ctx.functionTitle(fn);
    if (target.kind === 'kpi') {
      const kpi = fn.kpis.find((k) => k.id === target.id);
      return kpi ? `${title} › ${w.orUnset(kpi.metric)}` : title;
    }
    if (target.kind === 'line') {
      const line = fn.lines.find((l) => l.id === target.id);
      return line ? `${title} › ${w.orUnset(line.number)}` : title;
    }
    return title;
  };
  const open = countBySeverity(checks);
  return {
    id: 'checks',
    level: 1,
    title: w.t('report.checks.title'),
    newPage: true,
    blocks: [
      {
        kind: 'paragraph',
        text:
          checks.length === 0
            ? w.t('report.checks.none')
            : w.t('report.checks.intro', {
                error: w.number(open.error, 0),
                warning: w.number(open.warning, 0),
                info: w.number(open.info, 0),
              }),
      },
      {
        kind: 'table',
        table: {
          columns: [
            { title: w.t('report.checks.severity'), align: 'left', weight: 1.6 },
            { title: w.t('report.checks.element'), align: 'left', weight: 3, maxLines: 4 },
            { title: w.t('report.checks.message'), align: 'left', weight: 7 },
          ],
          rows: checks.map((check) => ({
            cells: [
              w.d(`severity.${check.severity}`),
              where(check),
              checkMessage(check, w.language),
            ],
            tone: SEVERITY_TONE[check.severity],
          })),
          toneColumn: 0,
          // The paragraph above already says there is nothing open.
          empty: '',
        },
      },
    ],
  };
}
