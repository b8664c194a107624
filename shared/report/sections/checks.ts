import { checkMessage, countBySeverity, type CheckTarget, type DesignCheck } from '../../checks';
import type { SalesFunction } from '../../model';
import type { Section, Tone } from '../types';
import type { ReportContext } from './context';

const SEVERITY_TONE = {
  error: 'bad',
  warning: 'warning',
  info: 'neutral',
} as const satisfies Record<DesignCheck['severity'], Tone>;

/** The anchor of a check's row in the checks table: other pages refer to it by this. */
export const checkAnchor = (index: number): string => `check-${index}`;

/** Where in the design a check points: "3. Key accounts › Answer time", a person, the design. */
export function checkPlace(ctx: ReportContext): (check: DesignCheck) => string {
  const { words: w, project } = ctx;
  const functions = new Map(project.functions.map((fn) => [fn.id, fn]));
  const where = (check: DesignCheck): string => {
    const { target } = check;
    // A person's load across the design belongs to no one function.
    if (target.kind === 'person' && target.functionId === undefined) {
      return ctx.personName(target.id);
    }
    const fn = functions.get(target.functionId ?? target.id);
    if (!fn) return w.t('report.checks.project');
    const title = ctx.functionTitle(fn);
    const part = partOf(fn, target);
    return part === undefined ? title : `${title} › ${part}`;
  };
  /** The element within the function a check names: a KPI's metric, a line's number … */
  const partOf = (fn: SalesFunction, target: CheckTarget): string | undefined => {
    const named = <T extends { readonly id: string }>(
      list: readonly T[],
      text: (item: T) => string,
    ) => {
      const item = list.find((element) => element.id === target.id);
      return item === undefined ? undefined : w.orUnset(text(item));
    };
    switch (target.kind) {
      case 'kpi':
        return named(fn.kpis, (kpi) => kpi.metric);
      case 'line':
        return named(fn.lines, (line) => line.number);
      case 'role':
        return named(fn.roles, (role) => role.title);
      case 'tool':
        return named(fn.tools, (tool) => tool.name);
      case 'person':
        return ctx.personName(target.id);
      default:
        return undefined;
    }
  };
  return where;
}

/** The design linter's findings, errors first, each with where it is and what to do. */
export function checksSection(ctx: ReportContext, checks: readonly DesignCheck[]): Section {
  const { words: w } = ctx;
  const where = checkPlace(ctx);
  const open = countBySeverity(checks);
  return {
    id: 'checks',
    level: 1,
    title: w.t('report.checks.title'),
    newPage: false,
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
          rows: checks.map((check, i) => ({
            anchor: checkAnchor(i),
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
