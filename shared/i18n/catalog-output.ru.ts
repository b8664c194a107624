import type { OutputKey } from './index';
import { presentRu } from './present.ru';
import { reportRu } from './report.ru';

/** The Russian texts of the report and the presentation (see catalog-output.en.ts). */
export const outputRu: Readonly<Record<OutputKey, string>> = { ...reportRu, ...presentRu };
