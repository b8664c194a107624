import { Copy, Download, LifeBuoy, Pencil, Trash2, type LucideIcon } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { formatDateTime, formatNumber } from '../../shared/i18n/format';
import type { ProjectSummary } from '../../shared/port/contract';
import { scenarioName } from '../state/scenarios';
import { useDisplay, useT, useWorkbenchState } from '../state/workbench-context';

export interface RowActions {
  readonly open: (project: ProjectSummary) => void;
  readonly rename: (project: ProjectSummary, name: string) => void;
  readonly duplicate: (project: ProjectSummary) => void;
  readonly exportFile: (project: ProjectSummary) => void;
  readonly trash: (project: ProjectSummary) => void;
  readonly recover: (project: ProjectSummary) => void;
}

function IconButton(props: { icon: LucideIcon; label: string; onClick: () => void }) {
  const Icon = props.icon;
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={props.label}
      title={props.label}
      onClick={props.onClick}
    >
      <Icon size={16} aria-hidden="true" />
    </button>
  );
}

/** The library table. Names are rendered as text by React: markup in a name stays text. */
export function ProjectList(props: {
  projects: readonly ProjectSummary[];
  currentId: string | undefined;
  actions: RowActions;
  highlightId: string | undefined;
}) {
  const t = useT();
  return (
    <table className="library-table" aria-label={t('library.list')}>
      <thead>
        <tr>
          <th scope="col">{t('library.column.name')}</th>
          <th scope="col">{t('library.column.company')}</th>
          <th scope="col">{t('library.column.updated')}</th>
          <th scope="col" className="num">
            {t('library.column.functions')}
          </th>
          <th scope="col" className="num">
            {t('library.column.fte')}
          </th>
          <th scope="col" className="num">
            {t('library.column.errors')}
          </th>
          <th scope="col" className="actions-head">
            <span className="visually-hidden">{t('library.column.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.projects.map((project) => (
          <ProjectRow
            key={project.id}
            project={project}
            current={project.id === props.currentId}
            highlighted={project.id === props.highlightId}
            actions={props.actions}
          />
        ))}
      </tbody>
    </table>
  );
}

function ProjectRow(props: {
  project: ProjectSummary;
  current: boolean;
  highlighted: boolean;
  actions: RowActions;
}) {
  const t = useT();
  const language = useWorkbenchState((state) => state.language);
  const { project, actions } = props;
  const [draft, setDraft] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = draft?.trim();
    setDraft(undefined);
    if (name && name !== project.name) actions.rename(project, name);
  };

  return (
    <tr
      data-testid="library-row"
      data-project-id={project.id}
      className={props.highlighted ? 'highlighted' : undefined}
    >
      <td className="name-cell">
        {draft === undefined ? (
          <button
            type="button"
            className="project-link"
            aria-label={t('library.action.open', { name: project.name })}
            onClick={() => (project.damaged ? actions.recover(project) : actions.open(project))}
          >
            {project.name}
          </button>
        ) : (
          <form className="rename-form" onSubmit={submit}>
            <input
              autoFocus
              value={draft}
              maxLength={200}
              aria-label={t('library.rename.label', { name: project.name })}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setDraft(undefined);
              }}
            />
            <button type="submit" className="primary">
              {t('library.rename.save')}
            </button>
            <button type="button" onClick={() => setDraft(undefined)}>
              {t('library.rename.cancel')}
            </button>
          </form>
        )}
        {props.current && <span className="badge">{t('library.current')}</span>}
        {!project.damaged && project.scenarios > 1 && (
          <span className="badge">{t('library.scenarios', { count: project.scenarios })}</span>
        )}
        {!project.damaged && project.figuresOf && <FiguresOf scenario={project.figuresOf} />}
        {project.damaged && (
          <span className="badge danger" title={t('library.damaged.hint')}>
            {t('library.damaged')}
          </span>
        )}
      </td>
      <td className="company-cell">{project.company}</td>
      <td className="time-cell">{formatDateTime(language, project.updatedAt)}</td>
      <td className="num">{project.damaged ? '—' : project.functions}</td>
      <td className="num">{project.damaged ? '—' : formatNumber(language, project.fte)}</td>
      <td className="num">
        {project.damaged ? (
          '—'
        ) : (
          <span className={project.openErrors > 0 ? 'error-count' : undefined}>
            {project.openErrors}
          </span>
        )}
      </td>
      <td className="actions">
        {project.damaged ? (
          <IconButton
            icon={LifeBuoy}
            label={t('library.action.recover')}
            onClick={() => actions.recover(project)}
          />
        ) : (
          <>
            <IconButton
              icon={Pencil}
              label={t('library.action.rename')}
              onClick={() => setDraft(project.name)}
            />
            <IconButton
              icon={Copy}
              label={t('library.action.duplicate')}
              onClick={() => actions.duplicate(project)}
            />
            <IconButton
              icon={Download}
              label={t('library.action.export')}
              onClick={() => actions.exportFile(project)}
            />
          </>
        )}
        <IconButton
          icon={Trash2}
          label={t('library.action.delete')}
          onClick={() => actions.trash(project)}
        />
      </td>
    </tr>
  );
}

/**
 * Which scenario a project's figures are of, when it has several: without it, the FTE and errors
 * of a variant would read as the project's.
 */
function FiguresOf(props: { scenario: NonNullable<ProjectSummary['figuresOf']> }) {
  const display = useDisplay();
  const scenario = scenarioName(props.scenario, display);
  return (
    <span className="badge" title={display.text('library.figuresOf.hint', { scenario })}>
      {display.text('library.figuresOf', { scenario })}
    </span>
  );
}
