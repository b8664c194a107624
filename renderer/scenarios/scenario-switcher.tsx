import { Check, ChevronDown, Diff, Star } from 'lucide-react';
import { useStore } from 'zustand';
import { BASELINE_SCENARIO_ID, findScenario, scenarioSetOf } from '../../shared/model';
import { commandById, type CommandName } from '../commands/commands';
import { showScenario } from '../commands/scenario-commands';
import { useCommands } from '../commands/use-commands';
import { referenceScenarioOf, scenarioName } from '../state/scenarios';
import { useDisplay, useEditor, useT, useWorkbenchState } from '../state/workbench-context';
import { useMenuButton } from '../ui-kit/use-menu-button';
import './scenarios.css';

/** The actions under the list of scenarios, all of them commands. */
const ACTIONS: readonly CommandName[] = [
  'scenario.new',
  'scenario.rename',
  'scenario.delete',
  'scenario.recommend',
  'scenario.compare',
  'scenario.differences',
];

/**
 * The toolbar's scenario switcher, a menu button (ui-kit/useMenuButton): it names the scenario on
 * the canvas (a ★ when it is the recommended one, the word said to a screen reader) and opens the list of
 * scenarios, to switch at once, with the scenario actions below it.
 */
export function ScenarioSwitcher() {
  const t = useT();
  const display = useDisplay();
  const editor = useEditor();
  const stored = useWorkbenchState((s) => s.project.scenarios);
  const readOnly = useWorkbenchState((s) => s.openElsewhere);
  const { states, perform } = useCommands();
  const { open, close, buttonProps, menuProps } = useMenuButton();
  // `stored` keeps this reactive; a project without scenarios is its baseline alone.
  const set = stored ?? scenarioSetOf(editor.store.getState().project);
  const active = set.list.find((scenario) => scenario.id === set.activeId) ?? set.list[0];
  const activeName = active ? scenarioName(active, display) : '';
  const recommended = active?.recommended === true;

  const choose = (id: string) => {
    close();
    if (id !== set.activeId) showScenario(editor, id);
  };
  const run = (id: CommandName) => {
    if (!states[id]?.enabled) return;
    close();
    perform(id);
  };
  const actionLabel = (id: CommandName) => {
    if (id === 'scenario.recommend') {
      return t(
        recommended ? 'scenario.switcher.unmarkRecommended' : 'scenario.switcher.markRecommended',
      );
    }
    return t(commandById(id).labelKey);
  };
  const actionNote = (id: CommandName) => {
    if (id === 'scenario.delete' && set.activeId === BASELINE_SCENARIO_ID) {
      return t('scenario.switcher.baselineStays');
    }
    return undefined;
  };

  return (
    <div className="scenario-switcher">
      <button
        {...buttonProps}
        type="button"
        className="toolbar-button scenario-button"
        title={t('scenario.switcher.label', { name: activeName })}
        data-testid="scenario-switcher"
      >
        {/* The name is the text shown, "Scenario:" first for a screen reader. */}
        <span className="visually-hidden">{t('scenario.switcher.prefix')} </span>
        <span className="scenario-button-name">{activeName}</span>
        {/* The word is hidden here, where the name needs the room; the menu and the status bar show it. */}
        {recommended && (
          <span className="scenario-recommended">
            <Star size={14} aria-hidden="true" fill="currentColor" />
            <span className="visually-hidden">{t('scenario.recommended')}</span>
          </span>
        )}
        <ChevronDown size={16} aria-hidden="true" />
      </button>
      {open && (
        <ul
          {...menuProps}
          className="menu-popup scenario-menu"
          aria-label={t('scenario.switcher.menu')}
        >
          {readOnly && (
            <li role="none" className="scenario-menu-note">
              {t('scenario.switcher.readOnly')}
            </li>
          )}
          {set.list.map((scenario) => {
            const name = scenarioName(scenario, display);
            const isActive = scenario.id === set.activeId;
            return (
              <li key={scenario.id} role="none">
                <button
                  type="button"
                  role="menuitemradio"
                  aria-checked={isActive}
                  aria-disabled={readOnly && !isActive ? true : undefined}
                  tabIndex={-1}
                  className="menu-item"
                  onClick={() => (readOnly && !isActive ? undefined : choose(scenario.id))}
                >
                  <span className="menu-check" aria-hidden="true">
                    {isActive && <Check size={16} />}
                  </span>
                  <span className="scenario-menu-name">{name}</span>
                  {scenario.recommended && (
                    <span className="scenario-recommended">
                      <Star size={14} aria-hidden="true" fill="currentColor" />
                      {t('scenario.recommended')}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
          <li role="separator" className="menu-separator" />
          {ACTIONS.map((id) => {
            const enabled = states[id]?.enabled ?? false;
            const note = actionNote(id);
            const checkbox = id === 'scenario.differences';
            return (
              <li key={id} role="none">
                <button
                  type="button"
                  role={checkbox ? 'menuitemcheckbox' : 'menuitem'}
                  aria-checked={checkbox ? (states[id]?.checked ?? false) : undefined}
                  aria-disabled={enabled ? undefined : true}
                  tabIndex={-1}
                  className="menu-item"
                  title={note}
                  onClick={() => run(id)}
                >
                  <span className="menu-check" aria-hidden="true">
                    {checkbox && states[id]?.checked && <Check size={16} />}
                  </span>
                  <span className="scenario-menu-name">
                    {actionLabel(id)}
                    {note && !enabled && <span className="scenario-menu-hint">{note}</span>}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** The toolbar's toggle of the canvas's differences overlay, naming the reference it measures against. */
export function DifferencesToggle() {
  const t = useT();
  const display = useDisplay();
  const editor = useEditor();
  const { states, perform } = useCommands();
  const picked = useStore(editor.view, (view) => view.referenceScenarioId);
  const referenceName = useWorkbenchState((s) => {
    const id = referenceScenarioOf(s.project, picked);
    return scenarioName(findScenario(s.project, id) ?? { id, name: '' }, display);
  });
  const state = states['scenario.differences'];
  const label = t('scenario.diff.toggle', { name: referenceName });
  return (
    <button
      type="button"
      className="toolbar-button"
      data-command="scenario.differences"
      aria-label={label}
      aria-pressed={state?.checked ?? false}
      title={label}
      disabled={!state?.enabled}
      onClick={() => perform('scenario.differences')}
    >
      <Diff size={18} aria-hidden="true" />
    </button>
  );
}
