import type { Language } from '../../shared/i18n';
import type { Project } from '../../shared/model';
import { toSafeFileName } from '../../shared/port/file-name';
import type { ReportRequest, ReportResponse } from './report.worker';

/**
 * The report of `project` (with its scenarios: those in `scenarioIds`, all when absent) as PDF
 * bytes, drawn in a worker; rejects with the reason on failure.
 */
export function makeReportPdf(
  project: Project,
  language: Language,
  date: Date,
  scenarioIds?: readonly string[],
): Promise<Uint8Array> {
  const worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ReportResponse>) => {
      if (event.data.ok) resolve(event.data.pdf);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'the report worker failed'));
    const request: ReportRequest = {
      project,
      language,
      date: date.toISOString(),
      ...(scenarioIds ? { scenarioIds } : {}),
    };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/** "Key accounts 2026-11-26.pdf": the project's name made safe for any file system. */
export function reportFileName(projectName: string, date: Date): string {
  return `${toSafeFileName(projectName, 'report')} ${date.toISOString().slice(0, 10)}.pdf`;
}
