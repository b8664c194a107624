import { useCallback, useMemo } from 'react';
import { useT, useWorkbench, useWorkbenchState } from '../state/workbench-context';
import type { Person, Project } from '../../shared/model';
import type { Option } from '../ui-kit/fields/choice-fields';
import { plainText } from '../../shared/display';

/** Applies one pure operation to the project as one undo step. */
export function useEdit(): (operation: (project: Project) => Project) => void {
  // The store's `edit` is created once with the store, so this reference is stable.
  return useWorkbench().store.getState().edit;
}

/** `make(key)` made once per key, then the same value for that key. */
function once<F>(make: (key: string) => F): (key: string) => F {
  const made = new Map<string, F>();
  return (key) => {
    const known = made.get(key);
    if (known !== undefined) return known;
    const value = make(key);
    made.set(key, value);
    return value;
  };
}

/**
 * Callbacks made once per key while `make` is the same function (wrap it in useCallback): a
 * field's `onChange={changeOf(id)}` is then the same on every render of its list, so the
 * memoised field does not re-render when another field changed.
 */
export function useKeyed<F>(make: (key: string) => F): (key: string) => F {
  return useMemo(() => once(make), [make]);
}

/** A field's commit: sets that one field of `T` to the committed value. */
export type PatchOf<T> = <K extends keyof T & string>(key: K) => (value: T[K]) => void;

const patchesOf = <T>(patch: (change: Partial<T>) => void): PatchOf<T> =>
  once((key) => (value: unknown) => patch({ [key]: value } as Partial<T>));

/** Stable per-field commits over one `patch` (itself stable): `onCommit={patchOf('name')}`. */
export function usePatchOf<T>(patch: (change: Partial<T>) => void): PatchOf<T> {
  return useMemo(() => patchesOf(patch), [patch]);
}

/** A field of one row of a list (a role, a line…): sets that field of the row with that id. */
export type ItemPatchOf<T> = (id: string) => PatchOf<T>;

/** Stable per-row, per-field commits over one `patch` (itself stable): `patchOf(role.id)('fte')`. */
export function useItemPatchOf<T>(patch: (id: string, change: Partial<T>) => void): ItemPatchOf<T> {
  return useMemo(() => once((id) => patchesOf<T>((change) => patch(id, change))), [patch]);
}

/** The project's people as select options; recomputed only when the people list or language changes. */
export function usePeopleOptions(): readonly Option<string>[] {
  const t = useT();
  const people = useWorkbenchState((state) => state.project.people);
  return useMemo(
    () =>
      people.map((person) => ({
        value: person.id,
        label: personLabel(person, t('inspector.person.unnamed')),
      })),
    [people, t],
  );
}

export function personLabel(person: Pick<Person, 'name' | 'title'>, unnamed: string): string {
  const name = plainText(person.name).trim() || unnamed;
  const title = plainText(person.title).trim();
  return title ? `${name} — ${title}` : name;
}

export type Sharing = 'dedicated' | 'shared';

/** "Dedicated / Shared" for roles and lines, stored as the `dedicated` flag. */
export function useSharingOptions(): readonly Option<Sharing>[] {
  const t = useT();
  return useMemo(
    () => [
      { value: 'dedicated', label: t('role.dedicated') },
      { value: 'shared', label: t('role.shared') },
    ],
    [t],
  );
}

/** Per row, the change of its "Dedicated / Shared" select, stored as the row's `dedicated` flag. */
export function useSharingChangeOf(
  update: (id: string, change: { readonly dedicated: boolean }) => void,
): (id: string) => (value: Sharing) => void {
  return useKeyed(
    useCallback(
      (id: string) => (value: Sharing) => update(id, { dedicated: value === 'dedicated' }),
      [update],
    ),
  );
}
