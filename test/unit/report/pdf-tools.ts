/**
 * Reading a generated PDF back, as a reader's tools would: pdf.js (text per page, outline,
 * metadata) and, where installed, poppler's pdftotext/pdffonts and qpdf.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfContent {
  pages: string[];
  /** Text pieces that reach outside the page's printable area (5 mm from each edge). */
  outside: string[];
  outline: string[];
  info: Record<string, unknown>;
}

/** Every kind of space (NBSP from Intl, line breaks) as one plain space, for comparing text. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  // pdf.js takes ownership of the buffer it is given; pass a copy.
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const pages: string[] = [];
  const outside: string[] = [];
  const edge = (5 / 25.4) * 72;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , width = 0, height = 0] = page.view;
    const content = await page.getTextContent();
    const parts: string[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      parts.push(item.str + (item.hasEOL ? '\n' : ' '));
      const x = Number(item.transform[4]);
      const y = Number(item.transform[5]);
      const off = x < edge || x + item.width > width - edge || y < edge || y > height - edge;
      if (off && item.str.trim() !== '') outside.push(`page ${i}: ${item.str}`);
    }
    pages.push(flat(parts.join('')));
  }
  const outline: string[] = [];
  const walk = (items: { title: string; items: unknown[] }[] | null, depth: number): void => {
    for (const item of items ?? []) {
      outline.push(`${'  '.repeat(depth)}${item.title}`);
      walk(item.items as { title: string; items: unknown[] }[], depth + 1);
    }
  };
  walk(await doc.getOutline(), 0);
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { pages, outside, outline, info: info as Record<string, unknown> };
}

/** Whether a command-line tool is on PATH; tests using it skip with this reason when not. */
export function hasTool(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

/** Runs `tool` on the PDF written to a temporary file; returns stdout (throws on failure). */
export function runOnPdf(
  bytes: Uint8Array,
  tool: string,
  args: (file: string) => string[],
): string {
  const folder = mkdtempSync(join(tmpdir(), 'report-test-'));
  const file = join(folder, 'report.pdf');
  try {
    writeFileSync(file, bytes);
    return execFileSync(tool, args(file), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A run of text as pdf.js places it: one line of a paragraph or a table cell, in points. */
export interface PlacedText {
  str: string;
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  /** Type size in points. */
  size: number;
}

/** Every page's text runs in drawing order, with the page height. */
export async function readPlacedText(
  bytes: Uint8Array,
): Promise<{ height: number; items: PlacedText[] }[]> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const pages: { height: number; items: PlacedText[] }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , , height = 0] = page.view;
    const content = await page.getTextContent();
    const items: PlacedText[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [a = 0, b = 0, , , x = 0, y = 0] = item.transform.map(Number);
      items.push({ str: item.str, x, y, size: Math.round(Math.hypot(a, b) * 10) / 10 });
    }
    pages.push({ height, items });
  }
  await doc.destroy();
  return pages;
}
