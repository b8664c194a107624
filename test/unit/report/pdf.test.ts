import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeProject } from '../../../shared/analysis';
import { checkMessage, runChecks } from '../../../shared/checks';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../../shared/i18n/format';
import { translate } from '../../../shared/i18n';
import { LANGUAGES, type Language } from '../../../shared/i18n/language';
import type { Project } from '../../../shared/model';
import { exportReport, type ReportFonts } from '../../../shared/report';
import { keyAccounts, REPORT_DATE, richSample, testFonts, withProblems } from './fixtures';
import { flat, readPdf, type PdfContent } from './pdf-tools';

let fonts: ReportFonts;
beforeAll(async () => {
  fonts = await testFonts();
});

async function render(project: Project, language: Language): Promise<PdfContent> {
  return readPdf(exportReport(project, { language, fonts, date: REPORT_DATE }));
}

const WORDS = {
  ru: {
    title: 'Отчёт о специализации системы продаж',
    sections: [
      'Предложение для решения',
      'Содержание',
      'Краткое резюме',
      'Схема системы продаж',
      'Функции',
    ],
    categories: ['Человеческие ресурсы', 'Технические ресурсы', 'Финансовый результат'],
    page: (page: number, pages: number) => `Стр. ${page} из ${pages}`,
  },
  en: {
    title: 'Sales system specialization report',
    sections: [
      'Proposal for decision',
      'Contents',
      'Executive summary',
      'Design of the sales system',
      'Functions',
    ],
    categories: ['Human resources', 'Technical resources', 'Financial result'],
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
} as const;

describe.each(LANGUAGES)('PDF report of the key-accounts sample (%s)', (language) => {
  const project = keyAccounts(language);
  const analysis = analyzeProject(project);
  let pdf: PdfContent;
  let text: string;
  beforeAll(async () => {
    pdf = await render(project, language);
    text = pdf.pages.join('\n');
  });

  it('reads back in the chosen language, with its sections and the project on the cover', () => {
    const words = WORDS[language];
    expect(pdf.pages[0]).toContain(project.name);
    expect(pdf.pages[0]).toContain(project.company);
    expect(pdf.pages[0]).toContain(flat(formatDate(language, REPORT_DATE)));
    for (const heading of [...words.sections, ...words.categories]) expect(text).toContain(heading);
  });

  it('numbers every page but the cover as "page n of m"', () => {
    const pages = pdf.pages.length;
    pdf.pages
      .slice(1)
      .forEach((page, i) => expect(page).toContain(WORDS[language].page(i + 2, pages)));
  });

  it('prints the figures of the analysis, formatted for the locale and currency', () => {
    const money = (minor: number | undefined) =>
      flat(formatMoney(language, minor, project.currency));
    const { totals } = analysis;
    expect(text).toContain(money(totals.runMonthlyMinor));
    expect(text).toContain(money(totals.oneOffMinor));
    expect(text).toContain(money(totals.incrementalGrossProfitMonthlyMinor));
    expect(text).toContain(money(totals.netMonthlyEffectMinor));
    for (const figures of analysis.functions) {
      expect(text).toContain(money(figures.costs.runMonthlyMinor));
      const { breakEven, payback } = figures.financial;
      if (breakEven.status === 'ok') {
        expect(text).toContain(flat(formatPercent(language, breakEven.growthPercent / 100)));
      }
      if (payback.status === 'months')
        expect(text).toContain(formatNumber(language, payback.months));
      const { staffing } = figures.process;
      expect(staffing.status).toBe('ok');
      if (staffing.status === 'ok') {
        expect(text).toContain(formatNumber(language, staffing.requiredFte));
        expect(text).toContain(formatNumber(language, staffing.queue.trafficErlangs, 2));
      }
    }
    // The worked example of the method: three people, a 15-minute answer, +25 % sales.
    expect(text).toMatch(language === 'ru' ? /≤ 15 мин/ : /≤ 15 min/);
    expect(text).toContain(flat(formatPercent(language, 0.25)));
  });

  it('has bookmarks for every chapter and function, and document metadata', () => {
    // The decision page comes right after the cover, before the contents.
    expect(pdf.outline.slice(0, 5)).toEqual(WORDS[language].sections);
    const fn = project.functions[0];
    expect(pdf.outline).toContain(`  1. ${fn?.name ?? ''}`);
    expect(pdf.info.Title).toBe(`${WORDS[language].title}: ${project.name}`);
    expect(pdf.info.Author).toBe(project.author);
    expect(String(pdf.info.Subject)).not.toBe('');
  });

  it('keeps all text on the page', () => {
    expect(pdf.outside).toEqual([]);
  });

  it('prints a long label of a figure whole, over as many lines as it takes', () => {
    // Lines joined, words hyphenated at a line's end mended.
    const read = flat(text.replace(/(\p{L})-\s+(\p{L})/gu, '$1$2'));
    expect(read).toContain(flat(translate(language, 'analysis.payback')));
  });
});

describe('PDF report of a design with open problems', () => {
  it.each(LANGUAGES)('lists every check message (%s)', async (language) => {
    const project = withProblems(language);
    const checks = runChecks(project, analyzeProject(project));
    const text = (await render(project, language)).pages.join(' ');
    for (const check of checks) expect(text).toContain(flat(checkMessage(check, language)));
  });
});

describe('PDF output', () => {
  it('is the same bytes for the same project and date', () => {
    const project = richSample('en');
    const once = exportReport(project, { language: 'en', fonts, date: REPORT_DATE });
    const twice = exportReport(project, { language: 'en', fonts, date: REPORT_DATE });
    expect(Buffer.from(once).equals(Buffer.from(twice))).toBe(true);
    expect(new TextDecoder().decode(once.slice(0, 5))).toBe('%PDF-');
  });
});
