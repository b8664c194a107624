import { describe, expect, it } from 'vitest';
import { displayFor } from '../../../shared/display';
import { autoLayout } from '../../../shared/layout/auto-layout';
import { LINK_LABEL_HEIGHT, labelTextWidth } from '../../../shared/layout/link-label';
import { labelBox, layoutLinks, type LinkRequest } from '../../../shared/layout/link-layout';
import { linkRoute, pointAlong } from '../../../shared/layout/link-route';
import type { Rect } from '../../../shared/layout/rect';
import type { Position, Project } from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import { manyFunctions } from '../report/fixtures';

const size = { width: 280, height: 168 };
const labelSize = { width: 160, height: 22 };
const cardAt = (x: number, y: number): Rect => ({ x, y, ...size });

const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Each link's drawn route and label box, as laid out. */
function drawn(cards: ReadonlyMap<string, Rect>, requests: readonly LinkRequest[]) {
  const layouts = layoutLinks(cards, requests);
  return new Map(
    requests.map((request) => {
      const from = cards.get(request.from);
      const to = cards.get(request.to);
      const layout = layouts.get(request.id);
      if (!from || !to || !layout) throw new Error('link not laid out');
      const { points } = linkRoute(from, to, layout.around, layout.lane);
      const onLine = pointAlong(points, layout.labelAt);
      const off = layout.labelOff ?? { x: 0, y: 0 };
      const label = labelBox({ x: onLine.x + off.x, y: onLine.y + off.y }, request.labelSize);
      return [request.id, { points, label, layout }];
    }),
  );
}

function requestsOf(project: Project): LinkRequest[] {
  const display = displayFor('en', project.currency);
  return project.links.map((link) => ({
    ...link,
    labelSize: { width: labelTextWidth(display.linkLabel(link)), height: LINK_LABEL_HEIGHT },
  }));
}

/** Labels on cards and labels on labels. */
function collisions(cards: ReadonlyMap<string, Rect>, requests: readonly LinkRequest[]) {
  const labels = [...drawn(cards, requests)].map(([id, { label }]) => [id, label] as const);
  const found: string[] = [];
  for (const [i, [id, box]] of labels.entries()) {
    for (const [cardId, card] of cards) if (intersects(box, card)) found.push(`${id}/${cardId}`);
    for (const [otherId, other] of labels.slice(i + 1)) {
      if (intersects(box, other)) found.push(`${id}/${otherId}`);
    }
  }
  return found;
}

/** Whether a polyline runs through the inside of a box. */
function runsThrough(points: readonly Position[], box: Rect): boolean {
  return points.slice(1).some((b, i) => {
    const a = points[i] ?? b;
    const segment = {
      x: Math.min(a.x, b.x),
      y: Math.min(a.y, b.y),
      width: Math.abs(b.x - a.x),
      height: Math.abs(b.y - a.y),
    };
    return intersects(segment, box);
  });
}

describe('laying out links', () => {
  it('puts a label in the middle of its link when nothing is there', () => {
    const cards = new Map([
      ['a', cardAt(0, 0)],
      ['b', cardAt(0, 400)],
    ]);
    const layout = layoutLinks(cards, [{ id: 'l', from: 'a', to: 'b', labelSize }]).get('l');
    expect(layout).toEqual({ around: undefined, lane: 0, labelAt: 0.5 });
  });

  it('slides a label along its link, off a card standing in the middle of it', () => {
    const cards = new Map([
      ['a', cardAt(0, 0)],
      ['b', cardAt(0, 800)],
      ['beside', cardAt(200, 400)],
    ]);
    const requests = [{ id: 'l', from: 'a', to: 'b', labelSize }];
    expect(layoutLinks(cards, requests).get('l')?.labelAt).not.toBe(0.5);
    expect(collisions(cards, requests)).toEqual([]);
  });

  it('keeps the labels of two links on the same line apart', () => {
    const cards = new Map([
      ['a', cardAt(0, 0)],
      ['b', cardAt(0, 500)],
    ]);
    const requests = [
      { id: 'down', from: 'a', to: 'b', labelSize },
      { id: 'up', from: 'b', to: 'a', labelSize },
    ];
    expect(collisions(cards, requests)).toEqual([]);
  });

  it("keeps a label off what it is told to keep clear of, such as a department's name", () => {
    const cards = new Map([
      ['a', cardAt(0, 0)],
      ['b', cardAt(800, 0)],
    ]);
    const requests = [{ id: 'l', from: 'a', to: 'b', labelSize }];
    // A department's name band right where the label would go, in the middle of the line.
    const band = { x: 380, y: 60, width: 300, height: 48 };
    const layout = layoutLinks(cards, requests, undefined, [band]).get('l');
    if (!layout) throw new Error('not laid out');
    const onLine = pointAlong(linkRoute(cardAt(0, 0), cardAt(800, 0)).points, layout.labelAt);
    const off = layout.labelOff ?? { x: 0, y: 0 };
    const label = labelBox({ x: onLine.x + off.x, y: onLine.y + off.y }, labelSize);
    expect(intersects(label, band)).toBe(false);
    expect(layoutLinks(cards, requests).get('l')?.labelAt).toBe(0.5);
  });

  it('moves a label off its line, square to it, where the cards stand too close for it', () => {
    // A gap of 40 between the cards: a 160-wide label on the line cannot miss them.
    const cards = new Map([
      ['a', cardAt(0, 0)],
      ['b', cardAt(320, 0)],
    ]);
    const requests = [{ id: 'l', from: 'a', to: 'b', labelSize }];
    const layout = layoutLinks(cards, requests).get('l');
    expect(layout?.labelAt).toBe(0.5);
    // Straight up from the middle of the level line, just clear of the cards' tops.
    expect(layout?.labelOff?.x).toBe(0);
    expect(layout?.labelOff?.y).toBeLessThan(-84);
    expect(layout?.labelOff?.y).toBeGreaterThan(-84 - 11 - 6 - 8 - 8);
    expect(collisions(cards, requests)).toEqual([]);
  });

  it('covers as little as it can where no place is free, on the line or off it', () => {
    // The same two cards, walled in above and below.
    const cards = new Map([
      ['a', cardAt(0, 0)],
      ['b', cardAt(320, 0)],
      ['above', { x: -200, y: -400, width: 1000, height: 390 }],
      ['below', { x: -200, y: 178, width: 1000, height: 390 }],
    ]);
    const layout = layoutLinks(cards, [{ id: 'l', from: 'a', to: 'b', labelSize }]).get('l');
    expect(layout?.labelOff).toBeUndefined();
    expect(layout?.labelAt).toBeGreaterThan(0);
    expect(layout?.labelAt).toBeLessThan(1);
  });

  it('goes around a card standing between the two, on a side that is clear', () => {
    // A column of three, and a fourth card close on the right: the way round is on the left.
    const cards = new Map([
      ['top', cardAt(560, 80)],
      ['middle', cardAt(560, 360)],
      ['bottom', cardAt(560, 640)],
      ['right', cardAt(860, 360)],
    ]);
    const requests = [{ id: 'report', from: 'bottom', to: 'top', labelSize }];
    const report = drawn(cards, requests).get('report');
    expect(report?.layout.around).toBe('left');
    for (const card of cards.values()) {
      expect(report && runsThrough(report.points, card)).toBe(false);
    }
    expect(collisions(cards, requests)).toEqual([]);
  });

  it('goes around on the side where fewer other links meet the cards', () => {
    // In the rich sample, the monthly report runs from Partner program up to Key accounts,
    // behind Promotion; on the right, escalations and partner questions already arrive.
    const project = loadSample('specialised-sales', 'en');
    const cards = new Map(project.functions.map((fn) => [fn.id, { ...fn.position, ...size }]));
    const layouts = layoutLinks(cards, requestsOf(project));
    expect(layouts.get('link-report')?.around).toBe('left');
    expect([...layouts.values()].filter((layout) => layout.around)).toHaveLength(1);
  });

  it('keeps the direct route when nothing is in the way, or when no way round is clear', () => {
    const walled = new Map([
      ['top', cardAt(0, 0)],
      ['middle', { x: -2000, y: 300, width: 4280, height: 100 }],
      ['bottom', cardAt(0, 600)],
    ]);
    const link = [{ id: 'l', from: 'top', to: 'bottom', labelSize }];
    expect(layoutLinks(walled, link).get('l')?.around).toBeUndefined();
  });

  it('sizes a label by its text, Cyrillic letters wider than Latin ones', () => {
    expect(labelTextWidth('Escalation')).toBeLessThan(
      labelTextWidth('Technical questions of key clients'),
    );
    expect(labelTextWidth('Эскалация')).toBeGreaterThan(labelTextWidth('Escalatio'));
  });

  it('finds a free place for every label of the rich sample, as drawn and after auto-layout', () => {
    const project = loadSample('specialised-sales', 'en');
    const requests = requestsOf(project);
    const asDrawn = new Map(project.functions.map((fn) => [fn.id, { ...fn.position, ...size }]));
    expect(collisions(asDrawn, requests)).toEqual([]);
    const placed = autoLayout(project, () => size);
    const arranged = new Map(placed.map((p) => [p.id, { ...p.position, ...size }]));
    expect(collisions(arranged, requests)).toEqual([]);
  });

  it('lays out 1,000 functions and their links without a label on a card', () => {
    const project = manyFunctions(1000, 'en');
    const cards = new Map(project.functions.map((fn) => [fn.id, { ...fn.position, ...size }]));
    const requests = requestsOf(project);
    expect(drawn(cards, requests).size).toBe(project.links.length);
    const onCards = collisions(cards, requests).filter((pair) =>
      cards.has(pair.split('/')[1] ?? ''),
    );
    expect(onCards).toEqual([]);
  });
});

describe('a link and its reverse', () => {
  it('are drawn apart, each with its label on its own line and clear of the other', () => {
    const cards = new Map([
      ['a', cardAt(0, 0)],
      ['b', cardAt(40, 480)],
    ]);
    const ways = drawn(cards, [
      { id: 'there', from: 'a', to: 'b', labelSize },
      { id: 'back', from: 'b', to: 'a', labelSize },
    ]);
    const there = ways.get('there');
    const back = ways.get('back');
    if (!there || !back) throw new Error('not laid out');
    expect(there.points).not.toEqual([...back.points].reverse());
    expect(intersects(there.label, back.label)).toBe(false);
  });
});
