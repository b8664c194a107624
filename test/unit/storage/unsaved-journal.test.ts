import { describe, expect, it } from 'vitest';
import { projectFileOf, renameProject } from '../../../shared/model';
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

describe('the unsaved-edit journal', async () => {
  it('gives back an edit made on the stored version, once', async () => {
    const journal = createUnsavedJournal(memoryStorage());
    journal.keep(edited, stored.updatedAt);
    await expect(journal.take(stored)).resolves.toEqual(edited);
    await expect(journal.take(stored)).resolves.toBeUndefined();
  });

  it('gives back the scenarios of an edit, each with its design, the active one on the canvas', async () => {
    const journal = createUnsavedJournal(memoryStorage());
    const variants = { ...projectWithVariants(), id: stored.id, updatedAt: stored.updatedAt };
    journal.keep(variants, stored.updatedAt);
    await expect(journal.take(stored)).resolves.toEqual(variants);
  });

  it('never gives back an edit of an older version than the one stored (a newer save won)', async () => {
    const journal = createUnsavedJournal(memoryStorage());
    journal.keep(edited, '2026-12-01T09:00:00.000Z');
    await expect(journal.take(stored)).resolves.toBeUndefined();
  });

  it('forgets an edit once it is stored, and ignores entries that are not projects', async () => {
    const storage = memoryStorage();
    const journal = createUnsavedJournal(storage);
    journal.keep(edited, stored.updatedAt);
    journal.forget(stored.id);
    await expect(journal.take(stored)).resolves.toBeUndefined();
    storage.setItem(`ssw.unsaved.${stored.id}`, '{"project":{"__proto__":1},"base":"x"}');
    await expect(journal.take(stored)).resolves.toBeUndefined();
    const base = JSON.stringify(stored.updatedAt);
    storage.setItem(`ssw.unsaved.${stored.id}`, `{"project":{"__proto__":1},"base":${base}}`);
    await expect(journal.take(stored)).resolves.toBeUndefined();
    storage.setItem(`ssw.unsaved.${stored.id}`, 'not json');
    await expect(journal.take(stored)).resolves.toBeUndefined();
  });

  it('reads an entry kept by an older release (a plain document) by the full reader', async () => {
    const storage = memoryStorage();
    const journal = createUnsavedJournal(storage);
    const entry = { project: projectFileOf(edited), base: stored.updatedAt };
    storage.setItem(`ssw.unsaved.${stored.id}`, JSON.stringify(entry));
    await expect(journal.take(stored)).resolves.toEqual(edited);
  });

  it('validates an entry changed after it was sealed, and drops it when it is no project', async () => {
    const storage = memoryStorage();
    const journal = createUnsavedJournal(storage);
    const key = `ssw.unsaved.${stored.id}`;
    journal.keep(edited, stored.updatedAt);
    const entry = JSON.parse(storage.getItem(key) ?? '') as { document: { text: string } };
    // Still a valid project: it passes the full reader.
    entry.document.text = entry.document.text.replace('Edited, not yet', 'Edited, never');
    storage.setItem(key, JSON.stringify(entry));
    await expect(journal.take(stored)).resolves.toMatchObject({ name: 'Edited, never stored' });
    // Not a valid project: the reader refuses it.
    journal.keep(edited, stored.updatedAt);
    const damaged = JSON.parse(storage.getItem(key) ?? '') as { document: { text: string } };
    damaged.document.text = damaged.document.text.replace('"Edited, not yet stored"', '17');
    storage.setItem(key, JSON.stringify(damaged));
    await expect(journal.take(stored)).resolves.toBeUndefined();
  });

  it('keeps working, doing nothing, where storage refuses (quota, private mode)', async () => {
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const journal = createUnsavedJournal(refusing);
    expect(() => journal.keep(edited, stored.updatedAt)).not.toThrow();
    await expect(journal.take(stored)).resolves.toBeUndefined();
  });
});
