// The report is drawn in the language chosen in the export dialog, either one.
import '../../shared/i18n/all';
import boldUrl from '@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf?url';
import type { Language } from '../../shared/i18n';
import type { Project } from '../../shared/model';
import { exportReport, type ReportFonts } from '../../shared/report';

export interface ReportRequest {
  /** The project as in the editor, with every scenario (see shared/model/scenarios). */
  readonly project: Project;
  /** The scenarios that go in; all when absent. */
  readonly scenarioIds?: readonly string[];
  readonly language: Language;
  readonly date: string;
}

export type ReportResponse = { ok: true; pdf: Uint8Array } | { ok: false; message: string };

let fonts: Promise<ReportFonts> | undefined;

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Draws the report off the main thread, so the window stays responsive for large designs. */
self.onmessage = async (event: MessageEvent<ReportRequest>) => {
  try {
    fonts ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(([regular, bold]) => ({
      regular,
      bold,
    }));
    const { project, language, date, scenarioIds } = event.data;
    const pdf = exportReport(project, {
      language,
      fonts: await fonts,
      date,
      ...(scenarioIds ? { scenarioIds } : {}),
    });
    const response: ReportResponse = { ok: true, pdf };
    self.postMessage(response, { transfer: [pdf.buffer] });
  } catch (error) {
    fonts = undefined;
    const response: ReportResponse = {
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
    self.postMessage(response);
  }
};
