import { describe, expect, it } from 'vitest';
import { shallow } from 'zustand/shallow';
import { cardSlice, changedCards } from '../../../renderer/canvas/function-node';
import { changedLinks } from '../../../renderer/canvas/link-edge';
import { feedOf, type KeyedChanges } from '../../../renderer/state/keyed-feed';
import type { WorkbenchState, WorkbenchStore } from '../../../renderer/state/store';
import {
  addLink,
  removeFunctions,
  updateFunction,
  updateLink,
  updatePerson,
  type Project,
} from '../../../shared/model';
import { bigProject } from '../../fixtures/big-project';
import { testEditor } from '../commands/editor-fixture';

/**
 * The rule that makes an edit cost what it changes at 1,000 cards: cards and links subscribe
 * by key (a feed), and a change of the store calls only the cards and links it concerns — never
 * fewer than those whose slice changed.
 */

function design(): Project {
  // Sixty functions in a chain; people spread thinly, so findings name other functions.
  return bigProject(60, 'en', true);
}

function keysOf(changes: KeyedChanges<string>, all: readonly string[]): string[] {
  return changes === 'all' ? [...all] : [...changes];
}

/** The cards whose slice is not shallow-equal to the one before: the ones that must be told. */
function redrawnCards(before: WorkbenchState, after: WorkbenchState): string[] {
  return after.project.functions
    .filter((fn) => !shallow(cardSlice(before, fn.id), cardSlice(after, fn.id)))
    .map((fn) => fn.id);
}

/** Listens to every card of `store` through the card feed; returns the calls, by card. */
function listenToCards(store: WorkbenchStore): Map<string, number> {
  const calls = new Map<string, number>();
  const feed = feedOf(store, changedCards);
  for (const fn of store.getState().project.functions) {
    feed.subscribe(fn.id, () => calls.set(fn.id, (calls.get(fn.id) ?? 0) + 1));
  }
  return calls;
}

describe('the card and link feeds', () => {
  it('a rename tells one card and the links touching it; other changes of the store tell none', () => {
    const { editor } = testEditor(design());
    const { store } = editor;
    const calls = listenToCards(store);
    const links = new Map<string, number>();
    const linkFeed = feedOf(store, changedLinks);
    for (const link of store.getState().project.links) {
      linkFeed.subscribe(link.id, () => links.set(link.id, (links.get(link.id) ?? 0) + 1));
    }

    store.getState().edit((project) => updateFunction(project, 'fn-30', { name: 'Renamed' }));
    expect([...calls]).toEqual([['fn-30', 1]]);
    const touching = store
      .getState()
      .project.links.filter((link) => link.from === 'fn-30' || link.to === 'fn-30')
      .map((link) => [link.id, 1]);
    expect(touching.length).toBeGreaterThan(0);
    expect([...links]).toEqual(touching);

    calls.clear();
    links.clear();
    store.getState().select({ functionIds: ['fn-3'], linkIds: [] });
    store.getState().showSidePanel('checks');
    expect(calls.size + links.size).toBe(0);
  });

  it('a change of detail or language tells every card', () => {
    const { editor } = testEditor(design());
    const calls = listenToCards(editor.store);
    editor.store.getState().setDetail('compact');
    expect(calls.size).toBe(60);
  });

  it('never leaves out a card whose slice changed', () => {
    const start = testEditor(design()).editor.store.getState();
    const owner = start.project.functions.find((fn) => fn.ownerPersonId)?.ownerPersonId ?? '';
    const edits: [string, (project: Project) => Project][] = [
      ['rename', (p) => updateFunction(p, 'fn-7', { name: 'Seventh' })],
      ['owner renamed', (p) => updatePerson(p, owner, { name: 'Someone else' })],
      ['no owner', (p) => updateFunction(p, 'fn-8', { ownerPersonId: undefined })],
      ['fewer functions', (p) => removeFunctions(p, ['fn-9', 'fn-10'])],
      [
        'a link',
        (p) => addLink(p, { id: 'new', from: 'fn-1', to: 'fn-40', kind: 'handoff', label: '' }),
      ],
    ];
    let before = start;
    for (const [name, edit] of edits) {
      const after = { ...before, project: edit(before.project) };
      const told = keysOf(
        changedCards(after, before),
        after.project.functions.map((fn) => fn.id),
      );
      const missed = redrawnCards(before, after).filter((id) => !told.includes(id));
      expect(missed, name).toEqual([]);
      before = after;
    }
  });

  it('tells a link whose kind or end changed, and only it', () => {
    const before = testEditor(design()).editor.store.getState();
    const linkId = before.project.links[5]?.id ?? '';
    const after = {
      ...before,
      project: updateLink(before.project, linkId, { kind: 'escalation' }),
    };
    expect(changedLinks(after, before)).toEqual([linkId]);
  });
});
