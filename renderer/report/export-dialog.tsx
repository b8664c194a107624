import { FileDown, LoaderCircle, Printer } from 'lucide-react';
import { useState } from 'react';
import { LANGUAGES, type Language } from '../../shared/i18n';
import { BASELINE_SCENARIO_ID, type Project } from '../../shared/model';
import { PortError } from '../../shared/port/errors';
import { useT, useWorkbench, useWorkbenchState } from '../state/workbench-context';
import { makeReportPdf, reportFileName } from './make-report';
import { useModalDialog } from '../ui-kit/use-modal-dialog';

type ExportState =
  | { step: 'choose' }
  | { step: 'working' }
  | { step: 'done'; path?: string }
  | { step: 'printed'; printed: boolean }
  | { step: 'failed'; reason: string };

/**
 * Export or print the PDF report: choose its language, see it being made, learn where it went.
 * Printing makes the same PDF and hands it to the system's print dialog (see WorkbenchApi.printPdf).
 */
export function ExportDialog(props: {
  open: boolean;
  onClose: () => void;
  purpose?: 'save' | 'print';
}) {
  const print = props.purpose === 'print';
  const t = useT();
  const { store, port } = useWorkbench();
  const uiLanguage = useWorkbenchState((s) => s.language);
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [state, setState] = useState<ExportState>({ step: 'choose' });
  const list = useWorkbenchState((s) => s.project.scenarios?.list);
  /** Shown only when the project has variants: a baseline alone is simply the project. */
  const scenarios = list && list.length > 1 ? list : undefined;
  /** The scenarios left out of the report (all go in by default). */
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const chosen = scenarios?.filter((scenario) => !left.has(scenario.id)) ?? [];
  const noneChosen = scenarios !== undefined && chosen.length === 0;

  const dialog = useModalDialog(props.open, () => {
    setLanguage(store.getState().language);
    setState({ step: 'choose' });
    setLeft(new Set());
  });

  const run = async () => {
    setState({ step: 'working' });
    const now = new Date();
    const { project } = store.getState();
    try {
      const pdf = await makeReportPdf(
        project,
        language,
        now,
        scenarios && reportScenarioIds(project, left),
      );
      const fileName = reportFileName(project.name, now);
      if (print) {
        const result = await port.printPdf(pdf, fileName);
        setState({ step: 'printed', printed: result.printed });
        return;
      }
      const result = await port.savePdf(pdf, fileName);
      setState(result.saved ? { step: 'done', path: result.path } : { step: 'choose' });
    } catch (error) {
      console.error(print ? 'Printing failed' : 'PDF export failed', error);
      const reason =
        error instanceof PortError ? t(`error.${error.code}`) : t('export.failedReason');
      setState({ step: 'failed', reason });
    }
  };

  const working = state.step === 'working';
  return (
    <dialog
      ref={dialog}
      className="dialog export-dialog"
      aria-labelledby={print ? 'print-title' : 'export-title'}
      data-testid={print ? 'print-dialog' : 'export-dialog'}
      onCancel={(event) => {
        if (working) event.preventDefault();
      }}
      onClose={props.onClose}
    >
      <h2 id={print ? 'print-title' : 'export-title'}>
        {t(print ? 'print.title' : 'export.title')}
      </h2>
      <p className="dialog-text">{t(print ? 'print.intro' : 'export.intro')}</p>
      <fieldset className="export-languages" disabled={working}>
        <legend>{t('export.language')}</legend>
        {LANGUAGES.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="report-language"
              value={value}
              checked={language === value}
              onChange={() => setLanguage(value)}
            />
            {t(`language.${value}`)}
          </label>
        ))}
      </fieldset>
      {scenarios && (
        <fieldset
          className="export-scenarios"
          disabled={working}
          aria-describedby="export-scenarios-hint"
        >
          <legend>{t('report.scenarios.choose')}</legend>
          {scenarios.map((scenario) => (
            <label key={scenario.id}>
              <input
                type="checkbox"
                checked={!left.has(scenario.id)}
                onChange={(event) => {
                  const next = new Set(left);
                  if (event.target.checked) next.delete(scenario.id);
                  else next.add(scenario.id);
                  setLeft(next);
                }}
              />
              {scenario.name.trim() ||
                (scenario.id === BASELINE_SCENARIO_ID ? t('scenario.baselineName') : '—')}
              {scenario.recommended && (
                <span className="export-recommended">{t('report.scenarios.recommendedTag')}</span>
              )}
            </label>
          ))}
          <p
            id="export-scenarios-hint"
            className={noneChosen ? 'export-error' : 'export-hint'}
            aria-live="polite"
          >
            {t(noneChosen ? 'report.scenarios.noneChosen' : 'report.scenarios.chooseHint')}
          </p>
        </fieldset>
      )}
      <p className="export-status" role="status" aria-live="polite">
        {working && (
          <>
            <LoaderCircle className="spin" size={16} aria-hidden="true" /> {t('export.working')}
          </>
        )}
        {state.step === 'done' &&
          (state.path ? t('export.savedTo', { path: state.path }) : t('export.downloaded'))}
        {state.step === 'printed' &&
          t(
            !state.printed
              ? 'print.cancelled'
              : port.edition === 'browser'
                ? 'print.opened'
                : 'print.sent',
          )}
        {state.step === 'failed' && (
          <span className="export-error">
            {t(print ? 'print.failed' : 'export.failed', { reason: state.reason })}
          </span>
        )}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={props.onClose} disabled={working}>
          {t('dialog.close')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void run()}
          disabled={working || noneChosen}
        >
          {print ? (
            <Printer size={16} aria-hidden="true" />
          ) : (
            <FileDown size={16} aria-hidden="true" />
          )}{' '}
          {t(print ? 'print.run' : 'export.run')}
        </button>
      </div>
    </dialog>
  );
}

/** The ids of the scenarios that go into the report, in the project's order. */
function reportScenarioIds(project: Project, left: ReadonlySet<string>): string[] {
  return (project.scenarios?.list ?? [])
    .map((scenario) => scenario.id)
    .filter((id) => !left.has(id));
}
