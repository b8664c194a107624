import { RotateCcw, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { formatDateTime } from '../../shared/i18n/format';
import type { TrashedProject } from '../../shared/port/contract';
import { TRASH_DAYS } from '../../shared/port/library-index';
import { useT, useWorkbenchState } from '../state/workbench-context';

/** The trash: restore, or delete for good after an inline confirmation. */
export function TrashList(props: {
  trash: readonly TrashedProject[];
  restore: (project: TrashedProject) => void;
  purge: (project: TrashedProject) => void;
}) {
  const t = useT();
  const language = useWorkbenchState((state) => state.language);
  const [confirming, setConfirming] = useState<string>();

  return (
    <details className="library-trash" data-testid="library-trash">
      <summary>{t('library.trash', { count: props.trash.length })}</summary>
      <p className="library-hint">{t('library.trash.hint', { days: TRASH_DAYS })}</p>
      {props.trash.length === 0 ? (
        <p className="library-hint">{t('library.trash.empty')}</p>
      ) : (
        <ul className="trash-list">
          {props.trash.map((project) => (
            <li key={project.id} data-testid="trash-row" data-project-id={project.id}>
              <span className="trash-name">{project.name}</span>
              <span className="library-hint">
                {t('library.trash.deletedAt', {
                  time: formatDateTime(language, project.trashedAt),
                })}
              </span>
              <span className="trash-actions">
                {confirming === project.id ? (
                  <>
                    <span role="alert">
                      {t('library.trash.purgeConfirm', { name: project.name })}
                    </span>
                    <button type="button" className="danger" onClick={() => props.purge(project)}>
                      {t('library.trash.purgeYes')}
                    </button>
                    <button type="button" onClick={() => setConfirming(undefined)}>
                      {t('library.trash.purgeNo')}
                    </button>
                  </>
                ) : (
                  <>
                    <button type="button" onClick={() => props.restore(project)}>
                      <RotateCcw size={14} aria-hidden="true" />
                      {t('library.trash.restore')}
                    </button>
                    <button type="button" onClick={() => setConfirming(project.id)}>
                      <Trash2 size={14} aria-hidden="true" />
                      {t('library.trash.purge')}
                    </button>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
