/**
 * Pagination and typesetting of the PDF, read back as a reader's tools see it: no heading left
 * at the foot of a page, no number split from its unit, no word broken without a hyphen.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../shared/i18n/language';
import type { Project } from '../../../shared/model';
import { exportReport, type ReportFonts } from '../../../shared/report';
import { breakLines, glue } from '../../../shared/report/render/typeset';
import {
  keyAccounts,
  manyFunctions,
  REPORT_DATE,
  richSample,
  testFonts,
  withSupportVariant,
} from './fixtures';
import { readPlacedText, type PlacedText } from './pdf-tools';

const MM = 72 / 25.4;
/** Type sizes of headings and section titles (shared/report/render/theme.ts). */
const HEADING_SIZES = new Set([11, 16, 18]);
/** Running header and footer: 15 mm at the top and bottom of every page. */
const CHROME = 15 * MM;
/** A line starting with one of these continues the number that ended the line before. */
const UNIT = /^(%|‰|₽|€|\$|мин\b|min\b|мес\.|months?\b|ст\.|FTE\b|ч\b|h\b|эрл\.|erl\b|\d{3}\b)/u;

let fonts: ReportFonts;
beforeAll(async () => {
  fonts = await testFonts();
});

interface Finding {
  page: number;
  text: string;
}

/**
 * Headings with fewer than two lines of body text below them on their page while their content
 * goes on over the page (the next page does not open with a heading of its own).
 */
function orphanedHeadings(pages: { height: number; items: PlacedText[] }[]): Finding[] {
  const found: Finding[] = [];
  const bodyOf = ({ height, items }: { height: number; items: PlacedText[] }) =>
    items.filter((item) => item.y > CHROME && item.y < height - CHROME);
  pages.forEach((page, i) => {
    if (i === 0) return; // the cover
    const body = bodyOf(page);
    const nextPage = pages[i + 1];
    const top = nextPage
      ? bodyOf(nextPage).reduce<PlacedText | undefined>(
          (highest, item) => (highest === undefined || item.y > highest.y ? item : highest),
          undefined,
        )
      : undefined;
    const continues = top !== undefined && !HEADING_SIZES.has(top.size);
    for (const heading of body.filter((item) => HEADING_SIZES.has(item.size))) {
      const below = body.filter((item) => item.y < heading.y - 1);
      const lines = new Set(
        below.filter((item) => !HEADING_SIZES.has(item.size)).map((item) => Math.round(item.y)),
      );
      const last = below.every((item) => !HEADING_SIZES.has(item.size));
      if (lines.size < 2 && (lines.size === 0 || (last && continues))) {
        found.push({ page: i + 1, text: heading.str });
      }
    }
  });
  return found;
}

/** A line ending in a number whose next line (same column) starts with its unit or digits. */
function splitNumbers(pages: { height: number; items: PlacedText[] }[]): Finding[] {
  const found: Finding[] = [];
  pages.forEach(({ items }, i) => {
    items.forEach((item, k) => {
      const next = items[k + 1];
      if (!next || !/\d$/.test(item.str.trimEnd())) return;
      const step = item.y - next.y;
      const continues = Math.abs(next.x - item.x) < 1 && step > 0 && step < item.size * 2.2;
      if (continues && UNIT.test(next.str.trimStart())) {
        found.push({ page: i + 1, text: `${item.str} / ${next.str}` });
      }
    });
  });
  return found;
}

const designs: [string, (language: Language) => Project][] = [
  ['key-accounts sample', keyAccounts],
  ['specialised-sales sample', richSample],
  ['50-function design', (language) => manyFunctions(50, language)],
  ['key-accounts sample with a variant', withSupportVariant],
];

describe.each(LANGUAGES)('typesetting of the report (%s)', (language) => {
  it.each(designs)('%s: no orphaned heading, no number split from its unit', async (_, make) => {
    const bytes = exportReport(make(language), { language, fonts, date: REPORT_DATE });
    const pages = await readPlacedText(bytes);
    expect({ orphans: orphanedHeadings(pages), splits: splitNumbers(pages) }).toEqual({
      orphans: [],
      splits: [],
    });
  });

  it('fits a one-function report on a few pages: short chapters share a page', async () => {
    const bytes = exportReport(keyAccounts(language), { language, fonts, date: REPORT_DATE });
    expect((await readPlacedText(bytes)).length).toBeLessThanOrEqual(8);
  });
});

describe('line breaking', () => {
  // One unit per character: the test needs no font.
  const measure = (text: string) => text.length;
  const text =
    'Предупреждение: специализированная функция «Ключевые клиенты» отвечает на 0 % обращений, нужно 10 ставок при 1 234 567 ₽ в месяц; understaffed functions are costed at the staff they need';

  it.each([8, 12, 20, 33])('breaks only at spaces or with a hyphen at width %i', (width) => {
    const lines = breakLines(text, width, measure);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
    // Joining the lines back (a hyphen at a line end was added by the breaker) gives the text.
    const joined = lines
      .map((line, i) =>
        i === lines.length - 1 ? line : line.endsWith('-') ? line.slice(0, -1) : `${line} `,
      )
      .join('');
    expect(joined).toBe(glue(text));
  });

  it('keeps numbers with their units and signs', () => {
    expect(glue('на 0 % обращений, ≥ 30 шт., 9,5 ст., 1 234 ₽ — итог')).toBe(
      'на 0\u00a0% обращений, ≥\u00a030\u00a0шт., 9,5\u00a0ст., 1\u00a0234\u00a0₽\u00a0— итог',
    );
  });
});
