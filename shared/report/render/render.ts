import { jsPDF } from 'jspdf';
import type { ReportModel, Section } from '../types';
import { drawBlocks, leadHeight } from './blocks';
import { drawChrome } from './chrome';
import { contentsExtent, drawContents, type ContentsEntry } from './contents';
import { drawCover } from './cover';
import { tuneEngine } from './engine';
import { Flow } from './flow';
import { nameSubsets, registerFonts, type ReportFonts } from './fonts';
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
    // Coordinates to a thousandth of a point (jsPDF writes 16 digits by default): the same
    // drawing, but page content to compress and write is half the size.
    floatPrecision: 3,
  });
  tuneEngine(pdf);
  registerFonts(pdf, fonts);
  const pen = new Pen(pdf);
  const flow = new Flow(pdf);

  drawCover(flow, pen, model.cover);
  const entries: ContentsEntry[] = model.sections.map((section) => ({
    level: section.level,
    title: section.title,
    page: 0,
  }));
  // Front sections get the pages right after the cover; they are drawn last (see Section.front).
  model.sections.forEach((section, i) => {
    const entry = entries[i];
    if (!section.front || !entry) return;
    flow.newPage();
    entry.page = flow.page;
    flow.anchors.set(section.id, flow.page);
  });
  const contentsStart = flow.page + 1;
  const contents = contentsExtent(entries, flow);
  for (let i = 0; i < contents.pages; i++) flow.newPage();
  // A section that need not start a page follows the contents on their last page.
  flow.y = contents.end;
  model.sections.forEach((section, i) => {
    const entry = entries[i];
    if (section.front || !entry) return;
    drawSectionStart(flow, pen, section);
    entry.page = flow.page;
    flow.anchors.set(section.id, flow.page);
    drawBlocks(flow, pen, section.blocks, model.labels);
  });
  model.sections.forEach((section, i) => {
    const page = entries[i]?.page;
    if (!section.front || page === undefined) return;
    flow.pinTo(page);
    drawSectionStart(flow, pen, section);
    drawBlocks(flow, pen, section.blocks, model.labels);
    flow.pinned = false;
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
  nameSubsets(pdf);
  return new Uint8Array(pdf.output('arraybuffer'));
}

function drawSectionStart(flow: Flow, pen: Pen, section: Section): void {
  const orientation = section.orientation ?? 'portrait';
  const landscape = flow.pageWidth > flow.pageHeight;
  if (section.newPage || landscape !== (orientation === 'landscape')) flow.newPage(orientation);
  const size = section.level === 1 ? SIZE.sectionTitle : SIZE.sectionTitle - 2;
  // The title (gap, rule, title, space) keeps with the start of the first block.
  const first = section.blocks[0];
  const title = pen.measure(section.title, flow.width, { size, weight: 'bold' }, 3);
  flow.ensure(6 + 3.5 + title + 5 + (first ? leadHeight(flow, pen, first) : 0));
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
  // In page order: the front pages come before the contents.
  const front = entries.filter((entry) => entry.page < contentsPage);
  for (const entry of front) pdf.outline.add(null, entry.title, { pageNumber: entry.page });
  pdf.outline.add(null, contentsTitle, { pageNumber: contentsPage });
  let chapter: unknown = null;
  for (const entry of entries) {
    if (front.includes(entry)) continue;
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
