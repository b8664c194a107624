import { ArrowLeft, FilePlus2, FolderOpen, Network, UserRound, Upload } from 'lucide-react';
import { useCallback, useState } from 'react';
import { useStore } from 'zustand';
import { SAMPLES, type Sample } from '../../shared/samples';
import { useT, useWorkbench, useWorkbenchState } from '../state/workbench-context';
import { libraryCommands } from '../library/commands';
import { useLibraryData } from '../library/use-library';
import { LanguageSwitch } from '../shell/language-switch';
import type { ProjectSource } from '../library/actions';
import { useEscapeBack } from '../ui-kit/use-escape-back';
import './start.css';

const SAMPLE_ICONS: Readonly<Record<Sample['id'], typeof Network>> = {
  'key-accounts': UserRound,
  'specialised-sales': Network,
};

/**
 * The start screen, on a first run and from File › New: the two samples, a new project, import
 * and the recent projects. Esc (or the back button) returns to the open project, if any.
 */
export function StartScreen() {
  const workbench = useWorkbench();
  const navigation = workbench.navigation;
  const t = useT();
  const current = useWorkbenchState((state) => state.project.name);
  const editorHasProject = useStore(navigation, (state) => state.editorHasProject);
  const { recent } = useLibraryData(workbench.port);
  const [busy, setBusy] = useState(false);

  const back = useCallback(() => navigation.getState().show('editor'), [navigation]);
  useEscapeBack(editorHasProject, back);

  const create = (source: ProjectSource) => {
    setBusy(true);
    libraryCommands.newProject(workbench, source);
  };

  return (
    <main className="start" aria-labelledby="start-title" aria-busy={busy}>
      <header className="start-header">
        <span className="brand-mark" aria-hidden="true">
          S
        </span>
        <p className="start-app">{t('app.title')}</p>
        <span className="start-spacer" />
        <LanguageSwitch />
      </header>
      {editorHasProject && (
        <button type="button" className="start-back" onClick={back}>
          <ArrowLeft size={16} aria-hidden="true" />
          {t('start.back', { name: current })}
        </button>
      )}
      <h1 id="start-title">{t('start.title')}</h1>
      <p className="start-intro">{t('start.intro')}</p>

      <section className="start-section" aria-labelledby="start-samples">
        <h2 id="start-samples">{t('start.samples')}</h2>
        <div className="start-cards">
          {SAMPLES.map((sample) => {
            const Icon = SAMPLE_ICONS[sample.id];
            return (
              <button
                key={sample.id}
                type="button"
                className="start-card start-card-sample"
                disabled={busy}
                onClick={() => create(sample.id)}
              >
                <Icon size={28} aria-hidden="true" className="start-card-icon" />
                <span className="start-card-name">{t(sample.nameKey)}</span>
                <span className="start-card-about">{t(`start.sample.${sample.id}`)}</span>
              </button>
            );
          })}
        </div>
      </section>

      <section className="start-section" aria-labelledby="start-begin">
        <h2 id="start-begin">{t('start.begin')}</h2>
        <div className="start-cards">
          <button
            type="button"
            className="start-card"
            disabled={busy}
            onClick={() => create('blank')}
          >
            <FilePlus2 size={24} aria-hidden="true" className="start-card-icon" />
            <span className="start-card-name">{t('start.new')}</span>
            <span className="start-card-about">{t('start.new.about')}</span>
          </button>
          <button
            type="button"
            className="start-card"
            disabled={busy}
            onClick={() => libraryCommands.importProject(workbench)}
          >
            <Upload size={24} aria-hidden="true" className="start-card-icon" />
            <span className="start-card-name">{t('start.import')}</span>
            <span className="start-card-about">{t('start.import.about')}</span>
          </button>
        </div>
      </section>

      <section className="start-section" aria-labelledby="start-recent">
        <h2 id="start-recent">{t('start.recent')}</h2>
        {recent.length === 0 ? (
          <p className="start-none">{t('start.recent.none')}</p>
        ) : (
          <ul className="start-recent">
            {recent.map((project) => (
              <li key={project.id}>
                <button
                  type="button"
                  className="start-recent-item"
                  disabled={busy}
                  onClick={() => {
                    setBusy(true);
                    libraryCommands.openById(workbench, project.id);
                  }}
                >
                  <span className="start-recent-name">{project.name}</span>
                  {project.company && (
                    <span className="start-recent-company">{project.company}</span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          className="start-library"
          onClick={() => libraryCommands.showLibrary(workbench)}
        >
          <FolderOpen size={16} aria-hidden="true" />
          {t('start.library')}
        </button>
      </section>
    </main>
  );
}
