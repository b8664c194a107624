import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateDesign } from '../../../shared/checks';
import { designFigures, type DesignFigures } from '../../../shared/compare';
import { LANGUAGES, type Language } from '../../../shared/i18n/language';
import {
  createScenario,
  removeFunctions,
  scenarioProject,
  setRecommendedScenario,
  switchScenario,
  type Project,
} from '../../../shared/model';
import {
  buildReportModel,
  buildScenariosReportModel,
  exportReport,
  reportScenarios,
  type Block,
  type PageRef,
  type ReportFonts,
  type ReportModel,
  type Section,
} from '../../../shared/report';
import { wordsFor, type Words } from '../../../shared/report/words';
import { keyAccounts, manyFunctions, REPORT_DATE, testFonts, withSupportVariant } from './fixtures';
import { flat, hasTool, readPdf, runOnPdf, type PdfContent } from './pdf-tools';

const build = (project: Project, language: Language, scenarioIds?: readonly string[]) =>
  buildScenariosReportModel(project, reportScenarios(project, scenarioIds), {
    language,
    date: REPORT_DATE,
  });

const figuresOf = (project: Project, id: string): DesignFigures => {
  const plain = scenarioProject(project, id);
  if (!plain) throw new Error(`no scenario ${id}`);
  const { analysis, checks } = evaluateDesign(plain);
  return designFigures(analysis, checks);
};

/**
 * The comparison's rows as the decision page words each figure, written out here on their own:
 * money as money, staff in FTE, payback in months or "never", the return as a percentage.
 */
function expectedValues(w: Words, f: DesignFigures): string[] {
  const fte = (value: number) => w.t('report.decision.hireValue', { fte: w.number(value) });
  return [
    w.money(f.monthlyCostMinor),
    w.money(f.oneOffMinor),
    fte(f.fte),
    fte(f.requiredFte),
    fte(f.hireFte),
    w.money(f.incrementalProfitMonthlyMinor),
    w.money(f.netMonthlyMinor),
    w.payback(f.payback),
    w.percent(f.roiPercent),
    w.money(f.periodNetMinor),
    w.number(f.errors, 0),
    w.number(f.warnings, 0),
  ];
}

const section = (model: ReportModel, id: string): Section => {
  const found = model.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};
const refsOf = (blocks: readonly Block[]): PageRef[] =>
  blocks.flatMap((block) => (block.kind === 'refs' ? block.items : []));

describe.each(LANGUAGES)('a report of two scenarios (%s)', (language) => {
  const project = withSupportVariant(language);
  const model = build(project, language);
  const w = wordsFor(language, project.currency);

  it('shows each scenario’s designFigures in the comparison, formatted as on the decision page', () => {
    const table = section(model, 'comparison').blocks.find((block) => block.kind === 'table');
    if (table?.kind !== 'table') throw new Error('the comparison has a table');
    const baseline = expectedValues(w, figuresOf(project, 'baseline'));
    const support = expectedValues(w, figuresOf(project, 'support'));
    expect(table.table.rows.map((row) => row.cells[1])).toEqual(baseline);
    expect(table.table.rows.map((row) => row.cells[2]?.split('\n')[0])).toEqual(support);
    // The recommended column says so in its head.
    expect(table.table.columns[2]?.title).toContain(w.t('report.scenarios.recommendedColumn'));
  });

  it('says each difference signed, and whether it is better or worse, in words', () => {
    const table = section(model, 'comparison').blocks.find((block) => block.kind === 'table');
    if (table?.kind !== 'table') throw new Error('the comparison has a table');
    const before = figuresOf(project, 'baseline');
    const after = figuresOf(project, 'support');
    const [monthly] = table.table.rows;
    const extra = after.monthlyCostMinor - before.monthlyCostMinor;
    expect(extra).toBeGreaterThan(0);
    expect(monthly?.cells[2]?.split('\n')[1]).toBe(
      w.t('report.scenarios.difference', {
        difference: `+${w.money(extra)}`,
        verdict: w.t('report.scenarios.worse'),
      }),
    );
    const oneOff = table.table.rows[1];
    expect(oneOff?.cells[2]?.split('\n')[1]).toBe(w.t('report.scenarios.same'));
  });

  it('opens with the recommended scenario’s decision page, its tiles the comparison’s figures', () => {
    const decision = model.sections[0];
    expect(decision?.front).toBe(true);
    expect(decision?.title).toContain(w.name(project.scenarios?.list[1]?.name ?? ''));
    const tiles = decision?.blocks.find((block) => block.kind === 'metrics');
    if (tiles?.kind !== 'metrics') throw new Error('the decision page has tiles');
    const support = expectedValues(w, figuresOf(project, 'support'));
    // monthly, one-off, payback, return, net over the period, to hire
    expect(tiles.items.map((tile) => tile.value)).toEqual(
      [0, 1, 7, 8, 9, 4].map((i) => support[i]),
    );
    expect(refsOf(decision?.blocks ?? [])[0]?.anchor).toBe('comparison');
  });

  it('lists the functions added and changed against the first scenario, with their pages', () => {
    const refs = refsOf(section(model, 'comparison').blocks);
    // Added and removed functions come before changed ones.
    expect(refs.map((ref) => ref.anchor)).toEqual([
      'scenario-2:function-fn-technical-support',
      'scenario-2:function-fn-key-accounts',
    ]);
    expect(refs[1]?.text).toContain(w.text('scenario.aspect.staff'));
    expect(section(model, 'comparison').blocks).toContainEqual({
      kind: 'paragraph',
      text: w.t('report.scenarios.differenceCounts', { added: 1, removed: 0, changed: 1 }),
    });
  });

  it('gives each scenario its part, and every page reference a target in the report', () => {
    const ids = model.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const anchors = new Set([
      ...ids,
      ...model.sections.flatMap((s) =>
        s.blocks.flatMap((block) =>
          block.kind === 'table' ? block.table.rows.flatMap((row) => row.anchor ?? []) : [],
        ),
      ),
    ]);
    const refs = model.sections.flatMap((s) => refsOf(s.blocks));
    expect(refs.filter((ref) => !anchors.has(ref.anchor))).toEqual([]);
    // The decision page refers into the recommended scenario's part only.
    expect(
      refsOf(model.sections[0]?.blocks ?? [])
        .slice(1)
        .every((ref) => ref.anchor.startsWith('scenario-2:')),
    ).toBe(true);
    const parts = model.sections.filter((s) => s.id.endsWith(':part'));
    expect(parts.map((s) => [s.level, s.runningHead])).toEqual([
      [1, `${project.name} · ${w.text('scenario.baselineName')}`],
      [1, `${project.name} · ${project.scenarios?.list[1]?.name ?? ''}`],
    ]);
    expect(section(model, 'scenario-2:function-fn-technical-support').level).toBe(3);
  });

  it('names the first scenario on the decision page when none is recommended', () => {
    const plain = build(setRecommendedScenario(project, undefined), language);
    const decision = plain.sections[0];
    expect(decision?.title).toContain(w.text('scenario.baselineName'));
    expect(refsOf(decision?.blocks ?? [])[0]?.text).toContain(
      w.t('report.scenarios.decisionFirst', { name: '', count: '', section: '' }).slice(0, 12),
    );
    expect(plain.cover.fields.at(-1)?.value).toBe(w.t('report.scenarios.noneRecommended'));
  });

  it('is the report of one scenario as today, named on the cover and in the header', () => {
    const one = build(project, language, ['support']);
    const plain = scenarioProject(project, 'support');
    if (!plain) throw new Error('the variant exists');
    const { analysis, checks } = evaluateDesign(plain);
    const today = buildReportModel(plain, analysis, checks, { language, date: REPORT_DATE });
    expect(one.sections).toEqual(today.sections);
    const name = project.scenarios?.list[1]?.name ?? '';
    expect(one.labels.headerLeft).toContain(name);
    expect(one.cover.fields.map((field) => field.value)).toContain(
      w.t('report.scenarios.recommendedMark', { name }),
    );
  });

  it('is the same for the same scenarios whichever one is on the canvas', () => {
    expect(build(switchScenario(project, 'baseline'), language)).toEqual(model);
  });
});

describe('a project without variants', () => {
  it('gives the report it always did', () => {
    const project = keyAccounts('en');
    const { analysis, checks } = evaluateDesign(project);
    expect(build(project, 'en')).toEqual(
      buildReportModel(project, analysis, checks, { language: 'en', date: REPORT_DATE }),
    );
  });
});

describe.each(LANGUAGES)('the PDF of two scenarios (%s)', (language) => {
  const project = withSupportVariant(language);
  const w = wordsFor(language, project.currency);
  let fonts: ReportFonts;
  let bytes: Uint8Array;
  let pdf: PdfContent;
  beforeAll(async () => {
    fonts = await testFonts();
    bytes = exportReport(project, { language, fonts, date: REPORT_DATE });
    pdf = await readPdf(bytes);
  });

  const pageOf = (title: string) => pdf.pages.findIndex((page) => page.includes(title)) + 1;
  /** The page numbers of references on a page: "p. 12" as its own word. */
  const refPages = (text: string): number[] => {
    const word = w.t('report.pageRef', { page: '' }).trim().replace('.', '\\.');
    return [...text.matchAll(new RegExp(`(?:^|\\s)${word} (\\d+)(?=\\s|$)`, 'g'))].map((match) =>
      Number(match[1]),
    );
  };

  it('gives back every figure of the comparison through pdftotext', (ctx) => {
    if (!hasTool('pdftotext')) ctx.skip();
    const text = flat(runOnPdf(bytes, 'pdftotext', (file) => ['-layout', file, '-']));
    const comparison = text.slice(text.lastIndexOf(w.t('report.scenarios.comparisonTitle')));
    for (const id of ['baseline', 'support']) {
      for (const value of expectedValues(w, figuresOf(project, id))) {
        expect(comparison, `${id}: ${value}`).toContain(flat(value));
      }
    }
  });

  it('bookmarks each scenario with its chapters and functions under it', () => {
    const support = w.t('report.scenarios.partTitleRecommended', {
      name: project.scenarios?.list[1]?.name ?? '',
    });
    const at = pdf.outline.indexOf(support);
    expect(at).toBeGreaterThan(0);
    expect(pdf.outline.slice(at + 1, at + 3)).toEqual([
      `  ${w.t('report.summary.title')}`,
      `  ${w.t('report.diagram.title')}`,
    ]);
    expect(pdf.outline).toContain(`    2. ${project.functions[1]?.name ?? ''}`);
  });

  it('points each page reference into the right scenario’s part', () => {
    const variantHead = `${project.name} · ${project.scenarios?.list[1]?.name ?? ''}`;
    const intro = w.t('report.scenarios.comparisonIntro', {
      reference: w.text('scenario.baselineName'),
    });
    const comparisonPage = pageOf(flat(intro).slice(0, 60));
    const [toComparison, ...decisionRefs] = refPages(pdf.pages[1] ?? '');
    expect(toComparison).toBe(comparisonPage);
    expect(decisionRefs.length).toBeGreaterThan(0);
    for (const page of decisionRefs) expect(pdf.pages[page - 1]).toContain(variantHead);
    const [added, changed] = refPages(pdf.pages[comparisonPage - 1] ?? '');
    const keyAccountsTitle = `1. ${project.functions[0]?.name ?? ''}`;
    const supportTitle = `2. ${project.functions[1]?.name ?? ''}`;
    expect(pdf.pages[(changed ?? 0) - 1]).toContain(variantHead);
    expect(pdf.pages[(changed ?? 0) - 1]).toContain(keyAccountsTitle);
    expect(pdf.pages[(added ?? 0) - 1]).toContain(supportTitle);
    expect(pdf.pages[(added ?? 0) - 1]).toContain(variantHead);
  });

  it('keeps all text on the page and shows no broken figure', () => {
    expect(pdf.outside).toEqual([]);
    expect(pdf.pages.join('\n')).not.toMatch(/NaN|undefined|Infinity|\{\w+\}/);
  });
});

describe('a comparison of many changes and three scenarios', () => {
  it('cuts each list of function differences with "… and N more" and where to look', () => {
    const base = manyFunctions(20, 'en');
    let project = createScenario(base, { id: 'lean', name: 'Lean', baselineName: '' });
    project = removeFunctions(
      project,
      base.functions.slice(0, 12).map((fn) => fn.id),
    );
    project = createScenario(project, {
      id: 'copy',
      name: 'Same as today',
      fromId: 'baseline',
      baselineName: '',
    });
    const model = build(project, 'en');
    const comparison = section(model, 'comparison');
    const table = comparison.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.table.columns.length).toBe(4);
    const refs = refsOf(comparison.blocks);
    expect(refs).toHaveLength(9);
    expect(refs.slice(0, 8).every((ref) => ref.anchor.startsWith('scenario-1:function-'))).toBe(
      true,
    );
    expect(refs[8]).toEqual({
      text: '… and 4 more: see “Functions” of the scenario “Lean”',
      anchor: 'scenario-2:functions',
    });
    // The third is the baseline's copy: nothing differs.
    expect(comparison.blocks.at(-1)).toEqual({
      kind: 'paragraph',
      text: 'The same functions as in “Current system”.',
    });
    // No scenario is recommended: the decision page is the first one chosen, the baseline.
    expect(model.sections[0]?.title).toBe('Proposal for decision: “Current system”');
  });
});
