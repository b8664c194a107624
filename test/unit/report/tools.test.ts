/**
 * The report as other PDF tools see it: poppler's pdffonts and pdftotext, and qpdf. Each test
 * is skipped, saying why, where its tool is not installed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeProject } from '../../../shared/analysis';
import { formatMoney } from '../../../shared/i18n/format';
import { exportReport } from '../../../shared/report';
import { REPORT_DATE, richSample, testFonts } from './fixtures';
import { flat, hasTool, runOnPdf } from './pdf-tools';

let pdf: Uint8Array;
const project = richSample('ru');
beforeAll(async () => {
  pdf = exportReport(project, { language: 'ru', fonts: await testFonts(), date: REPORT_DATE });
});

describe('the report in other PDF tools', () => {
  it('embeds only the report font, as tagged subsets: no standard-14 fallback such as Helvetica', (ctx) => {
    if (!hasTool('pdffonts')) ctx.skip('pdffonts (poppler-utils) is not installed');
    const rows = runOnPdf(pdf, 'pdffonts', (file) => [file])
      .split('\n')
      .slice(2)
      .filter((row) => row.trim() !== '');
    // Regular and bold, each a subset with its tag and its own name.
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^[A-Z]{6}\+PTSans\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(rows[1]).toMatch(/^[A-Z]{6}\+PTSans-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it('passes qpdf --check', (ctx) => {
    if (!hasTool('qpdf')) ctx.skip('qpdf is not installed');
    const out = runOnPdf(pdf, 'qpdf', (file) => ['--check', file]);
    expect(out).toContain('No syntax or stream encoding errors found');
  });

  it('gives its Russian text and figures back through pdftotext', (ctx) => {
    if (!hasTool('pdftotext')) ctx.skip('pdftotext (poppler-utils) is not installed');
    const text = flat(runOnPdf(pdf, 'pdftotext', (file) => [file, '-']));
    expect(text).toContain('Отчёт о специализации системы продаж');
    expect(text).toContain('Человеческие ресурсы');
    const { totals } = analyzeProject(project);
    expect(text).toContain(flat(formatMoney('ru', totals.runMonthlyMinor, project.currency)));
    for (const fn of project.functions) expect(text).toContain(fn.name);
  });
});
