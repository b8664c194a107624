import { describe, expect, it } from 'vitest';
import { renameProject } from '../../../shared/model';
import { createUnsavedJournal } from '../../../renderer/state/unsaved-journal';
import { projectWithVariants } from '../../fixtures/scenarios';
import { blankProject } from '../shell/fixtures';

/** localStorage as far as the journal uses it. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const stored = { ...blankProject(1, 'Stored'), updatedAt: '2026-12-01T10:00:00.000Z' };
const edited = renameProject(stored, 'Edited, not yet stored');

describe('the unsaved-edit journal', () => {
  it('gives back an edit made on the stored version, once', () => {
    const journal = createUnsavedJournal(memoryStorage());
    journal.keep(edited, stored.updatedAt);
    expect(journal.take(stored)).toEqual(edited);
    expect(journal.take(stored)).toBeUndefined();
  });

  it('gives back the scenarios of an edit, each with its design, the active one on the canvas', () => {
    const journal = createUnsavedJournal(memoryStorage());
    const variants = { ...projectWithVariants(), id: stored.id, updatedAt: stored.updatedAt };
    journal.keep(variants, stored.updatedAt);
    expect(journal.take(stored)).toEqual(variants);
  });

  it('never gives back an edit of an older version than the one stored (a newer save won)', () => {
    const journal = createUnsavedJournal(memoryStorage());
    journal.keep(edited, '2026-12-01T09:00:00.000Z');
    expect(journal.take(stored)).toBeUndefined();
  });

  it('forgets an edit once it is stored, and ignores entries that are not projects', () => {
    const storage = memoryStorage();
    const journal = createUnsavedJournal(storage);
    journal.keep(edited, stored.updatedAt);
    journal.forget(stored.id);
    expect(journal.take(stored)).toBeUndefined();
    storage.setItem(`ssw.unsaved.${stored.id}`, '{"project":{"__proto__":1},"base":"x"}');
    expect(journal.take(stored)).toBeUndefined();
    storage.setItem(`ssw.unsaved.${stored.id}`, 'not json');
    expect(journal.take(stored)).toBeUndefined();
  });

  it('keeps working, doing nothing, where storage refuses (quota, private mode)', () => {
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const journal = createUnsavedJournal(refusing);
    expect(() => journal.keep(edited, stored.updatedAt)).not.toThrow();
    expect(journal.take(stored)).toBeUndefined();
  });
});
