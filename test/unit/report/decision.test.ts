import { describe, expect, it } from 'vitest';
import { analyzeProject } from '../../../shared/analysis';
import { runChecks } from '../../../shared/checks';
import { formatMoney } from '../../../shared/i18n/format';
import { LANGUAGES, type Language } from '../../../shared/i18n/language';
import type { Project, SalesFunction } from '../../../shared/model';
import { buildReportModel, type ReportModel, type Section } from '../../../shared/report';
import { keyAccounts, manyFunctions, REPORT_DATE } from './fixtures';

function build(project: Project, language: Language): ReportModel {
  const analysis = analyzeProject(project);
  return buildReportModel(project, analysis, runChecks(project, analysis), {
    language,
    date: REPORT_DATE,
  });
}

/** The key-accounts sample with `change` made to each of its functions. */
function keyAccountsWith(
  language: Language,
  change: (fn: SalesFunction) => SalesFunction,
): Project {
  const base = keyAccounts(language);
  return { ...base, functions: base.functions.map(change) };
}

const decisionOf = (model: ReportModel): Section => {
  const section = model.sections[0];
  if (section?.id !== 'decision') throw new Error('the decision page comes first');
  return section;
};

/**
 * The key-accounts sample with ten times the requests and a growth target just above the
 * break-even at the staff it has: with 2 FTE answering, hardly any request is answered in
 * time, and at the staff it needs it no longer pays.
 */
function understaffed(language: Language): Project {
  const base = keyAccounts(language);
  const [fn] = base.functions;
  if (!fn?.demand) throw new Error('the key-accounts sample has demand');
  const heavy = { ...fn, demand: { ...fn.demand, requestsPerHour: 20 } };
  const figures = analyzeProject({ ...base, functions: [heavy] }).functions[0];
  const breakEven = figures?.financial.breakEven;
  if (breakEven?.status !== 'ok') throw new Error('the sample has a break-even');
  const target = Math.ceil(breakEven.growthPercent * 100 + 1) / 100;
  return {
    ...base,
    functions: [
      { ...heavy, financialGoal: { ...heavy.financialGoal, targetGrowthPercent: target } },
    ],
  };
}

describe('figures at the staff a function needs', () => {
  it('cost the missing FTE at the cost of the roles answering requests, and judge payback on it', () => {
    const project = understaffed('en');
    const analysis = analyzeProject(project);
    const [figures] = analysis.functions;
    const staffing = figures?.process.staffing;
    expect(staffing?.status).toBe('ok');
    if (!figures || staffing?.status !== 'ok') return;
    expect(figures.financial.pays).toBe('yes');
    const needed = figures.atRequiredStaff;
    expect(needed).toBeDefined();
    if (!needed) return;
    expect(needed.missingFte).toBe(staffing.requiredFte - figures.human.handlingFte);
    // The support specialists answer requests at 110 000.00 per FTE.
    expect(needed.missingMonthlyMinor).toBe(needed.missingFte * 11_000_000);
    expect(needed.runMonthlyMinor).toBe(
      (figures.costs.runMonthlyMinor ?? 0) + (needed.missingMonthlyMinor ?? 0),
    );
    expect(needed.financial.pays).toBe('no');
    const design = analysis.totals.atRequiredStaff;
    expect(design.understaffed).toEqual([figures.functionId]);
    expect(design.runMonthlyMinor).toBe(needed.runMonthlyMinor);
    expect(design.periodNetMinor).toBe(needed.financial.periodNetMinor);
    // The figures as entered keep their meaning.
    expect(analysis.totals.runMonthlyMinor).toBe(figures.costs.runMonthlyMinor);
  });

  it('are absent for a function with enough staff', () => {
    const analysis = analyzeProject(keyAccounts('en'));
    expect(analysis.functions[0]?.atRequiredStaff).toBeUndefined();
    expect(analysis.totals.atRequiredStaff.runMonthlyMinor).toBe(analysis.totals.runMonthlyMinor);
    expect(analysis.totals.atRequiredStaff.periodNetMinor).toBe(
      analysis.totals.period.periodNetMinor,
    );
  });
});

describe.each(LANGUAGES)('decision page (%s)', (language) => {
  it('costs an understaffed function at the staff it needs and does not count it as paying', () => {
    const project = understaffed(language);
    const analysis = analyzeProject(project);
    const decision = decisionOf(build(project, language));
    const tiles = decision.blocks.find((block) => block.kind === 'metrics');
    const values = tiles?.kind === 'metrics' ? tiles.items.map((item) => item.value) : [];
    expect(values).toContain(
      formatMoney(language, analysis.totals.atRequiredStaff.runMonthlyMinor, project.currency),
    );
    const refs = decision.blocks.flatMap((block) => (block.kind === 'refs' ? block.items : []));
    const fn = project.functions[0];
    const short = refs.find((ref) => ref.anchor === `function-${fn?.id ?? ''}`);
    expect(short?.tone).toBe('warning');
    const paying = refs.find((ref) => ref.anchor === 'functions' && ref.tone === 'good');
    expect(paying).toBeUndefined();
    // Every error is named and refers to its row in the checks table.
    const errors = runChecks(project, analysis).filter((check) => check.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => ref.anchor.startsWith('check-'))).toHaveLength(
      Math.min(errors.length, 5),
    );
  });

  it('says "never" in a word the tile can hold, with the reason under it', () => {
    const project = keyAccountsWith(language, (fn) => ({
      ...fn,
      financialGoal: { ...fn.financialGoal, targetGrowthPercent: 0 },
    }));
    expect(analyzeProject(project).totals.period.payback.status).toBe('never');
    const tiles = decisionOf(build(project, language)).blocks.find((b) => b.kind === 'metrics');
    const payback = tiles?.kind === 'metrics' ? tiles.items[2] : undefined;
    expect(payback?.value).toBe(language === 'en' ? 'Never' : 'Никогда');
    expect(payback?.note).toMatch(language === 'en' ? /income/ : /доход/);
    expect(payback?.tone).toBe('bad');
  });

  it('shows a total that lacks costs as “≥ sum” with how many are missing, in the tiles and the categories', () => {
    const project = keyAccountsWith(language, (fn) => ({
      ...fn,
      lines: fn.lines.map((line) => ({ ...line, monthlyCostMinor: undefined })),
      tools: fn.tools.map((tool, i) => (i === 0 ? { ...tool, oneOffCostMinor: undefined } : tool)),
    }));
    const analysis = analyzeProject(project);
    const model = build(project, language);
    const atLeast = (minor: number) => `≥ ${formatMoney(language, minor, project.currency)}`;
    const missingOne = language === 'en' ? '1 cost missing' : '1 расход не указан';
    const tiles = (section: Section | undefined) =>
      section?.blocks.flatMap((block) => (block.kind === 'metrics' ? block.items : [])) ?? [];
    const summary = model.sections.find((section) => section.id === 'summary');
    for (const metrics of [tiles(decisionOf(model)), tiles(summary)]) {
      const partial = metrics.filter((metric) => metric.value.startsWith('≥'));
      // The run cost lacks the line's cost; the one-off cost, a tool's.
      expect(partial.map(({ value, note }) => ({ value, note }))).toEqual([
        { value: atLeast(analysis.totals.runMonthlyMinor), note: missingOne },
        { value: atLeast(analysis.totals.oneOffMinor), note: missingOne },
      ]);
    }
    const table = summary?.blocks.find((block) => block.kind === 'table');
    const cells = table?.kind === 'table' ? table.table.rows.map((row) => row.cells.at(-1)) : [];
    // Staff are all costed; the technical part lacks the line.
    expect(cells[0]).toBe(formatMoney(language, analysis.categories.human.monthlyCostMinor, 'RUB'));
    expect(cells[1]).toMatch(new RegExp(`^≥ .*${missingOne}$`));
  });

  it('keeps every list short at 200 functions, saying how many more and where', () => {
    const project = manyFunctions(200, language);
    const decision = decisionOf(build(project, language));
    const text = decision.blocks
      .flatMap((block) =>
        block.kind === 'refs'
          ? block.items.map((item) => item.text)
          : block.kind === 'paragraph'
            ? [block.text]
            : [],
      )
      .join('\n');
    expect(text).toMatch(language === 'ru' ? /ещё 197/ : /197 more/);
    for (const block of decision.blocks) {
      if (block.kind === 'refs') expect(block.items.length).toBeLessThanOrEqual(7);
    }
  });
});
