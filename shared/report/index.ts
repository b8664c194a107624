/**
 * The PDF specialization report: project → report model (pure data) → PDF bytes drawn with jsPDF.
 * The same code runs in the renderer (export button) and in Node (command-line export).
 */
import { evaluateDesign } from '../checks';
import type { Language } from '../i18n/language';
import type { Project } from '../model';
import { buildReportModel } from './model';
import type { ReportFonts } from './render/fonts';
import { renderReportPdf } from './render/render';

export { buildReportModel } from './model';
export { renderReportPdf } from './render/render';
export type { ReportFonts } from './render/fonts';
export type * from './types';

export interface ExportReportOptions {
  language: Language;
  /** TTF bytes of a Cyrillic-capable font (the app ships PT Sans). */
  fonts: ReportFonts;
  /** When the report is made: the caller's clock. */
  date: Date | string;
}

/** Analysis, checks, model and drawing in one call: the PDF of `project`. */
export function exportReport(project: Project, options: ExportReportOptions): Uint8Array {
  const { analysis, checks } = evaluateDesign(project);
  const model = buildReportModel(project, analysis, checks, options);
  return renderReportPdf(model, options.fonts);
}
