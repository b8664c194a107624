import type { FunctionAnalysis, RequiredStaffFigures } from '../../analysis';
import { listFormat, NOT_AVAILABLE } from '../../i18n/format';
import type { SalesFunction } from '../../model';
import type { Block, Fact, Section } from '../types';
import type { Words } from '../words';
import { paysTone, type ReportContext } from './context';

/** One function on its own pages: what it is for, then the four categories of the method. */
export function functionSection(ctx: ReportContext, fn: SalesFunction): Section {
  const { words: w } = ctx;
  const figures = ctx.figures(fn);
  const group = ctx.project.groups.find((g) => g.id === fn.groupId);
  const facts: Fact[] = [
    { label: w.t('report.fn.type'), value: w.d(`catalog.${fn.typeId}.name`) },
    { label: w.t('report.fn.status'), value: w.d(`status.${fn.status}`) },
    { label: w.t('report.fn.owner'), value: ctx.personName(fn.ownerPersonId) },
    ...(group ? [{ label: w.t('report.fn.group'), value: w.orUnset(group.name) }] : []),
    { label: w.t('report.fn.purpose'), value: w.orUnset(fn.purpose) },
  ];
  const links = linksOf(ctx, fn);
  if (links.length > 0) facts.push({ label: w.t('report.fn.links'), value: links.join('\n') });
  const blocks: Block[] = [
    { kind: 'metrics', items: keyFigures(w, fn, figures) },
    { kind: 'facts', items: facts },
  ];
  if (fn.description.trim() !== '') {
    blocks.push({ kind: 'paragraph', text: fn.description.trim(), muted: true });
  }
  blocks.push(
    { kind: 'heading', text: w.t('report.fn.steps') },
    {
      kind: 'list',
      ordered: true,
      items: fn.steps.map((step) => step.text.trim()).filter((text) => text !== ''),
      empty: w.t('report.fn.noSteps'),
    },
    ...humanBlocks(ctx, fn, figures),
    ...technicalBlocks(w, fn, figures),
    ...processBlocks(ctx, fn, figures),
    ...financialBlocks(ctx, fn, figures),
  );
  return {
    id: `function-${fn.id}`,
    level: 2,
    title: ctx.functionTitle(fn),
    newPage: false,
    blocks,
  };
}

/** The function's hand-offs, escalations, support and reporting, both ways, with their labels. */
function linksOf(ctx: ReportContext, fn: SalesFunction): string[] {
  const { words: w, project } = ctx;
  const byId = new Map(project.functions.map((other) => [other.id, other]));
  return project.links.flatMap((link) => {
    const outgoing = link.from === fn.id;
    const other = byId.get(outgoing ? link.to : link.from);
    if ((!outgoing && link.to !== fn.id) || !other) return [];
    const line = w.t(outgoing ? 'report.fn.linkTo' : 'report.fn.linkFrom', {
      function: ctx.functionTitle(other),
      kind: w.d(`linkKind.${link.kind}`),
    });
    return [link.label.trim() ? `${line}: ${link.label.trim()}` : line];
  });
}

function keyFigures(w: Words, fn: SalesFunction, figures: FunctionAnalysis | undefined) {
  const net = figures?.financial.netMonthlyEffectMinor;
  return [
    { label: w.d('analysis.fte'), value: w.number(figures?.human.fte) },
    { label: w.d('analysis.runMonthly'), value: w.money(figures?.costs.runMonthlyMinor) },
    {
      label: w.d('analysis.breakEven'),
      value: breakEvenText(w, fn, figures, true),
      note: `${w.d('analysis.targetGrowth')}: ${w.targetGrowth(fn.financialGoal.targetGrowthPercent)}`,
      tone: paysTone(figures),
    },
    {
      label: w.d('analysis.netMonthly'),
      value: w.money(net),
      tone:
        net === undefined || net === 0
          ? ('neutral' as const)
          : net > 0
            ? ('good' as const)
            : ('bad' as const),
    },
  ];
}

/** Break-even growth as a percentage, or why there is none (`short` for a tile). */
function breakEvenText(
  w: Words,
  fn: SalesFunction,
  figures: FunctionAnalysis | undefined,
  short: boolean,
): string {
  const breakEven = figures?.financial.breakEven;
  if (short && breakEven?.status !== 'ok') return NOT_AVAILABLE;
  return w.breakEven(breakEven, fn.financialGoal.targetGrowthPercent);
}

function humanBlocks(
  ctx: ReportContext,
  fn: SalesFunction,
  figures: FunctionAnalysis | undefined,
): Block[] {
  const { words: w } = ctx;
  const blocks: Block[] = [
    { kind: 'heading', text: w.t('report.human.title') },
    {
      kind: 'table',
      table: {
        columns: [
          { title: w.t('report.human.role'), align: 'left', weight: 4 },
          { title: w.t('report.human.fte'), align: 'right', weight: 1 },
          { title: w.t('report.human.dedicated'), align: 'left', weight: 2.6 },
          { title: w.t('report.human.costPerFte'), align: 'right', weight: 2 },
          { title: w.t('report.human.monthly'), align: 'right', weight: 2 },
        ],
        rows: fn.roles.map((role) => ({
          cells: [
            w.orUnset(role.title),
            w.number(role.fte),
            [
              w.d(role.dedicated ? 'role.dedicated' : 'role.shared'),
              ...(role.handlesRequests ? [w.d('role.handlesRequests').toLowerCase()] : []),
            ].join(', '),
            w.money(role.costPerFteMonthlyMinor),
            w.money(
              role.costPerFteMonthlyMinor === undefined
                ? undefined
                : role.fte * role.costPerFteMonthlyMinor,
            ),
          ],
        })),
        total:
          fn.roles.length > 1
            ? [
                w.t('report.total'),
                w.number(figures?.human.fte),
                '',
                '',
                w.money(figures?.costs.humanMonthlyMinor),
              ]
            : undefined,
        empty: w.t('report.human.none'),
      },
    },
  ];
  if (fn.assignments.length > 0) {
    const people = fn.assignments
      .map((a) =>
        w.t('report.human.allocation', {
          name: ctx.personName(a.personId),
          percent: w.percent(a.allocationPercent),
        }),
      )
      .join('; ');
    blocks.push({ kind: 'facts', items: [{ label: w.t('report.human.people'), value: people }] });
  }
  return blocks;
}

function technicalBlocks(
  w: Words,
  fn: SalesFunction,
  figures: FunctionAnalysis | undefined,
): Block[] {
  return [
    { kind: 'heading', text: w.t('report.tech.title') },
    {
      kind: 'table',
      table: {
        columns: [
          { title: w.t('report.tech.line'), align: 'left', weight: 2.6 },
          { title: w.t('report.tech.purpose'), align: 'left', weight: 4 },
          { title: w.t('report.human.dedicated'), align: 'left', weight: 1.8 },
          { title: w.t('report.tech.coverage'), align: 'right', weight: 1.6 },
          { title: w.t('report.tech.monthly'), align: 'right', weight: 2 },
        ],
        rows: fn.lines.map((line) => ({
          cells: [
            w.orUnset(line.number),
            w.orUnset(line.purpose),
            w.d(line.dedicated ? 'role.dedicated' : 'role.shared'),
            w.number(line.coverageHoursPerWeek),
            w.money(line.monthlyCostMinor),
          ],
        })),
        total:
          fn.lines.length > 1
            ? [w.t('report.total'), '', '', '', w.money(figures?.costs.linesMonthlyMinor)]
            : undefined,
        empty: w.t('report.tech.noLines'),
      },
    },
    {
      kind: 'table',
      table: {
        columns: [
          { title: w.t('report.tech.tool'), align: 'left', weight: 5 },
          { title: w.t('report.tech.kind'), align: 'left', weight: 2 },
          { title: w.t('report.tech.monthly'), align: 'right', weight: 2 },
          { title: w.t('report.tech.oneOff'), align: 'right', weight: 2 },
        ],
        rows: fn.tools.map((tool) => ({
          cells: [
            w.orUnset(tool.name),
            w.d(`toolKind.${tool.kind}`),
            w.money(tool.monthlyCostMinor),
            w.money(tool.oneOffCostMinor),
          ],
        })),
        total:
          fn.tools.length > 1
            ? [
                w.t('report.total'),
                '',
                w.money(figures?.costs.toolsMonthlyMinor),
                w.money(figures?.costs.oneOffMinor),
              ]
            : undefined,
        empty: w.t('report.tech.noTools'),
      },
    },
  ];
}

function processBlocks(
  ctx: ReportContext,
  fn: SalesFunction,
  figures: FunctionAnalysis | undefined,
): Block[] {
  const { words: w } = ctx;
  const blocks: Block[] = [
    { kind: 'heading', text: w.t('report.process.title') },
    {
      kind: 'table',
      table: {
        columns: [
          { title: w.t('report.process.metric'), align: 'left', weight: 3.4 },
          { title: w.t('report.process.target'), align: 'left', weight: 1.8 },
          { title: w.t('report.process.measurement'), align: 'left', weight: 3.4 },
          { title: w.t('report.process.breach'), align: 'left', weight: 3.4 },
        ],
        rows: fn.kpis.map((kpi) => ({
          cells: [
            w.orUnset(kpi.metric),
            w.kpiTarget(kpi),
            [
              kpi.measurement.source.trim() || w.t('report.process.noSource'),
              ...(kpi.measurement.frequency ? [w.d(`frequency.${kpi.measurement.frequency}`)] : []),
              w.d(kpi.measurement.automated ? 'measurement.automated' : 'measurement.manual'),
            ].join(' · '),
            [
              kpi.breach.ownerPersonId === undefined
                ? w.t('report.process.noBreachOwner')
                : ctx.personName(kpi.breach.ownerPersonId),
              ...(kpi.breach.action.trim() ? [kpi.breach.action.trim()] : []),
            ].join(': '),
          ],
          tone:
            kpi.measurement.source.trim() === '' || kpi.breach.ownerPersonId === undefined
              ? 'warning'
              : undefined,
        })),
        empty: w.t('report.process.none'),
      },
    },
  ];
  return [...blocks, ...staffingBlocks(w, fn, figures)];
}

function staffingBlocks(
  w: Words,
  fn: SalesFunction,
  figures: FunctionAnalysis | undefined,
): Block[] {
  const staffing = figures?.process.staffing;
  const demand = fn.demand;
  if (!staffing || !demand || staffing.status === 'no-demand') return [];
  const heading: Block = { kind: 'heading', text: w.d('analysis.staffing') };
  if (staffing.status === 'not-enough-data') {
    const fields = staffing.missing.map((field) => w.d(`demandField.${field}`)).join(', ');
    return [heading, { kind: 'paragraph', text: w.d('analysis.staffing.missing', { fields }) }];
  }
  const demandFacts: Fact[] = [
    {
      label: w.t('report.staffing.demand'),
      value: w.t('report.staffing.demandValue', {
        requests: w.number(demand.requestsPerHour, 2),
        handling: w.duration(demand.averageHandlingMinutes),
      }),
    },
    {
      label: w.t('report.staffing.target'),
      value: w.t('report.staffing.targetValue', {
        level: w.percent(demand.serviceLevelPercent),
        time: w.duration(demand.targetAnswerMinutes),
      }),
    },
  ];
  if (staffing.status === 'unreachable') {
    return [
      heading,
      { kind: 'facts', items: demandFacts },
      {
        kind: 'callout',
        tone: 'bad',
        title: w.d('analysis.staffing'),
        text: w.d('analysis.staffing.unreachable'),
      },
    ];
  }
  const { queue } = staffing;
  if (demand.peakHourPercent !== undefined && staffing.averageHourAgents !== undefined) {
    demandFacts.push({
      label: w.t('report.staffing.peak'),
      value: w.t('report.staffing.peakValue', {
        peak: w.percent(demand.peakHourPercent),
        agents: staffing.averageHourAgents,
      }),
    });
  }
  const assigned = figures.human.handlingFte;
  const withAssigned = figures.process.withAssignedStaff;
  const short = figures.process.staffingShortFte !== undefined;
  const verdict: Block = short
    ? {
        kind: 'callout',
        tone: 'bad',
        title: w.t('report.staffing.shortTitle'),
        text: w.t('report.staffing.short', {
          needed: w.number(staffing.requiredFte),
          assigned: w.number(assigned),
        }),
      }
    : { kind: 'paragraph', text: w.t('report.staffing.enough'), muted: true };
  return [
    heading,
    verdict,
    {
      kind: 'facts',
      columns: 2,
      // Left: the demand and what it takes; right: the staff and what it achieves.
      items: [
        ...demandFacts,
        {
          label: w.d('analysis.staffing.traffic'),
          value: w.d('analysis.staffing.trafficValue', {
            traffic: w.number(queue.trafficErlangs, 2),
          }),
        },
        { label: w.d('analysis.staffing.agents'), value: w.number(queue.agents, 0) },
        {
          label: w.d('analysis.staffing.asa'),
          value: w.duration(queue.averageSpeedOfAnswerMinutes),
        },
        {
          label: w.t('report.staffing.fteNeeded', {
            shrinkage: w.percent(demand.shrinkagePercent),
            hours: w.number(demand.coverageHoursPerWeek),
          }),
          value: w.number(staffing.requiredFte),
        },
        {
          label: w.t('report.staffing.fteAssigned'),
          value: w.number(assigned),
          tone: short ? 'bad' : 'good',
        },
        {
          label: w.t('report.staffing.achieved'),
          value: w.percent(
            withAssigned === undefined ? undefined : withAssigned.serviceLevel * 100,
          ),
          tone: short ? 'bad' : 'neutral',
        },
      ],
    },
    ...abandonmentBlocks(w, figures),
  ];
}

/** Erlang A next to Erlang C, when the demand gives the callers' patience. */
function abandonmentBlocks(w: Words, figures: FunctionAnalysis): Block[] {
  const { staffing, withAssignedStaffAbandonment: assigned } = figures.process;
  if (staffing.status !== 'ok' || assigned === undefined) return [];
  const needed = staffing.withAbandonment;
  const percent = (ratio: number | undefined) =>
    w.percent(ratio === undefined ? undefined : ratio * 100);
  return [
    { kind: 'heading', text: w.d('analysis.abandonment') },
    {
      kind: 'facts',
      columns: 2,
      items: [
        {
          label: w.d('analysis.abandonment.agents'),
          value: needed ? w.number(needed.agents, 0) : w.d('analysis.abandonment.unreachable'),
        },
        { label: w.d('analysis.abandonment.requiredFte'), value: w.number(needed?.requiredFte) },
        { label: w.d('analysis.abandonment.rate'), value: percent(needed?.abandonment) },
        { label: w.d('analysis.abandonment.levelAssigned'), value: percent(assigned.serviceLevel) },
        { label: w.d('analysis.abandonment.rateAssigned'), value: percent(assigned.abandonment) },
      ],
    },
  ];
}

/**
 * Why it cannot be told whether the function pays: the goal's missing figures, the run cost's
 * missing parts, or both — each named, so the reader knows what to enter.
 */
function unknownVerdict(w: Words, fn: SalesFunction, figures: FunctionAnalysis | undefined): Block {
  const goal = fn.financialGoal;
  const list = (items: string[]) => listFormat(w.language).format(items);
  const fields = [
    goal.baselineMonthlyRevenueMinor === undefined ? w.t('report.finance.missing.baseline') : '',
    goal.targetGrowthPercent === undefined ? w.t('report.finance.missing.growth') : '',
    goal.grossMarginPercent === undefined ? w.t('report.finance.missing.margin') : '',
  ].filter((text) => text !== '');
  const costs = figures?.costs;
  const parts = [
    costs?.humanMonthlyMinor === undefined ? w.t('report.finance.missing.staff') : '',
    costs?.linesMonthlyMinor === undefined ? w.t('report.finance.missing.lines') : '',
    costs?.toolsMonthlyMinor === undefined ? w.t('report.finance.missing.tools') : '',
  ].filter((text) => text !== '');
  const [title, text] =
    parts.length === 0 && fields.length === 0
      ? // Every figure entered, yet a sum past what is computed exactly.
        [w.t('report.finance.costIncomplete'), w.d('analysis.notEnoughData')]
      : parts.length === 0
        ? [
            w.t('report.finance.incomplete'),
            w.t('report.finance.incompleteText', { fields: list(fields) }),
          ]
        : fields.length === 0
          ? [
              w.t('report.finance.costIncomplete'),
              w.t('report.finance.costIncompleteText', { parts: list(parts) }),
            ]
          : [
              w.t('report.finance.bothIncomplete'),
              w.t('report.finance.bothIncompleteText', {
                fields: list(fields),
                parts: list(parts),
              }),
            ];
  return { kind: 'callout', tone: 'neutral', title, text };
}

function financialBlocks(
  ctx: ReportContext,
  fn: SalesFunction,
  figures: FunctionAnalysis | undefined,
): Block[] {
  const { words: w } = ctx;
  const goal = fn.financialGoal;
  const financial = figures?.financial;
  const net = financial?.netMonthlyEffectMinor;
  const tone = paysTone(figures);
  // Left: how the effect is built up; right: break-even, payback and who answers for it.
  const facts: Fact[] = [
    { label: w.t('report.finance.baseline'), value: w.money(goal.baselineMonthlyRevenueMinor) },
    { label: w.d('analysis.targetGrowth'), value: w.targetGrowth(goal.targetGrowthPercent) },
    { label: w.t('report.finance.margin'), value: w.percent(goal.grossMarginPercent) },
    {
      label: w.d('analysis.incrementalProfit'),
      value: w.money(financial?.incrementalGrossProfitMonthlyMinor),
    },
    { label: w.d('analysis.runMonthly'), value: w.money(figures?.costs.runMonthlyMinor) },
    { label: w.d('analysis.netMonthly'), value: w.money(net) },
    { label: w.d('analysis.breakEven'), value: breakEvenText(w, fn, figures, false), tone },
    {
      label: w.d('analysis.breakEvenOverPeriod'),
      value: w.breakEven(financial?.breakEvenOverPeriod, goal.targetGrowthPercent),
    },
    { label: w.d('analysis.oneOff'), value: w.money(figures?.costs.oneOffMinor) },
    { label: w.d('analysis.payback'), value: w.payback(figures?.financial.payback) },
    { label: w.d('analysis.periodNet'), value: w.money(financial?.periodNetMinor) },
    { label: w.d('analysis.roi'), value: w.percent(financial?.roiPercent) },
    ...(goal.rampUpMonths
      ? [
          {
            label: w.d('analysis.rampUp'),
            value: w.d('analysis.rampUpValue', { months: goal.rampUpMonths }),
          },
        ]
      : []),
    { label: w.t('report.finance.owner'), value: ctx.personName(goal.ownerPersonId) },
  ];
  const target = w.targetGrowth(goal.targetGrowthPercent);
  const breakEven = breakEvenText(w, fn, figures, false);
  const verdict: Block =
    financial?.pays === 'yes'
      ? {
          kind: 'callout',
          tone: 'good',
          title: w.t('report.finance.pays'),
          text: w.t('report.finance.paysText', { target, breakEven, net: w.money(net) }),
        }
      : financial?.pays === 'no'
        ? {
            kind: 'callout',
            tone: 'bad',
            title: w.t('report.finance.doesNotPay'),
            text:
              financial.breakEven.status === 'impossible'
                ? w.d('analysis.breakEven.impossible')
                : w.t('report.finance.doesNotPayText', { target, breakEven }),
          }
        : unknownVerdict(w, fn, figures);
  const needed = figures?.atRequiredStaff;
  return [
    { kind: 'heading', text: w.t('report.finance.title') },
    verdict,
    ...(needed === undefined ? [] : [neededStaffCallout(w, fn, needed)]),
    { kind: 'facts', items: facts, columns: 2 },
  ];
}

/** A function short of staff, costed as the decision page counts it: with the staff it needs. */
function neededStaffCallout(w: Words, fn: SalesFunction, needed: RequiredStaffFigures): Block {
  const pays = needed.financial.pays;
  return {
    kind: 'callout',
    tone: pays === 'yes' ? 'good' : pays === 'no' ? 'bad' : 'warning',
    title: w.t('report.finance.atNeededStaff'),
    text: w.t('report.finance.atNeededStaffText', {
      fte: w.number(needed.missingFte),
      cost: w.money(needed.missingMonthlyMinor),
      run: w.money(needed.runMonthlyMinor),
      net: w.money(needed.financial.netMonthlyEffectMinor),
      breakEven: w.breakEven(needed.financial.breakEven, fn.financialGoal.targetGrowthPercent),
    }),
  };
}
