import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import {
  createScenario,
  deleteScenario,
  renameScenario,
  scenarioSetOf,
  type Project,
  type Scenario,
} from '../../shared/model';
import type { Display } from '../../shared/display';
import { showScenario } from '../commands/scenario-commands';
import { scenarioName } from '../state/scenarios';
import { useDisplay, useEditor, useT, useWorkbenchState } from '../state/workbench-context';
import { PickerDialog, type PickerItem } from '../ui-kit/picker-dialog';
import './scenarios.css';
import { useModalDialog } from '../ui-kit/use-modal-dialog';

/**
 * A small modal dialog: opens with `open`, Esc closes it. Its content is mounted while it is
 * open, so each opening starts from fresh state.
 */
function ModalDialog(props: {
  open: boolean;
  testId: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const dialog = useModalDialog(props.open);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${props.testId}-title`}
      data-testid={props.testId}
      // Only its own close (Esc) is reported, not one because another dialog replaced it.
      onClose={() => {
        if (props.open) props.onClose();
      }}
    >
      {props.open && props.children}
    </dialog>
  );
}

/** The form inside a dialog: its title, fields, Cancel and the action (Enter submits). */
function DialogForm(props: {
  title: string;
  testId: string;
  submitLabel: string;
  danger?: boolean;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <>
      <h2 id={`${props.testId}-title`}>{props.title}</h2>
      <form className="scenario-form" onSubmit={submit} noValidate>
        {props.children}
        <div className="dialog-actions">
          <button type="button" onClick={props.onClose}>
            {t('scenario.dialog.cancel')}
          </button>
          <button type="submit" className="primary" autoFocus={props.danger}>
            {props.submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}

/** Why a name cannot be taken, or undefined when it can. */
function nameProblem(
  name: string,
  project: Project,
  display: Display,
  except?: string,
): string | undefined {
  const wanted = display.name(name);
  if (!wanted) return display.text('scenario.name.empty');
  const taken = scenarioSetOf(project).list.some(
    (scenario) =>
      scenario.id !== except &&
      scenarioName(scenario, display).toLocaleLowerCase(display.language) ===
        wanted.toLocaleLowerCase(display.language),
  );
  return taken ? display.text('scenario.name.taken', { name: wanted }) : undefined;
}

/** The name field, with its problem shown under it once the user tried to submit. */
function NameField(props: {
  value: string;
  problem: string | undefined;
  onChange: (value: string) => void;
}) {
  const t = useT();
  const errorId = useId();
  return (
    <>
      <label>
        {t('scenario.dialog.name')}
        <input
          value={props.value}
          autoFocus
          onFocus={(event) => event.target.select()}
          aria-invalid={props.problem ? true : undefined}
          aria-describedby={props.problem ? errorId : undefined}
          onChange={(event) => props.onChange(event.target.value)}
        />
      </label>
      {props.problem && (
        <p id={errorId} className="scenario-error" role="alert">
          {props.problem}
        </p>
      )}
    </>
  );
}

function firstFreeName(project: Project, display: Display): string {
  for (let n = scenarioSetOf(project).list.length; ; n++) {
    const name = display.text('scenario.new.defaultName', { n });
    if (!nameProblem(name, project, display)) return name;
  }
}

/** Scenario › New variant: a name and the scenario to copy (the one on the canvas by default). */
export function NewScenarioDialog(props: { open: boolean; onClose: () => void }) {
  return (
    <ModalDialog open={props.open} testId="new-scenario-dialog" onClose={props.onClose}>
      <NewScenarioForm onClose={props.onClose} />
    </ModalDialog>
  );
}

function NewScenarioForm(props: { onClose: () => void }) {
  const t = useT();
  const display = useDisplay();
  const { store } = useEditor();
  const [name, setName] = useState(() => firstFreeName(store.getState().project, display));
  const [fromId, setFromId] = useState(() => scenarioSetOf(store.getState().project).activeId);
  const [problem, setProblem] = useState<string>();
  const list = useWorkbenchState((s) => s.project.scenarios?.list);
  const scenarios = list ?? scenarioSetOf(store.getState().project).list;
  const create = () => {
    const wrong = nameProblem(name, store.getState().project, display);
    setProblem(wrong);
    if (wrong) return;
    props.onClose();
    const id = crypto.randomUUID();
    // The baseline keeps no name of its own: it reads "Current system" in either language.
    store
      .getState()
      .edit((doc) =>
        createScenario(doc, { id, name: display.name(name), fromId, baselineName: '' }),
      );
  };
  return (
    <DialogForm
      title={t('scenario.new.title')}
      testId="new-scenario-dialog"
      submitLabel={t('scenario.new.create')}
      onSubmit={create}
      onClose={props.onClose}
    >
      <p>{t('scenario.new.intro')}</p>
      <NameField
        value={name}
        problem={problem}
        onChange={(value) => {
          setName(value);
          if (problem) setProblem(nameProblem(value, store.getState().project, display));
        }}
      />
      <label>
        {t('scenario.new.from')}
        <select value={fromId} onChange={(event) => setFromId(event.target.value)}>
          {scenarios.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenarioName(scenario, display)}
            </option>
          ))}
        </select>
      </label>
    </DialogForm>
  );
}

function useActiveScenario(): Scenario | undefined {
  return useWorkbenchState((s) =>
    s.project.scenarios?.list.find((scenario) => scenario.id === s.project.scenarios?.activeId),
  );
}

/** Scenario › Rename: the scenario on the canvas. */
export function RenameScenarioDialog(props: { open: boolean; onClose: () => void }) {
  return (
    <ModalDialog open={props.open} testId="rename-scenario-dialog" onClose={props.onClose}>
      <RenameScenarioForm onClose={props.onClose} />
    </ModalDialog>
  );
}

function RenameScenarioForm(props: { onClose: () => void }) {
  const t = useT();
  const display = useDisplay();
  const { store } = useEditor();
  const active = useActiveScenario();
  const [name, setName] = useState(() => (active ? scenarioName(active, display) : ''));
  const [problem, setProblem] = useState<string>();
  const rename = () => {
    if (!active) return;
    const wrong = nameProblem(name, store.getState().project, display, active.id);
    setProblem(wrong);
    if (wrong) return;
    props.onClose();
    store.getState().edit((doc) => renameScenario(doc, active.id, display.name(name)));
  };
  return (
    <DialogForm
      title={t('scenario.rename.title')}
      testId="rename-scenario-dialog"
      submitLabel={t('scenario.rename.save')}
      onSubmit={rename}
      onClose={props.onClose}
    >
      <NameField
        value={name}
        problem={problem}
        onChange={(value) => {
          setName(value);
          if (problem) {
            setProblem(nameProblem(value, store.getState().project, display, active?.id));
          }
        }}
      />
    </DialogForm>
  );
}

/** Scenario › Delete: asks first; never the baseline (the command is off there). */
export function DeleteScenarioDialog(props: { open: boolean; onClose: () => void }) {
  const t = useT();
  const display = useDisplay();
  const { store } = useEditor();
  const active = useActiveScenario();
  const remove = () => {
    props.onClose();
    if (active) store.getState().edit((doc) => deleteScenario(doc, active.id));
  };
  return (
    <ModalDialog open={props.open} testId="delete-scenario-dialog" onClose={props.onClose}>
      <DialogForm
        title={t('scenario.delete.title', { name: active ? scenarioName(active, display) : '' })}
        testId="delete-scenario-dialog"
        submitLabel={t('scenario.delete.confirm')}
        danger
        onSubmit={remove}
        onClose={props.onClose}
      >
        <p>{t('scenario.delete.text')}</p>
      </DialogForm>
    </ModalDialog>
  );
}

/** Scenario › Switch to…: the scenarios by name, typed to narrow. */
export function SwitchScenarioDialog(props: { open: boolean; onClose: () => void }) {
  const t = useT();
  const display = useDisplay();
  const editor = useEditor();
  const stored = useWorkbenchState((s) => s.project.scenarios);
  const items = useMemo(
    (): PickerItem[] =>
      (stored?.list ?? []).map((scenario) => ({
        key: scenario.id,
        label: scenarioName(scenario, display),
        hint:
          scenario.id === stored?.activeId
            ? t('scenario.switchTo.onCanvas')
            : scenario.recommended
              ? `★ ${t('scenario.recommended')}`
              : undefined,
        choose: () => showScenario(editor, scenario.id),
      })),
    [stored, display, t, editor],
  );
  return (
    <PickerDialog
      open={props.open}
      onClose={props.onClose}
      title={t('scenario.switchTo.title')}
      placeholder={t('scenario.switchTo.placeholder')}
      emptyText={t('scenario.switchTo.none')}
      items={items}
      testId="switch-scenario-dialog"
    />
  );
}
