import { useState, type KeyboardEvent } from 'react';
import { useT, useWorkbench, useWorkbenchState } from '../state/workbench-context';
import { renameProject } from '../../shared/model';

/**
 * The project's name, edited in place. The change is one undo step, applied when the field is
 * left or Enter is pressed; Escape puts the stored name back.
 */
export function ProjectNameField() {
  const t = useT();
  const { store } = useWorkbench();
  const name = useWorkbenchState((state) => state.project.name);
  const readOnly = useWorkbenchState((state) => state.openElsewhere);
  const [draft, setDraft] = useState<string | undefined>(undefined);

  const commit = () => {
    const value = draft?.trim();
    setDraft(undefined);
    if (value && value !== name) store.getState().edit((project) => renameProject(project, value));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.currentTarget.blur();
    if (event.key === 'Escape') {
      setDraft(undefined);
      event.currentTarget.blur();
    }
  };

  return (
    <input
      className="project-name"
      aria-label={t('toolbar.projectName')}
      title={name}
      value={draft ?? name}
      maxLength={200}
      readOnly={readOnly}
      onChange={(event) => setDraft(event.target.value)}
      onFocus={() => setDraft(name)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
