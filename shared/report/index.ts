/**
 * The PDF specialization report: project → report model (pure data) → PDF bytes drawn with jsPDF.
 * The same code runs in the renderer (export button) and in Node (command-line export).
 */
import { evaluateDesign, evaluationCaches } from '../checks';
import type { Language } from '../i18n/language';
import { scenarioProject, scenarioSetOf, type Project } from '../model';
import { buildScenariosReportModel, type ReportScenario } from './model';
import type { ReportFonts } from './render/fonts';
import { renderReportPdf } from './render/render';

export { buildReportModel, buildScenariosReportModel, scenarioName } from './model';
export { wordsFor } from './words';
export { renderReportPdf } from './render/render';
export type { ReportFonts } from './render/fonts';
export type * from './types';

export interface ExportReportOptions {
  language: Language;
  /** TTF bytes of a Cyrillic-capable font (the app ships PT Sans). */
  fonts: ReportFonts;
  /** When the report is made: the caller's clock. */
  date: Date | string;
  /**
   * The scenarios that go in (ids; the report keeps the project's order); every scenario when
   * absent. Two or more make a comparison report.
   */
  scenarioIds?: readonly string[];
}

/** The chosen scenarios of `project`, each analysed and checked as a plain project. */
export function reportScenarios(
  project: Project,
  scenarioIds?: readonly string[],
): ReportScenario[] {
  const wanted = scenarioIds && new Set(scenarioIds);
  // Scenarios share their unchanged functions, so one set of caches analyses each only once.
  const caches = evaluationCaches();
  const scenarios = scenarioSetOf(project).list.flatMap((scenario): ReportScenario[] => {
    if (wanted && !wanted.has(scenario.id)) return [];
    const plain = scenarioProject(project, scenario.id);
    if (!plain) return [];
    const { analysis, checks } = evaluateDesign(plain, caches);
    return [
      {
        id: scenario.id,
        name: scenario.name,
        recommended: scenario.recommended === true,
        project: plain,
        analysis,
        checks,
      },
    ];
  });
  if (scenarios.length === 0) throw new Error('None of the chosen scenarios is in the project.');
  return scenarios;
}

/** Analysis, checks, model and drawing in one call: the PDF of `project`'s chosen scenarios. */
export function exportReport(project: Project, options: ExportReportOptions): Uint8Array {
  const model = buildScenariosReportModel(
    project,
    reportScenarios(project, options.scenarioIds),
    options,
  );
  return renderReportPdf(model, options.fonts);
}
