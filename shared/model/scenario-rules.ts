import { BASELINE_SCENARIO_ID } from './scenarios';

/** At most this many scenarios (the baseline included) in one project. */
export const MAX_SCENARIOS = 50;

export interface ScenarioEntryFacts {
  readonly id: string;
  readonly name: string;
  readonly recommended?: true | undefined;
}

interface ListIssue {
  readonly path: (string | number)[];
  readonly message: string;
}

/** How a scenario is named in a refusal: its name (or id) in quotes. */
export function scenarioLabel(entry: ScenarioEntryFacts): string {
  return `scenario "${entry.name === '' ? entry.id : entry.name}"`;
}

/**
 * The rules of a scenario list, the same in a file and in memory: the baseline first, ids used
 * once, the active one among them, at most one recommended. Paths are relative to the set.
 */
export function checkScenarioList(
  list: readonly ScenarioEntryFacts[],
  activeId: string,
  activeKey: 'active' | 'activeId',
): ListIssue[] {
  const issues: ListIssue[] = [];
  if (list[0] !== undefined && list[0].id !== BASELINE_SCENARIO_ID) {
    issues.push({
      path: ['list', 0, 'id'],
      message: `the first scenario is the baseline, with the id "${BASELINE_SCENARIO_ID}"`,
    });
  }
  const seen = new Set<string>();
  let recommended: ScenarioEntryFacts | undefined;
  list.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      issues.push({
        path: ['list', index, 'id'],
        message: `${scenarioLabel(entry)}: the id "${entry.id}" is used twice`,
      });
    }
    seen.add(entry.id);
    if (entry.recommended) {
      if (recommended) {
        issues.push({
          path: ['list', index, 'recommended'],
          message: `${scenarioLabel(entry)}: only one scenario can be recommended, and ${scenarioLabel(recommended)} is`,
        });
      }
      recommended ??= entry;
    }
  });
  if (!seen.has(activeId)) {
    issues.push({ path: [activeKey], message: `no scenario with id "${activeId}" to be active` });
  }
  return issues;
}
