/**
 * The report model as plain HTML, for the benchmark's side-by-side with Chromium print-to-PDF:
 * the same sections, text, tables and tiles, styled for A4 with PT Sans. Not shipped.
 */
import type { Block, ReportModel } from '../../shared/report';

const escape = (text: string): string =>
  text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`).replace(/\n/g, '<br>');

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h3>${escape(b.text)}</h3>`;
    case 'paragraph':
      return `<p class="${b.muted ? 'muted' : ''}">${escape(b.text)}</p>`;
    case 'metrics':
      return `<div class="tiles">${b.items
        .map(
          (m) =>
            `<div class="tile"><small>${escape(m.label)}</small><b>${escape(m.value)}</b><small>${escape(m.note ?? '')}</small></div>`,
        )
        .join('')}</div>`;
    case 'facts':
      return `<table class="facts">${b.items
        .map((f) => `<tr><th>${escape(f.label)}</th><td>${escape(f.value)}</td></tr>`)
        .join('')}</table>`;
    case 'list':
      return `<ol>${b.items.map((item) => `<li>${escape(item)}</li>`).join('')}</ol>`;
    case 'refs':
      return `<ul>${b.items.map((item) => `<li>${escape(item.text)}</li>`).join('')}</ul>`;
    case 'table':
      return `<table><thead><tr>${b.table.columns
        .map((c) => `<th>${escape(c.title)}</th>`)
        .join('')}</tr></thead><tbody>${b.table.rows
        .map((r) => `<tr>${r.cells.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'callout':
      return `<div class="callout"><b>${escape(b.title)}</b><p>${escape(b.text)}</p></div>`;
    case 'diagram':
      return `<svg width="100%" viewBox="0 0 2000 1200">${b.diagram.nodes
        .map(
          (n) =>
            `<g><rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" fill="#f5f7f9" stroke="#164e6e"/><text x="${n.x + 8}" y="${n.y + 20}">${escape(n.title)}</text></g>`,
        )
        .join('')}</svg>`;
  }
}

export function reportHtml(
  model: ReportModel,
  fontUrls: { regular: string; bold: string },
): string {
  return `<!doctype html><html lang="${model.language}"><head><meta charset="utf-8"><style>
@font-face { font-family: PTSans; src: url(${fontUrls.regular}); font-weight: 400; }
@font-face { font-family: PTSans; src: url(${fontUrls.bold}); font-weight: 700; }
@page { size: A4; margin: 22mm 18mm 20mm; }
body { font: 9.5pt/1.35 PTSans; color: #212529; hyphens: auto; }
h1 { font-size: 18pt; break-before: page; } h2 { font-size: 16pt; } h3 { font-size: 11pt; color: #164e6e; break-after: avoid; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; } td, th { border-bottom: 0.2mm solid #d6dbe0; padding: 1.6mm; text-align: left; vertical-align: top; }
tr { break-inside: avoid; } .tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; }
.tile { background: #f5f7f9; padding: 2mm 3.5mm; border-left: 0.9mm solid #164e6e; } .tile b { display: block; font-size: 14pt; }
.callout { background: #f5f7f9; border-left: 1.1mm solid #28744a; padding: 3mm 5mm; break-inside: avoid; } .muted { color: #6c757d; }
</style></head><body><section><h1>${escape(model.cover.title)}</h1></section>${model.sections
    .map(
      (s) =>
        `<section>${s.level === 1 ? `<h1>${escape(s.title)}</h1>` : `<h2>${escape(s.title)}</h2>`}${s.blocks.map(block).join('')}</section>`,
    )
    .join('')}</body></html>`;
}
