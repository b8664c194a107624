import { formatNumber, listFormat } from './format';
import type { Language } from './language';

/**
 * "A, B, C and 46 more": the first `max` names as a list in the language, then how many more
 * (`more` words the count, and may say where the rest are). The report's lists of functions and
 * the checks' messages read alike.
 */
export function shortList(
  language: Language,
  names: readonly string[],
  max: number,
  more: (count: string) => string,
): string {
  const rest = names.length - max;
  return listFormat(language).format(
    rest > 0 ? [...names.slice(0, max), more(formatNumber(language, rest, 0))] : names,
  );
}
