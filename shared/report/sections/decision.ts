import { checkMessage, countBySeverity, type DesignCheck } from '../../checks';
import { designFigures } from '../../compare';
import { listFormat } from '../../i18n/format';
import type { SalesFunction } from '../../model';
import type { Block, Metric, PageRef, Section, Tone } from '../types';
import { checkAnchor, checkPlace } from './checks';
import { missingCosts, missingMonthly } from '../../display/entered-cost';
import { enteredCostMetric, paysAtNeededStaff, type ReportContext } from './context';
import { shortList } from '../../i18n/short-list';
import { functionAnchor } from './function';
import { figureLabel, figureValue, type FigureKey } from './figures';

/** Lists on the decision page stop here and say how many more there are, and where. */
const MAX_ERRORS = 5;
const MAX_SHORT = 3;
const MAX_NAMES = 3;
/** Up to this many functions, the proposal names each with its purpose. */
const MAX_PURPOSES = 2;

/** "Grow sales" → "grow sales" after a colon; "CRM rollout" stays. */
const lowerFirst = (text: string): string =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase() + text.slice(1) : text;

/** "Never" and "at once" in full are too long for a tile's big value: a short word, the reason below it. */
const SHORT_PAYBACK = {
  never: { value: 'report.decision.paybackNever', note: 'report.decision.paybackNeverNote' },
  immediate: {
    value: 'report.decision.paybackImmediate',
    note: 'report.decision.paybackImmediateNote',
  },
} as const;

const signTone = (value: number | undefined): Tone =>
  value === undefined || value === 0 ? 'neutral' : value > 0 ? 'good' : 'bad';

/**
 * The page leadership decides from, right after the cover: what is proposed, what it costs and
 * brings over the planning period at the staff the service levels need, whom to hire, and what
 * is still wrong, each with the page that explains it. Every list is cut short with "… and N
 * more" and the section holding the rest, so the page never overflows.
 */
export function decisionSection(ctx: ReportContext, checks: readonly DesignCheck[]): Section {
  const { words: w, project, analysis } = ctx;
  const { totals, categories } = analysis;
  const months = project.planningPeriod.months;
  const staffed = totals.atRequiredStaff;
  const name = project.name.trim() || w.t('report.untitled');
  const section = (blocks: Block[]): Section => ({
    id: 'decision',
    level: 1,
    title: w.t('report.decision.title'),
    newPage: true,
    front: true,
    blocks,
  });
  if (project.functions.length === 0) {
    return section([{ kind: 'paragraph', text: w.t('report.decision.proposalEmpty', { name }) }]);
  }

  /** "A, B, C, D and 46 more: see “Functions”" */
  const names = (
    fns: readonly SalesFunction[],
    label: (fn: SalesFunction) => string,
    more: 'report.more' | 'report.decision.moreListed',
  ) =>
    shortList(w.language, fns.map(label), MAX_NAMES, (count) =>
      w.t(more, { count, section: w.t('report.functions.title') }),
    );

  const company = w.name(project.company);
  const figures = designFigures(analysis, checks);
  const proposal = w.t('report.decision.proposal', {
    scope: company
      ? w.t('report.decision.scopeCompany', { company })
      : w.t('report.decision.scopeProject', { name }),
    count: w.number(figures.functions, 0),
    functions:
      project.functions.length <= MAX_PURPOSES
        ? project.functions
            .map((fn) =>
              fn.purpose.trim() === ''
                ? ctx.functionName(fn)
                : w.t('report.decision.withPurpose', {
                    name: ctx.functionName(fn),
                    purpose: lowerFirst(fn.purpose.trim()),
                  }),
            )
            .join('; ')
        : names(project.functions, ctx.functionName, 'report.decision.moreListed'),
    fte: w.number(figures.requiredFte),
    months: w.number(months, 0),
  });

  const tile = (key: FigureKey, tone?: Tone): Metric => ({
    label: figureLabel(w, key, months),
    value: figureValue(w, key, figures),
    ...(tone ? { tone } : {}),
  });
  const { payback } = figures;
  const missing = missingCosts(analysis);
  const paybackTone: Tone =
    payback.status === 'never'
      ? 'bad'
      : payback.status === 'months'
        ? payback.months <= months
          ? 'good'
          : 'bad'
        : payback.status === 'immediate'
          ? signTone(figures.netMonthlyMinor)
          : 'neutral';
  const paybackWords =
    payback.status === 'never' || payback.status === 'immediate'
      ? SHORT_PAYBACK[payback.status]
      : undefined;
  const tiles: Metric[] = [
    {
      ...tile('monthlyCost'),
      // Costs not entered: "≥ sum"; the staff a function is short of, if any, says more below it.
      ...enteredCostMetric(w, figures.monthlyCostMinor, missingMonthly.run(missing)),
      ...(staffed.understaffed.length > 0
        ? {
            note: w.t('report.decision.monthlyShort', {
              cost: w.money(staffed.missingMonthlyMinor),
              fte: w.number(staffed.missingFte),
            }),
            tone: 'warning' as const,
          }
        : {}),
    },
    { ...tile('oneOff'), ...enteredCostMetric(w, figures.oneOffMinor, missing.oneOff) },
    {
      ...tile('payback', paybackTone),
      ...(paybackWords && {
        value: w.t(paybackWords.value),
        note: w.t(paybackWords.note),
      }),
    },
    tile('roi', signTone(figures.roiPercent)),
    tile('periodNet', signTone(figures.periodNetMinor)),
    {
      ...tile('hireFte', figures.hireFte > 0 ? 'warning' : 'neutral'),
      note: w.t('report.decision.hireNote', {
        required: w.number(figures.requiredFte),
        people: w.number(categories.human.namedPeople, 0),
      }),
    },
  ];

  const blocks: Block[] = [
    { kind: 'paragraph', text: proposal, lead: true },
    { kind: 'metrics', items: tiles },
    { kind: 'paragraph', text: w.t('report.decision.basis'), muted: true },
    { kind: 'heading', text: w.t('report.decision.errors') },
    ...errorBlocks(ctx, checks),
  ];

  const byId = new Map(project.functions.map((fn) => [fn.id, fn]));
  const short = staffed.understaffed.flatMap((id) => byId.get(id) ?? []);
  if (short.length > 0) {
    const refs: PageRef[] = short.slice(0, MAX_SHORT).map((fn) => {
      const figures = ctx.figures(fn);
      const staffing = figures?.process.staffing;
      return {
        text: w.t('report.decision.shortItem', {
          function: ctx.functionTitle(fn),
          needed: w.number(staffing?.status === 'ok' ? staffing.requiredFte : undefined),
          assigned: w.number(figures?.human.handlingFte),
          cost: w.money(figures?.atRequiredStaff?.missingMonthlyMinor),
        }),
        anchor: functionAnchor(fn.id),
        tone: 'warning',
      };
    });
    if (short.length > MAX_SHORT) refs.push(more(ctx, short.length - MAX_SHORT, 'functions'));
    blocks.push(
      { kind: 'heading', text: w.t('report.decision.short') },
      { kind: 'refs', items: refs },
    );
  }

  const shortIds = new Set(staffed.understaffed);
  const byPays = (pays: 'yes' | 'no' | 'unknown') =>
    project.functions.filter((fn) => paysAtNeededStaff(ctx.figures(fn)) === pays);
  const paying = byPays('yes');
  const notPaying = byPays('no');
  const unknown = byPays('unknown');
  const assessed = w.number(paying.length + notPaying.length, 0);
  const marked = (fn: SalesFunction) =>
    shortIds.has(fn.id)
      ? w.t('report.decision.shortMark', { name: ctx.functionName(fn) })
      : ctx.functionName(fn);
  const listed = (fns: readonly SalesFunction[]) =>
    fns.length === 0
      ? ''
      : w.t('report.decision.names', { names: names(fns, marked, 'report.more') });
  const payRefs: PageRef[] = [
    {
      text: w.t('report.decision.paysItem', {
        count: w.number(paying.length, 0),
        assessed,
        names: listed(paying),
      }),
      anchor: 'functions',
      tone: paying.length > 0 ? 'good' : 'neutral',
    },
    {
      text: w.t('report.decision.notPaysItem', {
        count: w.number(notPaying.length, 0),
        assessed,
        names: listed(notPaying),
      }),
      anchor: 'functions',
      tone: notPaying.length > 0 ? 'bad' : 'neutral',
    },
  ];
  if (unknown.length > 0) {
    payRefs.push({
      text: w.t('report.decision.unknownItem', {
        count: w.number(unknown.length, 0),
        names: listed(unknown),
      }),
      anchor: 'functions',
    });
  }
  blocks.push(
    { kind: 'heading', text: w.t('report.decision.pays') },
    { kind: 'refs', items: payRefs },
  );
  return section(blocks);
}

/** "… and 12 more: see “Open design checks”", referring to where the rest is. */
function more(ctx: ReportContext, count: number, anchor: 'functions' | 'checks'): PageRef {
  const { words: w } = ctx;
  return {
    text: w.t('report.moreIn', {
      count: w.number(count, 0),
      section: w.t(anchor === 'functions' ? 'report.functions.title' : 'report.checks.title'),
    }),
    anchor,
  };
}

function errorBlocks(ctx: ReportContext, checks: readonly DesignCheck[]): Block[] {
  const { words: w } = ctx;
  const where = checkPlace(ctx);
  const open = countBySeverity(checks);
  const errors = checks.flatMap((check, i) => (check.severity === 'error' ? [{ check, i }] : []));
  const refs: PageRef[] = errors.slice(0, MAX_ERRORS).map(({ check, i }) => ({
    text: w.t('report.decision.error', {
      where: where(check),
      message: checkMessage(check, w.language),
    }),
    anchor: checkAnchor(i),
    tone: 'bad',
  }));
  if (errors.length > MAX_ERRORS) refs.push(more(ctx, errors.length - MAX_ERRORS, 'checks'));
  const others = [
    ...(open.warning > 0
      ? [w.t('report.decision.warnings', { count: w.number(open.warning, 0) })]
      : []),
    ...(open.info > 0 ? [w.t('report.decision.notes', { count: w.number(open.info, 0) })] : []),
  ];
  if (others.length > 0) {
    refs.push({
      text: w.t('report.decision.otherChecks', { checks: listFormat(w.language).format(others) }),
      anchor: 'checks',
    });
  }
  const none: Block[] =
    errors.length === 0 ? [{ kind: 'paragraph', text: w.t('report.decision.noErrors') }] : [];
  return refs.length > 0 ? [...none, { kind: 'refs', items: refs }] : none;
}
