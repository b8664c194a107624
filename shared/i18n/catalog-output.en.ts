import type { OutputKey } from './index';
import { presentEn } from './present.en';
import { reportEn } from './report.en';

/**
 * The English texts of the report and the presentation: a chunk of its own, loaded with the
 * screens that use them (see `loadOutputTexts`), not with the first screen.
 */
export const outputEn: Readonly<Record<OutputKey, string>> = { ...reportEn, ...presentEn };
