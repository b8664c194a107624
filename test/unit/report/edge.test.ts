import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/i18n/language';
import type { Project } from '../../../shared/model';
import { exportReport, type ReportFonts } from '../../../shared/report';
import { blank, emptyFields, longNames, manyFunctions, REPORT_DATE, testFonts } from './fixtures';
import { readPdf } from './pdf-tools';

let fonts: ReportFonts;
beforeAll(async () => {
  fonts = await testFonts();
});

const CASES: [string, (language: Language) => Project][] = [
  ['no functions', blank],
  ['empty optional fields', emptyFields],
  ['names of 200 characters', longNames],
  ['200 functions', (language) => manyFunctions(200, language)],
];

describe.each(['ru', 'en'] as const)('a sensible document (%s)', (language) => {
  it.each(CASES)('with %s', async (_name, make) => {
    const project = make(language);
    const bytes = exportReport(project, { language, fonts, date: REPORT_DATE });
    const pdf = await readPdf(bytes);
    const text = pdf.pages.join('\n');
    expect(text).not.toMatch(/NaN|undefined|Infinity|\{\w+\}/);
    // Nothing runs off the page.
    expect(pdf.outside).toEqual([]);
    // No empty page: each has more than its running header and footer.
    const footer = /(Стр\.|Page) \d+ (из|of) \d+/;
    pdf.pages.slice(1).forEach((page, i) => {
      expect(page, `page ${i + 2}`).toMatch(footer);
      const body = page.replace(footer, '');
      expect(body.length, `page ${i + 2} has a body`).toBeGreaterThan(60);
    });
    // Every function has its bookmark and its section.
    expect(pdf.outline.filter((entry) => entry.startsWith('  '))).toHaveLength(
      project.functions.length,
    );
  });
});

describe('a large design', () => {
  it('splits the diagram into readable parts with an overview', async () => {
    const project = manyFunctions(200, 'en');
    const pdf = await readPdf(exportReport(project, { language: 'en', fonts, date: REPORT_DATE }));
    const parts = pdf.pages.filter((page) =>
      /Design of the sales system — part \d+ of \d+/.test(page),
    );
    expect(parts.length).toBeGreaterThan(1);
    const overview = pdf.pages.find((page) => page.includes('numbered frame'));
    expect(overview).toBeDefined();
    // Each function's box is whole, with its name, on at least one part.
    const partText = parts.join('\n');
    for (const fn of project.functions) expect(partText).toContain(fn.name);
  });
});
