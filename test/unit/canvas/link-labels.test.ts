import { describe, expect, it } from 'vitest';
import { displayFor } from '../../../shared/display';
import { autoLayout } from '../../../shared/layout/auto-layout';
import {
  estimateLabelSize,
  labelBox,
  placeLinkLabels,
  type LabelRequest,
} from '../../../shared/layout/link-labels';
import { linkRoute, pointAlong, type Rect } from '../../../shared/layout/link-route';
import type { Project } from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import { manyFunctions } from '../report/fixtures';

const size = { width: 280, height: 168 };
const label = { width: 160, height: 22 };

const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The label boxes as placed, by link id. */
function boxes(cards: ReadonlyMap<string, Rect>, requests: readonly LabelRequest[]) {
  const placed = placeLinkLabels(cards, requests);
  return new Map(
    requests.map((request) => {
      const from = cards.get(request.from);
      const to = cards.get(request.to);
      if (!from || !to) throw new Error('link without cards');
      const fraction = placed.get(request.id) ?? NaN;
      return [request.id, labelBox(pointAlong(linkRoute(from, to).points, fraction), request.size)];
    }),
  );
}

function requestsOf(project: Project): LabelRequest[] {
  const display = displayFor('en', project.currency);
  return project.links.map((link) => ({
    ...link,
    size: estimateLabelSize(display.linkLabel(link)),
  }));
}

/** Pairs of label and card, and of two labels, whose boxes intersect. */
function collisions(cards: ReadonlyMap<string, Rect>, labels: ReadonlyMap<string, Rect>) {
  const found: string[] = [];
  const placed = [...labels];
  for (const [i, [id, box]] of placed.entries()) {
    for (const [cardId, cardBox] of cards)
      if (intersects(box, cardBox)) found.push(`${id}/${cardId}`);
    for (const [otherId, other] of placed.slice(i + 1))
      if (intersects(box, other)) found.push(`${id}/${otherId}`);
  }
  return found;
}

describe('placing link labels', () => {
  it('puts a label in the middle of its link when nothing is there', () => {
    const cards = new Map([
      ['a', { x: 0, y: 0, ...size }],
      ['b', { x: 0, y: 400, ...size }],
    ]);
    const placed = placeLinkLabels(cards, [{ id: 'l', from: 'a', to: 'b', size: label }]);
    expect(placed.get('l')).toBe(0.5);
  });

  it('slides a label along its link, off a card standing in the middle of it', () => {
    const cards = new Map([
      ['a', { x: 0, y: 0, ...size }],
      ['b', { x: 0, y: 800, ...size }],
      ['between', { x: 200, y: 400, ...size }],
    ]);
    const requests = [{ id: 'l', from: 'a', to: 'b', size: label }];
    expect(placeLinkLabels(cards, requests).get('l')).not.toBe(0.5);
    expect(collisions(cards, boxes(cards, requests))).toEqual([]);
  });

  it('keeps the labels of two links on the same line apart', () => {
    const cards = new Map([
      ['a', { x: 0, y: 0, ...size }],
      ['b', { x: 0, y: 500, ...size }],
    ]);
    const requests = [
      { id: 'down', from: 'a', to: 'b', size: label },
      { id: 'up', from: 'b', to: 'a', size: label },
    ];
    expect(collisions(cards, boxes(cards, requests))).toEqual([]);
  });

  it('covers as little as it can where no place is free', () => {
    // A gap of 40 between the cards: a 160-wide label cannot miss them; it stays on the link.
    const cards = new Map([
      ['a', { x: 0, y: 0, ...size }],
      ['b', { x: 320, y: 0, ...size }],
    ]);
    const fraction = placeLinkLabels(cards, [{ id: 'l', from: 'a', to: 'b', size: label }]).get(
      'l',
    );
    expect(fraction).toBeGreaterThan(0);
    expect(fraction).toBeLessThan(1);
  });

  it('sizes a label by its text', () => {
    expect(estimateLabelSize('Escalation').width).toBeLessThan(
      estimateLabelSize('Technical questions of key clients').width,
    );
    // Cyrillic letters run wider than Latin ones.
    expect(estimateLabelSize('Эскалация').width).toBeGreaterThan(
      estimateLabelSize('Escalatio').width,
    );
    expect(estimateLabelSize('Эскалация').height).toBe(22);
  });

  it('finds a free place for every label of the rich sample after auto-layout', () => {
    const project = loadSample('specialised-sales', 'en');
    const requests = requestsOf(project);
    const sizes = new Map(requests.map((r) => [r.id, r.size]));
    const placed = autoLayout(
      project,
      () => size,
      16,
      (link) => sizes.get(link.id) ?? label,
    );
    const cards = new Map(placed.map((p) => [p.id, { ...p.position, ...size }]));
    expect(collisions(cards, boxes(cards, requests))).toEqual([]);
  });

  it('places the labels of 1,000 functions and their links without one on a card', () => {
    const project = manyFunctions(1000, 'en');
    const cards = new Map(project.functions.map((fn) => [fn.id, { ...fn.position, ...size }]));
    const labels = boxes(cards, requestsOf(project));
    expect(labels.size).toBe(project.links.length);
    const onCards = collisions(cards, labels).filter((pair) => cards.has(pair.split('/')[1] ?? ''));
    expect(onCards).toEqual([]);
  });
});
