import { useId, useMemo, useState } from 'react';
import {
  compareScenarios,
  DECISION_FIGURE_LABELS,
  DECISION_FIGURES,
  figureChange,
  signedDifference,
  type ComparedScenario,
  type DesignFigures,
  type FunctionFigures,
} from '../../shared/compare';
import type { Display } from '../../shared/display';
import type { Translate } from '../../shared/i18n';
import { scenarioSetOf, type Scenario } from '../../shared/model';
import { focusFunction } from '../canvas/focus-function';
import { showScenario } from '../commands/scenario-commands';
import type { Editor } from '../state/editor';
import { referenceScenarioOf, scenarioName } from '../state/scenarios';
import { useDisplay, useEditor, useT, useWorkbenchState } from '../state/workbench-context';
import { useStore } from 'zustand';
import './scenarios.css';
import { useModalDialog } from '../ui-kit/use-modal-dialog';
import { DialogHeader } from '../ui-kit/dialog-header';

/** Scenarios side by side at most: more columns do not read at 1280 px or on a projector. */
export const MAX_COMPARED = 5;

type Row = (typeof DECISION_FIGURES)[number];

/** A figure as it reads in the summary panel and the report, or "— not enough data". */
function figureText(row: Row, figures: DesignFigures, display: Display, t: Translate): string {
  const known = (text: string, value: number | undefined) =>
    value === undefined ? t('scenario.compare.notEnoughData') : text;
  switch (row.key) {
    case 'monthlyCost':
      return display.money(figures.monthlyCostMinor);
    case 'oneOff':
      return display.money(figures.oneOffMinor);
    case 'fte':
      return fte(figures.fte, display, t);
    case 'requiredFte':
      return fte(figures.requiredFte, display, t);
    case 'hireFte':
      return fte(figures.hireFte, display, t);
    case 'profit':
      return display.money(figures.incrementalProfitMonthlyMinor);
    case 'net':
      return display.money(figures.netMonthlyMinor);
    case 'payback':
      return display.payback(figures.payback);
    case 'roi':
      return known(display.percent(figures.roiPercent), figures.roiPercent);
    case 'periodNet':
      return known(display.money(figures.periodNetMinor), figures.periodNetMinor);
    case 'errors':
      return display.number(figures.errors, 0);
    case 'warnings':
      return display.number(figures.warnings, 0);
  }
}

function fte(value: number, display: Display, t: Translate): string {
  return `${display.number(value)} ${t('canvas.node.fteUnit')}`;
}

function deltaText(row: Row, delta: number, display: Display, t: Translate): string {
  switch (row.unit) {
    case 'money':
      return signedDifference(delta, display.money);
    case 'fte':
      return signedDifference(delta, (value) => fte(value, display, t));
    case 'percent':
      return t('scenario.delta.points', {
        delta: signedDifference(delta, (v) => display.number(v)),
      });
    case 'payback':
      return t('scenario.delta.months', {
        delta: signedDifference(delta, (v) => display.number(v)),
      });
    case 'count':
      return signedDifference(delta, (value) => display.number(value, 0));
  }
}

/** The difference against the reference: signed, and told better or worse in words too. */
function Delta(props: { row: Row; reference: DesignFigures; other: DesignFigures }) {
  const t = useT();
  const display = useDisplay();
  const change = figureChange(props.row, props.reference, props.other);
  if (change.verdict === 'same') {
    return <span className="compare-delta">{t('scenario.delta.same')}</span>;
  }
  if (change.verdict === 'unknown') {
    return <span className="compare-delta">{t('scenario.delta.unknown')}</span>;
  }
  const amount = change.delta === undefined ? '' : deltaText(props.row, change.delta, display, t);
  const verdict =
    change.verdict === 'better'
      ? t('scenario.delta.better')
      : change.verdict === 'worse'
        ? t('scenario.delta.worse')
        : '';
  return (
    <span className={`compare-delta ${change.verdict}`}>
      {[amount, verdict].filter(Boolean).join(' · ')}
    </span>
  );
}

function beforeAfter(
  before: FunctionFigures | undefined,
  after: FunctionFigures | undefined,
  pick: (figures: FunctionFigures) => string,
  t: Translate,
): string {
  const side = (figures: FunctionFigures | undefined) => (figures ? pick(figures) : '—');
  // An unchanged figure reads once, so the ones that moved stand out.
  if (side(before) === side(after)) return side(after);
  return t('scenario.compare.fromTo', { before: side(before), after: side(after) });
}

/** A click on a function: its scenario on the canvas (the reference for a removed one), the card selected. */
function showFunction(editor: Editor, scenarioId: string, functionId: string): void {
  editor.closeDialog();
  showScenario(editor, scenarioId);
  // The card is drawn once React has taken the switched design.
  requestAnimationFrame(() => focusFunction(editor, functionId));
}

function FunctionTable(props: {
  compared: ComparedScenario;
  reference: Scenario;
  scenario: Scenario;
}) {
  const t = useT();
  const display = useDisplay();
  const editor = useEditor();
  const readOnly = useWorkbenchState((s) => s.openElsewhere);
  const { compared, reference, scenario } = props;
  const caption = t('scenario.compare.functions', {
    scenario: scenarioName(scenario, display),
    reference: scenarioName(reference, display),
  });
  if (compared.functions.length === 0) {
    return (
      <section aria-label={caption}>
        <h3 className="compare-table-title">{caption}</h3>
        <p className="compare-empty">{t('scenario.compare.none')}</p>
      </section>
    );
  }
  const money = (value: number | undefined) => display.money(value);
  return (
    <table className="compare-table compare-functions">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="compare-function">
            {t('scenario.compare.function')}
          </th>
          <th scope="col" className="compare-aspects">
            {t('scenario.compare.change')}
          </th>
          <th scope="col">{t('scenario.compare.fte')}</th>
          <th scope="col">{t('scenario.compare.cost')}</th>
          <th scope="col">{t('scenario.compare.profit')}</th>
        </tr>
      </thead>
      <tbody>
        {compared.functions.map((difference) => {
          const name = display.functionName(difference.fn);
          const target = difference.kind === 'removed' ? reference : scenario;
          const show = () => {
            if (!readOnly || target.id === scenarioSetOf(editor.store.getState().project).activeId)
              showFunction(editor, target.id, difference.functionId);
          };
          return (
            <tr key={difference.functionId} data-kind={difference.kind} onClick={show}>
              <th scope="row" className="compare-function">
                <span className={`compare-kind kind-${difference.kind}`}>
                  {t(`scenario.kind.${difference.kind}`)}
                </span>
                <button
                  type="button"
                  className="compare-row-button"
                  title={t('scenario.compare.rowHint', {
                    function: name,
                    scenario: scenarioName(target, display),
                  })}
                  onClick={(event) => {
                    event.stopPropagation();
                    show();
                  }}
                >
                  {name}
                </button>
              </th>
              <td className="compare-aspects">
                {difference.aspects.map((aspect) => t(`scenario.aspect.${aspect}`)).join(', ')}
              </td>
              <td>
                {beforeAfter(difference.before, difference.after, (f) => display.number(f.fte), t)}
              </td>
              <td>
                {beforeAfter(
                  difference.before,
                  difference.after,
                  (f) => money(f.monthlyCostMinor),
                  t,
                )}
              </td>
              <td>
                {beforeAfter(
                  difference.before,
                  difference.after,
                  (f) => money(f.incrementalProfitMonthlyMinor),
                  t,
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * Scenario › Compare: up to five scenarios side by side against a reference (the baseline by
 * default): the decision figures with each one's difference, then per scenario the functions
 * added, removed or changed, with before → after. A function's row shows it on the canvas.
 */
export function CompareDialog(props: { open: boolean; onClose: () => void }) {
  const t = useT();
  const display = useDisplay();
  const editor = useEditor();
  const project = useWorkbenchState((s) => s.project);
  const pickedReference = useStore(editor.view, (view) => view.referenceScenarioId);
  const referenceId = referenceScenarioOf(project, pickedReference);
  const titleId = useId();
  const list = scenarioSetOf(project).list;
  const [picked, setPicked] = useState<readonly string[]>([]);

  const dialog = useModalDialog(props.open, () => {
    // Every scenario, up to five, each time it opens.
    setPicked(
      scenarioSetOf(editor.store.getState().project)
        .list.slice(0, MAX_COMPARED)
        .map((s) => s.id),
    );
  });

  const shownIds = useMemo(
    () => list.filter((scenario) => picked.includes(scenario.id)).map((scenario) => scenario.id),
    [list, picked],
  );
  // The reference is always a column, picked or not.
  const compared = useMemo(() => {
    const ids = shownIds.includes(referenceId) ? shownIds : [referenceId, ...shownIds];
    return props.open && ids.length >= 2 ? compareScenarios(project, ids, referenceId) : [];
  }, [props.open, project, shownIds, referenceId]);
  const byId = new Map(list.map((scenario) => [scenario.id, scenario]));
  const reference = compared[0];
  const referenceScenario = byId.get(referenceId);

  const toggle = (id: string, on: boolean) =>
    setPicked((current) => (on ? [...current, id] : current.filter((other) => other !== id)));
  const nameOf = (id: string) => {
    const scenario = byId.get(id);
    return scenario ? scenarioName(scenario, display) : '';
  };

  return (
    <dialog
      ref={dialog}
      className="dialog compare-dialog"
      aria-labelledby={titleId}
      data-testid="compare-dialog"
      onClose={() => {
        if (props.open) props.onClose();
      }}
    >
      <DialogHeader title={t('scenario.compare.title')} titleId={titleId} />
      <div className="compare-body">
        <div className="compare-controls">
          <fieldset>
            <legend>{t('scenario.compare.pick', { count: MAX_COMPARED })}</legend>
            {list.map((scenario) => {
              const on = picked.includes(scenario.id);
              return (
                <label key={scenario.id}>
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={!on && picked.length >= MAX_COMPARED}
                    onChange={(event) => toggle(scenario.id, event.target.checked)}
                  />
                  {scenarioName(scenario, display)}
                  {scenario.recommended && ` ★ ${t('scenario.recommended')}`}
                </label>
              );
            })}
          </fieldset>
          <label className="compare-reference">
            {t('scenario.compare.reference')}
            <select
              value={referenceId}
              onChange={(event) =>
                editor.view.setState({ referenceScenarioId: event.target.value })
              }
            >
              {list.map((scenario) => (
                <option key={scenario.id} value={scenario.id}>
                  {scenarioName(scenario, display)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {!reference || compared.length < 2 || !referenceScenario ? (
          <p className="compare-empty" role="status">
            {t('scenario.compare.pickTwo')}
          </p>
        ) : (
          <>
            <table className="compare-table compare-figures" data-testid="compare-figures">
              <caption>{t('scenario.compare.figures')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('scenario.compare.figure')}</th>
                  {compared.map((column, index) => (
                    <th scope="col" key={column.scenarioId}>
                      {index === 0
                        ? t('scenario.compare.referenceColumn', { name: nameOf(column.scenarioId) })
                        : nameOf(column.scenarioId)}
                      {byId.get(column.scenarioId)?.recommended &&
                        ` ★ ${t('scenario.recommended')}`}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {DECISION_FIGURES.map((row) => (
                  <tr key={row.key} data-figure={row.key}>
                    <th scope="row">
                      {t(DECISION_FIGURE_LABELS[row.key], {
                        months: project.planningPeriod.months,
                      })}
                    </th>
                    {compared.map((column, index) => (
                      <td key={column.scenarioId}>
                        <span className="compare-value">
                          {figureText(row, column.figures, display, t)}
                        </span>
                        {index > 0 && (
                          <Delta row={row} reference={reference.figures} other={column.figures} />
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {compared.slice(1).map((column) => {
              const scenario = byId.get(column.scenarioId);
              return scenario ? (
                <FunctionTable
                  key={column.scenarioId}
                  compared={column}
                  reference={referenceScenario}
                  scenario={scenario}
                />
              ) : null;
            })}
          </>
        )}
      </div>
    </dialog>
  );
}
