import { useMemo } from 'react';
import { useT, useWorkbench, useWorkbenchState } from '../state/workbench-context';
import type { Person, Project } from '../../shared/model';
import type { Option } from '../ui-kit/fields/choice-fields';
import { plainText } from '../../shared/display';

/** Applies one pure operation to the project as one undo step. */
export function useEdit(): (operation: (project: Project) => Project) => void {
  // The store's `edit` is created once with the store, so this reference is stable.
  return useWorkbench().store.getState().edit;
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
