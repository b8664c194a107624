import { ArrowLeft, FilePlus2, Search, Upload } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useStore } from 'zustand';
import { MAX_PROJECT_FILE_BYTES } from '../../shared/port/file-text';
import type { ProjectSummary } from '../../shared/port/contract';
import { PortError } from '../../shared/port/errors';
import { SAMPLES } from '../../shared/samples';
import { useT, useWorkbench, useWorkbenchState } from '../state/workbench-context';
import {
  createProject,
  openInEditor,
  recoverInEditor,
  refreshEditor,
  type ProjectSource,
} from './actions';
import './library.css';
import { importProblem } from './import-problems';
import { problemOf, type Problem } from './problems';
import { ProjectList, type RowActions } from './project-list';
import { RecoveryDialog, type RecoveryTarget } from './recovery-dialog';
import { TrashList } from './trash-list';
import { useLibraryData } from './use-library';
import type { Screen } from '../state/navigation';
import { useEscapeBack } from '../ui-kit/use-escape-back';

const SORTS = ['updated', 'name', 'company', 'errors'] as const;
type SortKey = (typeof SORTS)[number];

const COMPARE: Record<SortKey, (a: ProjectSummary, b: ProjectSummary) => number> = {
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
  name: (a, b) => a.name.localeCompare(b.name),
  company: (a, b) => a.company.localeCompare(b.company) || a.name.localeCompare(b.name),
  errors: (a, b) => b.openErrors - a.openErrors || a.name.localeCompare(b.name),
};

interface Toast {
  readonly text: string;
  readonly undo?: () => void;
}

/** How long a message with an Undo button stays. */
const TOAST_MS = 12_000;

/**
 * The project library: every stored project with its figures, searched and sorted; create,
 * open, rename, duplicate, export, delete to the trash with undo; import; recent projects;
 * recovery of a damaged project from its backups.
 */
export function LibraryScreen() {
  const workbench = useWorkbench();
  const { navigation } = workbench;
  const { port } = workbench;
  const t = useT();
  const language = useWorkbenchState((state) => state.language);
  const current = useWorkbenchState((state) => state.project);
  const { editorHasProject, recover, libraryNotice, importFrom } = useStore(navigation);
  const data = useLibraryData(port);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('updated');
  const [toast, setToast] = useState<Toast>();
  const [problem, setProblem] = useState<Problem>();
  const [chosenRecovery, setRecovering] = useState<RecoveryTarget>();
  // A project that could not be opened elsewhere (at start, from a menu) is offered here.
  const recovering: RecoveryTarget | undefined =
    chosenRecovery ??
    (recover
      ? {
          ...recover,
          name: data.projects?.find((p) => p.id === recover.id)?.name ?? recover.id,
        }
      : undefined);
  const closeRecovery = () => {
    setRecovering(undefined);
    navigation.getState().set({ recover: undefined });
  };
  const [highlightId, setHighlightId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(undefined), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  // "Import…" chosen from a menu or the start screen: open the file chooser once here. Cancelling
  // it cancels the import: back to the screen it was chosen on.
  const importReturn = useRef<Screen>(undefined);
  useEffect(() => {
    if (!importFrom) return;
    navigation.getState().set({ importFrom: undefined });
    importReturn.current = importFrom === 'library' ? undefined : importFrom;
    fileInput.current?.click();
  }, [importFrom, navigation]);
  useEffect(() => {
    const input = fileInput.current;
    const cancelled = () => {
      const back = importReturn.current;
      importReturn.current = undefined;
      if (back) navigation.getState().show(back);
    };
    input?.addEventListener('cancel', cancelled);
    return () => input?.removeEventListener('cancel', cancelled);
  }, [navigation]);

  /** Runs one library action: errors become the alert line; the lists are re-read after. */
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(problemOf(error, t, workbench));
    } finally {
      setBusy(false);
      await data.reload();
    }
  };

  const open = (project: ProjectSummary) =>
    run(async () => {
      try {
        await openInEditor(workbench, project.id);
      } catch (error) {
        if (!(error instanceof PortError && error.code === 'damaged')) throw error;
        setRecovering({ id: project.id, name: project.name, detail: error.message });
      }
    });

  const actions: RowActions = {
    open: (project) => void open(project),
    rename: (project, name) =>
      void run(async () => {
        const renamed = await port.renameProject(project.id, name);
        await refreshEditor(workbench, project.id);
        setToast({ text: t('library.toast.renamed', { name: renamed.name }) });
      }),
    duplicate: (project) =>
      void run(async () => {
        const copy = await port.duplicateProject(
          project.id,
          t('library.copyName', { name: project.name }).slice(0, 200),
        );
        setHighlightId(copy.id);
        setToast({ text: t('library.toast.duplicated', { name: copy.name }) });
      }),
    exportFile: (project) =>
      void run(async () => {
        const file = await port.exportProject(project.id);
        if (file.saved) setToast({ text: t('library.toast.exported', { file: file.fileName }) });
      }),
    trash: (project) =>
      void run(async () => {
        await port.trashProject(project.id);
        setToast({
          text: t('library.toast.trashed', { name: project.name }),
          undo: () =>
            void run(async () => {
              setToast(undefined);
              await port.restoreProject(project.id);
              setHighlightId(project.id);
              setToast({ text: t('library.toast.restored', { name: project.name }) });
            }),
        });
      }),
    recover: (project) => setRecovering({ id: project.id, name: project.name }),
  };

  const create = (source: ProjectSource) => void run(() => createProject(workbench, source));

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    importReturn.current = undefined;
    if (!file) return;
    await run(async () => {
      // Refused before it is read: a huge file never reaches the parser or the back end.
      if (file.size > MAX_PROJECT_FILE_BYTES) {
        setProblem(
          importProblem(file.name, { kind: 'too-large', detail: `${file.size} bytes` }, t),
        );
        return;
      }
      // The bytes, not text: the reader checks the encoding instead of guessing at it.
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        setProblem(importProblem(file.name, { kind: 'unreadable', detail: String(error) }, t));
        return;
      }
      const outcome = await port.importProject(bytes);
      if (!outcome.ok) {
        setProblem(importProblem(file.name, outcome.problem, t));
        return;
      }
      const { name, id } = outcome.summary;
      setHighlightId(id);
      setToast({
        text: outcome.alreadyPresent
          ? t('library.toast.alreadyPresent', { name })
          : outcome.migratedFrom !== undefined
            ? t('library.toast.importedMigrated', { name, version: outcome.migratedFrom })
            : t('library.toast.imported', { name }),
      });
    });
  };

  const shown = useMemo(() => {
    const words = query.toLocaleLowerCase(language).split(/\s+/).filter(Boolean);
    return (data.projects ?? [])
      .filter((project) => {
        const text = `${project.name} ${project.company}`.toLocaleLowerCase(language);
        return words.every((word) => text.includes(word));
      })
      .sort(COMPARE[sort]);
  }, [data.projects, query, sort, language]);

  // While the list is still loading, the open project is there to go back to: Esc must not wait.
  const canGoBack = editorHasProject && (data.projects?.some((p) => p.id === current.id) ?? true);
  const back = useCallback(() => navigation.getState().show('editor'), [navigation]);
  useEscapeBack(canGoBack, back);

  return (
    <main className="library" aria-labelledby="library-title" aria-busy={busy}>
      <header className="library-header">
        <h1 id="library-title">{t('library.title')}</h1>
        {canGoBack && (
          <button type="button" className="library-button" onClick={back}>
            <ArrowLeft size={16} aria-hidden="true" />
            {t('library.back', { name: current.name })}
          </button>
        )}
        <span className="library-spacer" />
        <button type="button" className="primary" onClick={() => create('blank')}>
          <FilePlus2 size={16} aria-hidden="true" />
          {t('library.new')}
        </button>
        <select
          className="library-select"
          aria-label={t('library.fromSample.label')}
          value=""
          onChange={(event) => {
            const sample = SAMPLES.find((s) => s.id === event.target.value);
            if (sample) create(sample.id);
          }}
        >
          <option value="">{t('library.fromSample')}</option>
          {SAMPLES.map((sample) => (
            <option key={sample.id} value={sample.id}>
              {t(sample.nameKey)}
            </option>
          ))}
        </select>
        <button type="button" className="library-button" onClick={() => fileInput.current?.click()}>
          <Upload size={16} aria-hidden="true" />
          {t('library.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="import-input"
          onChange={(event) => void importFile(event)}
        />
      </header>

      {(libraryNotice || problem || data.error !== undefined) && (
        <div className="library-alert" role="alert">
          {libraryNotice && <p>{libraryNotice}</p>}
          {problem && (
            <>
              <p>{problem.text}</p>
              {problem.advice && <p>{problem.advice}</p>}
              {problem.detail && (
                <p className="library-detail">{t('library.details', { detail: problem.detail })}</p>
              )}
            </>
          )}
          {data.error !== undefined && !problem && (
            <p>{problemOf(data.error, t, workbench).text}</p>
          )}
        </div>
      )}

      {data.recent.length > 0 && (
        <nav className="library-recent" aria-label={t('library.recent')}>
          <span className="library-hint">{t('library.recent')}</span>
          {data.recent.map((project) => (
            <button
              key={project.id}
              type="button"
              className="recent-chip"
              onClick={() => void open(project)}
            >
              {project.name}
            </button>
          ))}
        </nav>
      )}

      <div className="library-controls">
        <label className="library-search">
          <Search size={16} aria-hidden="true" />
          <input
            type="search"
            value={query}
            placeholder={t('library.search')}
            aria-label={t('library.search')}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <label className="library-sort">
          {t('library.sort')}
          <select
            className="library-select"
            value={sort}
            onChange={(event) => setSort(event.target.value as SortKey)}
          >
            {SORTS.map((key) => (
              <option key={key} value={key}>
                {t(`library.sort.${key}`)}
              </option>
            ))}
          </select>
        </label>
      </div>

      <section className="library-list">
        {data.projects === undefined ? (
          <p className="library-hint">{t('library.loading')}</p>
        ) : data.projects.length === 0 ? (
          <p className="library-empty">{t('library.empty')}</p>
        ) : shown.length === 0 ? (
          <p className="library-empty">{t('library.noMatch', { query })}</p>
        ) : (
          <ProjectList
            projects={shown}
            currentId={editorHasProject ? current.id : undefined}
            actions={actions}
            highlightId={highlightId}
          />
        )}
        <TrashList
          trash={data.trash}
          restore={(project) =>
            void run(async () => {
              await port.restoreProject(project.id);
              setHighlightId(project.id);
              setToast({ text: t('library.toast.restored', { name: project.name }) });
            })
          }
          purge={(project) =>
            void run(async () => {
              await port.purgeProject(project.id);
              setToast({ text: t('library.toast.purged', { name: project.name }) });
            })
          }
        />
      </section>

      {toast && (
        <div className="library-toast" role="status" data-testid="library-toast">
          <span>{toast.text}</span>
          {toast.undo && (
            <button type="button" className="primary" onClick={toast.undo}>
              {t('library.toast.undo')}
            </button>
          )}
          <button type="button" className="library-button" onClick={() => setToast(undefined)}>
            {t('library.toast.dismiss')}
          </button>
        </div>
      )}

      {recovering && (
        <RecoveryDialog
          target={recovering}
          onClose={closeRecovery}
          onRecover={(backupId) =>
            void run(async () => {
              const target = recovering;
              closeRecovery();
              await recoverInEditor(workbench, target.id, backupId);
            })
          }
        />
      )}
    </main>
  );
}
