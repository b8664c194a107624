import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProject } from '../../../shared/analysis';
import { checkMessage, runChecks } from '../../../shared/checks';
import { formatMoney, formatNumber, formatPercent } from '../../../shared/i18n/format';
import { LANGUAGES, type Language } from '../../../shared/i18n/language';
import { updateFinancialGoal, type Project } from '../../../shared/model';
import { buildReportModel, type Block, type ReportModel } from '../../../shared/report';
import {
  blank,
  emptyFields,
  keyAccounts,
  longNames,
  manyFunctions,
  REPORT_DATE,
  richSample,
  withProblems,
} from './fixtures';

function build(project: Project, language: Language): ReportModel {
  const analysis = analyzeProject(project);
  return buildReportModel(project, analysis, runChecks(project, analysis), {
    language,
    date: REPORT_DATE,
  });
}

/** Every string the renderer will draw. */
function strings(model: ReportModel): string[] {
  // The page-number label is a template the renderer fills in (so are some diagram texts).
  const labels = Object.entries(model.labels)
    .filter(([key]) => key !== 'pageOf' && key !== 'pageRef')
    .map(([, value]) => value);
  const out: string[] = [...Object.values(model.meta), ...labels];
  out.push(model.cover.kicker, model.cover.title, model.cover.subtitle, model.cover.note);
  for (const field of model.cover.fields) out.push(field.label, field.value);
  const block = (b: Block): string[] => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return [b.text];
      case 'metrics':
        return b.items.flatMap((m) => [m.label, m.value, m.note ?? '']);
      case 'facts':
        return b.items.flatMap((f) => [f.label, f.value]);
      case 'list':
        return [...b.items, b.empty];
      case 'table':
        return [
          ...b.table.columns.map((c) => c.title),
          ...b.table.rows.flatMap((r) => r.cells),
          ...(b.table.total ?? []),
          b.table.empty,
        ];
      case 'callout':
        return [b.title, b.text];
      case 'refs':
        return b.items.map((item) => item.text);
      case 'diagram':
        return [
          ...b.diagram.nodes.flatMap((n) => [n.title, ...n.lines, n.status]),
          ...b.diagram.groups.map((g) => g.title),
          ...b.diagram.links.map((l) => l.label),
          ...b.diagram.legend.map((l) => l.label),
          b.diagram.empty,
          b.diagram.text.overview,
          b.diagram.text.index,
          b.diagram.text.indexFunction,
          b.diagram.text.indexPlace,
          b.diagram.text.notes,
        ];
    }
  };
  for (const section of model.sections) out.push(section.title, ...section.blocks.flatMap(block));
  return out;
}

const BROKEN = /NaN|undefined|Infinity|\[object|\{\w+\}/;

describe('names in the report', () => {
  it('carry no bidi overrides or zero-width characters (they could spoof what is read)', () => {
    const sample = keyAccounts('en');
    const rlo = '\u202E';
    const project: Project = {
      ...sample,
      name: `Plan${rlo}fdp.exe`,
      company: `\u200BAcme`,
      functions: sample.functions.map((fn) => ({ ...fn, name: `${rlo}${fn.name}\u200B` })),
      groups: sample.groups.map((group) => ({ ...group, name: `${rlo}${group.name}` })),
    };
    const text = strings(build(project, 'en'));
    expect(text.filter((line) => /[\u202A-\u202E\u200B-\u200F\u2066-\u2069]/.test(line))).toEqual(
      [],
    );
    expect(text).toContain('Planfdp.exe');
  });
});

function expectClean(model: ReportModel): void {
  const bad = strings(model).filter((text) => BROKEN.test(text));
  expect(bad).toEqual([]);
}

function metric(model: ReportModel, label: string): string | undefined {
  for (const section of model.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'metrics') {
        const found = block.items.find((item) => item.label === label);
        if (found) return found.value;
      }
    }
  }
  return undefined;
}

describe.each(LANGUAGES)('report model (%s)', (language) => {
  it('has the summary figures of the analysis, formatted for the locale and currency', () => {
    const project = richSample(language);
    const { totals } = analyzeProject(project);
    const model = build(project, language);
    const money = (minor: number) => formatMoney(language, minor, project.currency);
    const summary = model.sections.find((s) => s.id === 'summary');
    const tiles = summary?.blocks.find((b) => b.kind === 'metrics');
    const values = tiles?.kind === 'metrics' ? tiles.items.map((item) => item.value) : [];
    expect(values).toContain(formatNumber(language, totals.functions, 0));
    expect(values).toContain(formatNumber(language, totals.fte));
    expect(values).toContain(money(totals.runMonthlyMinor));
    expect(values).toContain(money(totals.oneOffMinor));
    expect(values).toContain(money(totals.incrementalGrossProfitMonthlyMinor));
    expect(values).toContain(money(totals.netMonthlyEffectMinor));
  });

  it('gives every function its break-even, cost and staffing from the analysis', () => {
    const project = keyAccounts(language);
    const analysis = analyzeProject(project);
    const model = build(project, language);
    for (const fn of project.functions) {
      const figures = analysis.byFunctionId.get(fn.id);
      const section = model.sections.find((s) => s.id === `function-${fn.id}`);
      const text = section ? strings({ ...model, sections: [section] }).join('\n') : '';
      expect(text).toContain(formatMoney(language, figures?.costs.runMonthlyMinor, 'RUB'));
      const breakEven = figures?.financial.breakEven;
      expect(breakEven?.status).toBe('ok');
      if (breakEven?.status === 'ok') {
        expect(text).toContain(formatPercent(language, breakEven.growthPercent / 100));
      }
      const staffing = figures?.process.staffing;
      expect(staffing?.status).toBe('ok');
      if (staffing?.status === 'ok') {
        expect(text).toContain(formatNumber(language, staffing.requiredFte));
        expect(text).toContain(formatNumber(language, staffing.queue.trafficErlangs, 2));
      }
    }
  });

  it('lists every open design check with its message', () => {
    const project = withProblems(language);
    const analysis = analyzeProject(project);
    const checks = runChecks(project, analysis);
    expect(checks.some((check) => check.severity === 'error')).toBe(true);
    const model = build(project, language);
    const section = model.sections.find((s) => s.id === 'checks');
    const table = section?.blocks.find((b) => b.kind === 'table');
    const messages = table?.kind === 'table' ? table.table.rows.map((row) => row.cells[2]) : [];
    expect(messages).toEqual(checks.map((check) => checkMessage(check, language)));
    const errors = checks.filter((check) => check.severity === 'error').length;
    expect(metric(model, errorsLabel(language))).toBe(formatNumber(language, errors, 0));
  });

  it('is sensible for an empty design, empty fields, long names and 200 functions', () => {
    for (const project of [
      blank(language),
      emptyFields(language),
      longNames(language),
      manyFunctions(200, language),
    ]) {
      const model = build(project, language);
      expectClean(model);
      expect(model.sections.filter((s) => s.level === 2)).toHaveLength(project.functions.length);
    }
  });

  it('is pure: the same input gives the same model', () => {
    const project = richSample(language);
    expect(build(project, language)).toEqual(build(project, language));
  });
});

function errorsLabel(language: Language): string {
  return language === 'ru' ? 'Открытые ошибки проекта' : 'Open design errors';
}

/** The callouts and facts of one function's section. */
function functionBlocks(model: ReportModel, name: string): Block[] {
  return model.sections.find((section) => section.title.includes(name))?.blocks ?? [];
}

describe('report model: what the function section says about new figures', () => {
  it('names what is missing when it cannot tell whether a function pays', () => {
    const base = keyAccounts('en');
    const fn = base.functions[0];
    if (!fn) throw new Error('sample has a function');
    const withFn = (patch: Partial<typeof fn>) => ({ ...base, functions: [{ ...fn, ...patch }] });
    const callout = (project: Project) =>
      functionBlocks(build(project, 'en'), fn.name).find(
        (b): b is Extract<Block, { kind: 'callout' }> =>
          b.kind === 'callout' && b.tone === 'neutral',
      );
    const noCost = withFn({
      roles: fn.roles.map((role) => ({ ...role, costPerFteMonthlyMinor: undefined })),
    });
    expect(callout(noCost)).toMatchObject({
      title: 'The run cost is incomplete',
      text: expect.stringContaining('enter the missing staff costs'),
    });
    const noMargin = withFn({
      financialGoal: { ...fn.financialGoal, grossMarginPercent: undefined },
    });
    expect(callout(noMargin)).toMatchObject({
      title: 'The financial goal is incomplete',
      text: 'Enter the gross margin to see whether the function pays.',
    });
    const both = withFn({
      ...noCost.functions[0],
      financialGoal: noMargin.functions[0]?.financialGoal,
    });
    expect(callout(both)?.title).toBe('The financial goal and the run cost are incomplete');
  });

  it('shows the busiest hour, Erlang A and the ramp-up where they are given', () => {
    const base = keyAccounts('ru');
    const fn = base.functions[0];
    if (!fn?.demand) throw new Error('sample has demand');
    const project = {
      ...base,
      functions: [
        {
          ...fn,
          demand: { ...fn.demand, patienceMinutes: 2 },
          financialGoal: { ...fn.financialGoal, rampUpMonths: 3 },
        },
      ],
    };
    const text = functionBlocks(build(project, 'ru'), fn.name)
      .flatMap((b) => (b.kind === 'facts' ? b.items.map((f) => `${f.label}: ${f.value}`) : []))
      // Figures keep their units with no-break spaces.
      .map((line) => line.replace(/\s/g, ' '));
    expect(text).toContain(
      'Самый загруженный час: 140 % от среднего часа, которому нужно 1 сотрудник',
    );
    expect(text).toContain('Не дождались ответа при текущем штате: 17,5 %');
    expect(text).toContain('Выход на целевой рост: за 3 месяца');
  });
});

describe('report model for half-entered designs', () => {
  /** The rich sample with a random selection of optional figures removed. */
  const arbitraryProject = fc
    .record({
      language: fc.constantFrom(...LANGUAGES),
      drop: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    })
    .map(({ language, drop }) => {
      let i = 0;
      const maybe = <T>(value: T): T | undefined => (drop[i++ % drop.length] ? undefined : value);
      const base = richSample(language);
      const project: Project = {
        ...base,
        functions: base.functions.map((fn) => ({
          ...fn,
          ownerPersonId: maybe(fn.ownerPersonId),
          roles: fn.roles.map((role) => ({
            ...role,
            costPerFteMonthlyMinor: maybe(role.costPerFteMonthlyMinor),
          })),
          lines: fn.lines.map((line) => ({
            ...line,
            monthlyCostMinor: maybe(line.monthlyCostMinor),
          })),
          tools: fn.tools.map((tool) => ({
            ...tool,
            oneOffCostMinor: maybe(tool.oneOffCostMinor),
          })),
          financialGoal: {
            baselineMonthlyRevenueMinor: maybe(fn.financialGoal.baselineMonthlyRevenueMinor),
            targetGrowthPercent: maybe(fn.financialGoal.targetGrowthPercent),
            grossMarginPercent: maybe(fn.financialGoal.grossMarginPercent),
            rampUpMonths: maybe(6),
            ownerPersonId: maybe(fn.financialGoal.ownerPersonId),
          },
          demand: fn.demand && {
            ...fn.demand,
            requestsPerHour: maybe(fn.demand.requestsPerHour),
            serviceLevelPercent: maybe(fn.demand.serviceLevelPercent),
            peakHourPercent: maybe(fn.demand.peakHourPercent),
            patienceMinutes: maybe(2),
          },
        })),
      };
      return { project, language };
    });

  it('never shows NaN, Infinity, undefined or an unfilled placeholder', () => {
    fc.assert(
      fc.property(arbitraryProject, ({ project, language }) =>
        expectClean(build(project, language)),
      ),
      { numRuns: 60 },
    );
  });
});

describe('payback with a ramp-up', () => {
  it('is labelled as what is computed, and the appendix says how the ramp-up counts', () => {
    const ramped = updateFinancialGoal(keyAccounts('en'), 'fn-key-accounts', { rampUpMonths: 6 });
    const payback = analyzeProject(ramped).byFunctionId.get('fn-key-accounts')?.financial.payback;
    // Without a ramp-up it would be one-off ÷ net = 120 000 ÷ 486 500 ≈ 0.25 months; while
    // profit ramps up it does not yet cover the run cost, and that counts too.
    expect(payback?.status === 'months' && payback.months).toBeGreaterThan(3);
    const text = strings(build(ramped, 'en'));
    expect(text).toContain(
      'Payback: when cumulative profit covers the one-off and cumulative run costs',
    );
    expect(text).not.toContain('Payback of the one-off cost');
    expect(
      text.some((t) => t.includes('or, with a ramp-up, the month when the profit so far')),
    ).toBe(true);
    const ru = strings(
      build(updateFinancialGoal(keyAccounts('ru'), 'fn-key-accounts', { rampUpMonths: 6 }), 'ru'),
    );
    expect(ru).toContain(
      'Окупаемость: когда прибыль нарастающим итогом покроет разовые и текущие затраты',
    );
  });
});
