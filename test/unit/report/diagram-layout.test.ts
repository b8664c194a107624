import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateDesign } from '../../../shared/checks';
import type { Language } from '../../../shared/i18n/language';
import type { Project } from '../../../shared/model';
import {
  buildReportModel,
  exportReport,
  type Diagram,
  type ReportFonts,
} from '../../../shared/report';
import {
  layoutDiagram,
  MIN_TEXT_PT,
  TYPE,
  type DiagramLayout,
  type DiagramPages,
  type Measure,
} from '../../../shared/report/layout/diagram';
import { registerFonts } from '../../../shared/report/render/fonts';
import { Pen } from '../../../shared/report/render/pen';
import { manyFunctions, REPORT_DATE, richSample, testFonts, keyAccounts } from './fixtures';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

let fonts: ReportFonts;
let measure: Measure;
beforeAll(async () => {
  fonts = await testFonts();
  const pdf = new jsPDF({ unit: 'mm', format: 'a4' });
  registerFonts(pdf, fonts);
  const pen = new Pen(pdf);
  measure = {
    wrap: (text, width, size, bold) => {
      pen.style({ size, weight: bold ? 'bold' : 'normal' });
      return pen.wrap(text, width);
    },
  };
});

/** A4 landscape in the report's margins, the diagram starting below its heading and intro. */
const PAGES: DiagramPages = {
  first: { x: 18, y: 57, width: 261, height: 133 },
  page: { x: 18, y: 22, width: 261, height: 168 },
  firstPage: 4,
};

function diagramOf(project: Project, language: Language): Diagram {
  const { analysis, checks } = evaluateDesign(project);
  const model = buildReportModel(project, analysis, checks, { language, date: REPORT_DATE });
  for (const section of model.sections) {
    for (const block of section.blocks) if (block.kind === 'diagram') return block.diagram;
  }
  throw new Error('no diagram in the report');
}

const inside = (a: { x: number; y: number; width: number; height: number }, e = 0.05) => ({
  x: a.x + e,
  y: a.y + e,
  width: a.width - 2 * e,
  height: a.height - 2 * e,
});

const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The invariants every laid-out diagram keeps, whatever its size. */
function expectReadable(diagram: Diagram, layout: DiagramLayout): void {
  const labelled = new Set<number>();
  for (const sheet of layout.sheets) {
    // Text never below 7 pt, and never cut: the wrapped lines give back the whole text.
    for (const node of sheet.nodes) {
      if (!node.text) continue;
      expect(node.text.titlePt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
      expect(node.text.linePt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
      const source = diagram.nodes.find((n) => n.id === node.id);
      const title = flat(source?.title ?? '');
      const lines = flat(source?.lines.join(' ') ?? '');
      expect(rejoin(node.text.title, title)).toBe(title);
      expect(rejoin(node.text.lines, lines)).toBe(lines);
      expect(rejoin(node.text.status, source?.status ?? '')).toBe(source?.status);
    }
    // Boxes with text do not overlap one another.
    const boxes = sheet.nodes;
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1))
        expect(overlaps(inside(a.box), inside(b.box))).toBe(false);
    }
    // No leg of a link runs through a box other than its own two.
    for (const link of sheet.links) {
      const others = boxes.filter((node) => node.id !== link.from && node.id !== link.to);
      link.points.slice(1).forEach((b, k) => {
        const a = link.points[k] ?? b;
        const leg = {
          x: Math.min(a.x, b.x),
          y: Math.min(a.y, b.y),
          width: Math.abs(b.x - a.x),
          height: Math.abs(b.y - a.y),
        };
        for (const node of others) {
          expect(
            overlaps(leg, inside(node.box)),
            `${link.from}→${link.to} through ${node.id}`,
          ).toBe(false);
        }
      });
      if (link.badge) labelled.add(link.badge.number);
    }
    // Every badge on the page has its label listed under the diagram, whole.
    const notes = new Map(
      (sheet.notes?.columns ?? []).flatMap((c) => c.notes).map((n) => [n.number, n.lines]),
    );
    for (const link of sheet.links) {
      if (!link.badge) continue;
      const label = diagram.links.find(
        (l) => l.from === link.from && l.to === link.to && l.label !== '',
      )?.label;
      expect(notes.get(link.badge.number)?.join(' ').replace(/\s+/g, ' ')).toContain(
        label?.replace(/\s+/g, ' '),
      );
    }
  }
  // No label is dropped: each labelled link has its number on some page.
  const count = diagram.links.filter((l) => l.label !== '' && l.from !== l.to).length;
  expect(labelled.size).toBe(count);
  expect(Math.min(TYPE.note, TYPE.badge, TYPE.group)).toBeGreaterThanOrEqual(MIN_TEXT_PT);
}

describe.each(['ru', 'en'] as const)('the diagram on paper (%s)', (language) => {
  it.each([
    ['the rich sample', richSample],
    ['the key-accounts sample', keyAccounts],
  ])('draws %s whole on one page, readable', (_name, make) => {
    const diagram = diagramOf(make(language), language);
    const layout = layoutDiagram(diagram, measure, PAGES);
    expect(layout?.sheets.map((sheet) => sheet.kind)).toEqual(['whole']);
    if (layout) expectReadable(diagram, layout);
  });

  it.each([50, 200])(
    'splits %i functions into parts with an overview and an index that agree',
    (count) => {
      const diagram = diagramOf(manyFunctions(count, language), language);
      const layout = layoutDiagram(diagram, measure, PAGES);
      if (!layout) throw new Error('no layout');
      expectReadable(diagram, layout);
      const [overview, ...parts] = layout.sheets;
      expect(overview?.kind).toBe('overview');
      expect(overview?.page).toBe(PAGES.firstPage);
      expect(overview?.regions.map((r) => r.part)).toEqual(parts.map((p) => p.part));
      // Pages run on: overview, index pages, parts.
      const pages = [
        overview?.page,
        ...layout.index.map((p) => p.page),
        ...parts.map((p) => p.page),
      ];
      expect(pages).toEqual(pages.map((_, i) => PAGES.firstPage + i));
      // Every function is in the index once, pointing at a part that shows it whole, with text.
      const rows = layout.index.flatMap((p) => p.columns.flatMap((c) => c.rows));
      expect(rows.map((r) => r.id).sort()).toEqual(diagram.nodes.map((n) => n.id).sort());
      for (const row of rows) {
        const part = parts[row.part - 1];
        expect(part?.page).toBe(row.page);
        expect(part?.nodes.find((n) => n.id === row.id)?.text).toBeDefined();
      }
      // Each part fills its page across or down.
      for (const part of parts) {
        const drawn = part.nodes.filter((n) => n.text);
        const right = Math.max(...drawn.map((n) => n.box.x + n.box.width));
        const bottom = Math.max(...drawn.map((n) => n.box.y + n.box.height));
        const left = Math.min(...drawn.map((n) => n.box.x));
        const top = Math.min(...drawn.map((n) => n.box.y));
        const fill = Math.max((right - left) / part.clip.width, (bottom - top) / part.clip.height);
        expect(fill).toBeGreaterThan(0.6);
      }
    },
  );
});

describe('a link and its reverse on paper', () => {
  it('are drawn apart, as on the canvas, not on one line', () => {
    const diagram = diagramOf(richSample('en'), 'en');
    const [link] = diagram.links;
    if (!link) throw new Error('the sample has links');
    const both = {
      ...diagram,
      links: [...diagram.links, { ...link, from: link.to, to: link.from }],
    };
    const layout = layoutDiagram(both, measure, PAGES);
    const drawn = layout?.sheets[0]?.links ?? [];
    const there = drawn.find((l) => l.from === link.from && l.to === link.to);
    const back = drawn.find((l) => l.from === link.to && l.to === link.from);
    if (!there || !back) throw new Error('both links drawn');
    // Where one arrives, the other leaves: apart on the page, not on one spot.
    const [arrives, leaves] = [there.points.at(-1), back.points[0]];
    if (!arrives || !leaves) throw new Error('empty route');
    expect(Math.hypot(arrives.x - leaves.x, arrives.y - leaves.y)).toBeGreaterThan(1);
    if (layout) expectReadable(both, layout);
  });
});

const flat = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Wrapped lines joined back the way the typesetter broke them: at a space, or inside a word at a
 * hyphenation point (the added hyphen dropped), or right after a hyphen the word has.
 */
function rejoin(wrapped: readonly string[], source: string): string {
  return wrapped.map(flat).reduce((text, line, i) => {
    if (i === 0) return line;
    const ways = [`${text} ${line}`, `${text.replace(/-$/, '')}${line}`, `${text}${line}`];
    return ways.find((way) => source.startsWith(way)) ?? `${text} ${line}`;
  }, '');
}

describe('the rendered diagram', () => {
  it.each(['ru', 'en'] as const)(
    'prints no text below 7 pt on its pages (%s)',
    async (language) => {
      const bytes = exportReport(manyFunctions(50, language), {
        language,
        fonts,
        date: REPORT_DATE,
      });
      const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
      const title = language === 'ru' ? 'Схема системы продаж' : 'Design of the sales system';
      let diagramPages = 0;
      for (let i = 1; i <= doc.numPages; i++) {
        const page = await doc.getPage(i);
        const content = await page.getTextContent();
        const items = content.items.filter((item) => 'str' in item && item.str.trim() !== '');
        const text = items.map((item) => ('str' in item ? item.str : '')).join(' ');
        if (
          !text.includes(title) &&
          !text.includes(language === 'ru' ? 'Где найти' : 'Where to find')
        )
          continue;
        diagramPages += 1;
        for (const item of items) {
          if (!('str' in item)) continue;
          const [a = 0, b = 0] = item.transform as number[];
          expect(Math.hypot(a, b), `"${item.str}" on page ${i}`).toBeGreaterThanOrEqual(6.99);
        }
      }
      expect(diagramPages).toBeGreaterThan(3);
      await doc.destroy();
    },
  );
});
