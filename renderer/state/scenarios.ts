import type { Display } from '../../shared/display';
import { useDisplay, useWorkbenchState } from './workbench-context';
import {
  BASELINE_SCENARIO_ID,
  findScenario,
  type Project,
  type Scenario,
} from '../../shared/model';

/** A scenario's name as shown: the baseline without a name of its own is "Current system". */
export function scenarioName(scenario: Pick<Scenario, 'id' | 'name'>, display: Display): string {
  const name = display.name(scenario.name);
  if (name || scenario.id !== BASELINE_SCENARIO_ID) return name;
  return display.text('scenario.baselineName');
}

/** The scenario differences are measured against: the one picked, or the baseline once it is gone. */
export function referenceScenarioOf(project: Project, pickedId: string): string {
  return findScenario(project, pickedId) ? pickedId : BASELINE_SCENARIO_ID;
}

/**
 * "Scenario: …" for the scenario on the canvas, with "★ recommended" when it is; undefined for a
 * project that has no variants (it is its design alone, nothing to tell apart).
 */
export function useScenarioCaption(): string | undefined {
  const display = useDisplay();
  const set = useWorkbenchState((s) => s.project.scenarios);
  if (!set || set.list.length < 2) return undefined;
  const active = set.list.find((scenario) => scenario.id === set.activeId);
  if (!active) return undefined;
  const name = scenarioName(active, display);
  const caption = display.text('scenario.status', { name });
  return active.recommended ? `${caption} ★ ${display.text('scenario.recommended')}` : caption;
}
