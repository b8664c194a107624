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
