import { jsPDF } from 'jspdf';
import type { ReportModel, Section } from '../types';
import { drawBlock } from './blocks';
import { drawChrome } from './chrome';
import { contentsPageCount, drawContents, type ContentsEntry } from './contents';
import { drawCover } from './cover';
import { Flow } from './flow';
import { registerFonts, type ReportFonts } from './fonts';
import { Pen } from './pen';
import { COLOR, SIZE } from './theme';

/** Draws a report model into PDF bytes: cover, contents, sections, outline, page chrome. */
export function renderReportPdf(model: ReportModel, fonts: ReportFonts): Uint8Array {
  const pdf = new jsPDF({
    unit: 'mm',
    format: 'a4',
    orientation: 'portrait',
    compress: true,
    // Only the embedded font goes into the file: no unused standard-14 font references.
    putOnlyUsedFonts: true,
  });
  registerFonts(pdf, fonts);
  const pen = new Pen(pdf);
  const flow = new Flow(pdf);

  drawCover(flow, pen, model.cover);

  const entries: ContentsEntry[] = model.sections.map((section) => ({
    level: section.level,
    title: section.title,
    page: 0,
  }));
  const contentsPages = contentsPageCount(entries, flow);
  for (let i = 0; i < contentsPages; i++) flow.newPage();
  const contentsStart = 2;

  model.sections.forEach((section, i) => {
    drawSectionStart(flow, pen, section);
    const entry = entries[i];
    if (entry) entry.page = flow.page;
    for (const block of section.blocks) drawBlock(flow, pen, block);
  });

  drawContents(flow, pen, model.labels.contents, entries, contentsStart);
  addOutline(pdf, model.labels.contents, contentsStart, entries);
  drawChrome(flow, pen, model.labels);

  pdf.setDocumentProperties({
    title: model.meta.title,
    subject: model.meta.subject,
    author: model.meta.author,
    keywords: model.meta.keywords,
    creator: 'Sales System Workbench',
  });
  pdf.setCreationDate(new Date(model.meta.createdAt));
  // A stable file id: the same model gives the same bytes.
  pdf.setFileId(fileId(`${model.meta.title}|${model.meta.createdAt}|${model.language}`));
  pdf.setLanguage(model.language === 'ru' ? 'ru' : 'en-GB');
  pdf.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
  return new Uint8Array(pdf.output('arraybuffer'));
}

function drawSectionStart(flow: Flow, pen: Pen, section: Section): void {
  const orientation = section.orientation ?? 'portrait';
  const landscape = flow.pageWidth > flow.pageHeight;
  if (section.newPage || landscape !== (orientation === 'landscape')) flow.newPage(orientation);
  const size = section.level === 1 ? SIZE.sectionTitle : SIZE.sectionTitle - 2;
  flow.ensure(30);
  flow.gap(6);
  flow.pdf.setFillColor(...COLOR.accent);
  flow.pdf.rect(flow.left, flow.y, 14, 1.2, 'F');
  flow.y += 3.5;
  flow.y += pen.paragraph(
    section.title,
    flow.left,
    flow.y,
    flow.width,
    { size, weight: 'bold' },
    3,
  );
  flow.y += 5;
}

function addOutline(
  pdf: jsPDF,
  contentsTitle: string,
  contentsPage: number,
  entries: readonly ContentsEntry[],
): void {
  pdf.outline.add(null, contentsTitle, { pageNumber: contentsPage });
  let chapter: unknown = null;
  for (const entry of entries) {
    const item = pdf.outline.add(entry.level === 2 ? chapter : null, entry.title, {
      pageNumber: entry.page,
    });
    if (entry.level === 1) chapter = item;
  }
}

/** 32 hex digits from an FNV-1a hash, as PDF file identifiers are written. */
function fileId(text: string): string {
  let out = '';
  for (let seed = 0; seed < 4; seed++) {
    let hash = 0x811c9dc5 ^ seed;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    out += (hash >>> 0).toString(16).padStart(8, '0');
  }
  return out.toUpperCase();
}
