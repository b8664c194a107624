import type { ProjectAnalysis } from '../analysis';
import { countBySeverity, type DesignCheck } from '../checks';
import { designFigures } from '../compare';
import type { Language } from '../i18n/language';
import { BASELINE_SCENARIO_ID, type Project } from '../model';
import { appendixSection } from './sections/appendix';
import { checksSection } from './sections/checks';
import { comparisonSection, type ComparedScenario } from './sections/comparison';
import { createContext, type ReportContext } from './sections/context';
import { decisionSection } from './sections/decision';
import { diagramSection } from './sections/diagram';
import { functionSection } from './sections/function';
import { functionsChapter } from './sections/functions';
import { summarySection } from './sections/summary';
import type { Block, Fact, ReportModel, Section } from './types';
import { wordsFor, type Words } from './words';

export interface ReportOptions {
  language: Language;
  /** When the report is made (the caller's clock): shown on the cover and in the metadata. */
  date: Date | string;
}

/** One scenario going into the report, as a plain project with its analysis and checks. */
export interface ReportScenario {
  readonly id: string;
  /** As the user named it; blank for a baseline never named (the catalog's default shows). */
  readonly name: string;
  readonly recommended: boolean;
  readonly project: Project;
  readonly analysis: ProjectAnalysis;
  readonly checks: readonly DesignCheck[];
}

/**
 * The report as data, from the project, its analysis (analyzeProject) and its design checks
 * (runChecks). Pure: the same input gives the same model.
 */
export function buildReportModel(
  project: Project,
  analysis: ProjectAnalysis,
  checks: readonly DesignCheck[],
  options: ReportOptions,
): ReportModel {
  return singleReport(project, analysis, checks, options);
}

/**
 * The report of the chosen scenarios of `project` (in the project's order). One scenario: the
 * report of its design, named by the scenario when the project has variants. Two or more: the
 * decision page of the recommended one (or the first), a comparison page, then each scenario's
 * chapters under its name, with page references kept within its own part.
 */
export function buildScenariosReportModel(
  project: Project,
  scenarios: readonly ReportScenario[],
  options: ReportOptions,
): ReportModel {
  const [first] = scenarios;
  if (!first) throw new Error('A report needs at least one scenario.');
  const w = wordsFor(options.language, project.currency);
  if (scenarios.length === 1) {
    const hasVariants = (project.scenarios?.list.length ?? 0) > 1;
    const scenario = hasVariants
      ? { name: scenarioName(w, first), recommended: first.recommended }
      : undefined;
    return singleReport(first.project, first.analysis, first.checks, options, scenario);
  }
  return comparedReport(w, project, scenarios, options);
}

/** A scenario's name as the report shows it: the baseline never named reads as the catalog's default. */
export function scenarioName(w: Words, scenario: Pick<ReportScenario, 'id' | 'name'>): string {
  const name = w.name(scenario.name);
  if (name) return name;
  return scenario.id === BASELINE_SCENARIO_ID
    ? w.text('scenario.baselineName')
    : w.t('report.untitled');
}

/** "Key accounts" · "Pilot" (recommended). */
const marked = (w: Words, name: string, recommended: boolean): string =>
  recommended ? w.t('report.scenarios.recommendedMark', { name }) : name;

/** What every report shares: metadata, page labels and the cover's first lines. */
function frame(w: Words, project: Project, options: ReportOptions) {
  const createdAt = new Date(options.date).toISOString();
  const date = w.date(createdAt);
  const name = w.name(project.name) || w.t('report.untitled');
  const company = w.name(project.company);
  const author = w.name(project.author);
  const people: Fact[] = [
    ...(company ? [{ label: w.t('report.cover.company'), value: company }] : []),
    ...(author ? [{ label: w.t('report.cover.author'), value: author }] : []),
    { label: w.t('report.cover.date'), value: date },
  ];
  const model = (
    headerLeft: string,
    fields: readonly Fact[],
    sections: Section[],
  ): ReportModel => ({
    language: options.language,
    meta: {
      title: `${w.t('report.title')}: ${name}`,
      subject: w.t('report.subject'),
      author,
      keywords: w.t('report.keywords'),
      createdAt,
    },
    labels: {
      contents: w.t('report.contents'),
      pageOf: w.t('report.pageOf'),
      headerLeft,
      headerRight: w.t('report.title'),
      footerLeft: date,
      pageRef: w.t('report.pageRef'),
    },
    cover: {
      kicker: w.t('report.cover.kicker'),
      title: name,
      subtitle: company,
      fields: [...people, ...fields],
      note: w.t('report.cover.note', { currency: project.currency }),
    },
    sections,
  });
  return { name, company, model };
}

function scope(w: Words, project: Project, analysis: ProjectAnalysis): string {
  return w.t('report.cover.scopeValue', {
    functions: w.number(analysis.totals.functions, 0),
    fte: w.number(analysis.totals.fte),
    months: w.number(project.planningPeriod.months, 0),
  });
}

/** The chapters of one design after its decision page, in reading order. */
function chapters(ctx: ReportContext, checks: readonly DesignCheck[]): Section[] {
  return [
    summarySection(ctx, countBySeverity(checks)),
    diagramSection(ctx),
    functionsChapter(ctx),
    ...ctx.project.functions.map((fn) => functionSection(ctx, fn)),
    checksSection(ctx, checks),
  ];
}

function singleReport(
  project: Project,
  analysis: ProjectAnalysis,
  checks: readonly DesignCheck[],
  options: ReportOptions,
  scenario?: { name: string; recommended: boolean },
): ReportModel {
  const w = wordsFor(options.language, project.currency);
  const ctx = createContext(project, analysis, w);
  const { name, company, model } = frame(w, project, options);
  const fields: Fact[] = [
    ...(scenario
      ? [
          {
            label: w.t('report.scenarios.scenario'),
            value: marked(w, scenario.name, scenario.recommended),
          },
        ]
      : []),
    { label: w.t('report.cover.scope'), value: scope(w, project, analysis) },
  ];
  const header = [name, scenario?.name ?? '', company].filter((part) => part !== '').join(' · ');
  return model(header, fields, [
    decisionSection(ctx, checks),
    ...chapters(ctx, checks),
    appendixSection(ctx),
  ]);
}

/** Section ids and page references of one scenario's part, made unique in the report. */
function scoped(sections: readonly Section[], prefix: string, deeper: boolean): Section[] {
  const anchor = (id: string) => `${prefix}${id}`;
  const block = (b: Block): Block => {
    if (b.kind === 'refs') {
      return { ...b, items: b.items.map((item) => ({ ...item, anchor: anchor(item.anchor) })) };
    }
    if (b.kind === 'table') {
      const rows = b.table.rows.map((row) =>
        row.anchor === undefined ? row : { ...row, anchor: anchor(row.anchor) },
      );
      return { ...b, table: { ...b.table, rows } };
    }
    return b;
  };
  return sections.map((section) => ({
    ...section,
    id: anchor(section.id),
    level: deeper ? (section.level === 1 ? 2 : 3) : section.level,
    blocks: section.blocks.map(block),
  }));
}

function comparedReport(
  w: Words,
  project: Project,
  scenarios: readonly ReportScenario[],
  options: ReportOptions,
): ReportModel {
  const { name, company, model } = frame(w, project, options);
  const compared: ComparedScenario[] = scenarios.map((scenario, i) => ({
    name: scenarioName(w, scenario),
    recommended: scenario.recommended,
    ctx: createContext(scenario.project, scenario.analysis, w),
    figures: designFigures(scenario.analysis, scenario.checks),
    prefix: `scenario-${i + 1}:`,
  }));
  const recommended = scenarios.findIndex((scenario) => scenario.recommended);
  const shownIndex = Math.max(recommended, 0);
  const shown = compared[shownIndex];
  const shownScenario = scenarios[shownIndex];
  if (!shown || !shownScenario) throw new Error('A report needs at least one scenario.');

  const [decision] = scoped(
    [decisionSection(shown.ctx, shownScenario.checks)],
    shown.prefix,
    false,
  );
  const which: Block = {
    kind: 'refs',
    items: [
      {
        text: w.t(
          recommended >= 0
            ? 'report.scenarios.decisionRecommended'
            : 'report.scenarios.decisionFirst',
          {
            name: shown.name,
            count: w.number(scenarios.length, 0),
            section: w.t('report.scenarios.comparisonTitle'),
          },
        ),
        anchor: 'comparison',
      },
    ],
  };
  const decisionPage: Section | undefined = decision && {
    ...decision,
    title: w.t('report.scenarios.decisionTitle', { title: decision.title, name: shown.name }),
    blocks: [which, ...decision.blocks],
  };

  const parts = scenarios.flatMap((scenario, i) => {
    const part = compared[i];
    if (!part) return [];
    const opening: Section = {
      id: `${part.prefix}part`,
      level: 1,
      title: w.t(
        part.recommended ? 'report.scenarios.partTitleRecommended' : 'report.scenarios.partTitle',
        { name: part.name },
      ),
      newPage: true,
      runningHead: `${name} · ${part.name}`,
      blocks: [
        { kind: 'paragraph', text: w.t('report.scenarios.partIntro', { name: part.name }) },
        {
          kind: 'facts',
          items: [
            {
              label: w.t('report.cover.scope'),
              value: scope(w, scenario.project, scenario.analysis),
            },
          ],
        },
      ],
    };
    return [opening, ...scoped(chapters(part.ctx, scenario.checks), part.prefix, true)];
  });
  const first = compared[0];

  const fields: Fact[] = [
    {
      label: w.t('report.scenarios.compared'),
      value: compared.map((part) => marked(w, part.name, part.recommended)).join('\n'),
    },
    {
      label: w.t('report.scenarios.recommended'),
      value: recommended >= 0 ? shown.name : w.t('report.scenarios.noneRecommended'),
    },
  ];
  const header = company ? `${name} · ${company}` : name;
  return model(header, fields, [
    ...(decisionPage ? [{ ...decisionPage, runningHead: `${name} · ${shown.name}` }] : []),
    { ...comparisonSection(w, project.planningPeriod.months, compared), runningHead: header },
    ...parts,
    // The settings and formulas are every scenario's: on a page of their own, under the report's header.
    ...(first ? [{ ...appendixSection(first.ctx), newPage: true, runningHead: header }] : []),
  ]);
}
