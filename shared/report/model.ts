import type { ProjectAnalysis } from '../analysis';
import { countBySeverity, type DesignCheck } from '../checks';
import type { Language } from '../i18n/language';
import type { Project } from '../model';
import { appendixSection } from './sections/appendix';
import { checksSection } from './sections/checks';
import { createContext } from './sections/context';
import { decisionSection } from './sections/decision';
import { diagramSection } from './sections/diagram';
import { functionSection } from './sections/function';
import { functionsChapter } from './sections/functions';
import { summarySection } from './sections/summary';
import type { Fact, ReportModel } from './types';
import { wordsFor } from './words';

export interface ReportOptions {
  language: Language;
  /** When the report is made (the caller's clock): shown on the cover and in the metadata. */
  date: Date | string;
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
  const w = wordsFor(options.language, project.currency);
  const ctx = createContext(project, analysis, w);
  const createdAt = new Date(options.date).toISOString();
  const date = w.date(createdAt);
  const name = w.name(project.name) || w.t('report.untitled');
  const company = w.name(project.company);
  const author = w.name(project.author);
  const open = countBySeverity(checks);

  const fields: Fact[] = [
    ...(company ? [{ label: w.t('report.cover.company'), value: company }] : []),
    ...(author ? [{ label: w.t('report.cover.author'), value: author }] : []),
    { label: w.t('report.cover.date'), value: date },
    {
      label: w.t('report.cover.scope'),
      value: w.t('report.cover.scopeValue', {
        functions: w.number(analysis.totals.functions, 0),
        fte: w.number(analysis.totals.fte),
        months: w.number(project.planningPeriod.months, 0),
      }),
    },
  ];

  return {
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
      headerLeft: company ? `${name} · ${company}` : name,
      headerRight: w.t('report.title'),
      footerLeft: date,
      pageRef: w.t('report.pageRef'),
    },
    cover: {
      kicker: w.t('report.cover.kicker'),
      title: name,
      subtitle: company,
      fields,
      note: w.t('report.cover.note', { currency: project.currency }),
    },
    sections: [
      decisionSection(ctx, checks),
      summarySection(ctx, open),
      diagramSection(ctx),
      functionsChapter(ctx),
      ...project.functions.map((fn) => functionSection(ctx, fn)),
      checksSection(ctx, checks),
      appendixSection(ctx),
    ],
  };
}
