import { describe, expect, it } from 'vitest';
import { moveInPresentation, presentationOrder } from '../../../shared/layout/presentation-order';
import { setPresentationOrder } from '../../../shared/model';
import { fnFixture, projectFixture } from '../domain/fixtures';

const at = (id: string, x: number, y: number, groupId?: string) =>
  fnFixture({ id, position: { x, y }, ...(groupId ? { groupId } : {}) });

describe('the order of functions in presentation mode', () => {
  // Support (a department) sits top left; Sales to its right; a loose card below both.
  const project = projectFixture(
    [
      at('loose', 0, 600),
      at('sales-right', 800, 8, 'sales'),
      at('sales-below', 400, 300, 'sales'),
      at('sales-left', 400, 0, 'sales'),
      at('support', 0, 20, 'support'),
    ],
    {
      groups: [
        { id: 'sales', name: 'Sales' },
        { id: 'support', name: 'Support' },
      ],
    },
  );

  it('goes department by department, each from top left to bottom right, as laid out', () => {
    expect(presentationOrder(project)).toEqual([
      'support',
      'sales-left',
      'sales-right',
      'sales-below',
      'loose',
    ]);
  });

  it('follows the order the user chose, new functions after it, removed ones skipped', () => {
    const ordered = setPresentationOrder(project, ['loose', 'gone', 'sales-below', 'loose']);
    expect(presentationOrder(ordered)).toEqual([
      'loose',
      'sales-below',
      'support',
      'sales-left',
      'sales-right',
    ]);
  });

  it('goes back to the layout order when the chosen order is dropped', () => {
    const ordered = setPresentationOrder(project, ['loose']);
    const reset = setPresentationOrder(ordered, undefined);
    expect(reset).not.toHaveProperty('presentationOrder');
    expect(presentationOrder(reset)).toEqual(presentationOrder(project));
    expect(setPresentationOrder(project, undefined)).toBe(project);
  });
});

describe('moving a function in the presentation order', () => {
  const project = projectFixture([at('a', 0, 0), at('b', 400, 0), at('c', 800, 0)]);

  it('stores the whole order with the function at its new place', () => {
    const moved = moveInPresentation(project, 'c', 0);
    expect(moved.presentationOrder).toEqual(['c', 'a', 'b']);
    expect(presentationOrder(moved)).toEqual(['c', 'a', 'b']);
  });

  it('leaves the project as it is when nothing moves', () => {
    expect(moveInPresentation(project, 'a', 0)).toBe(project);
    expect(moveInPresentation(project, 'gone', 1)).toBe(project);
  });
});
