import { translate } from '../../shared/i18n';
import { LANGUAGES, type Language } from '../../shared/i18n/language';
import { chooseScenarios, scenarioSetOf, type Project, type Scenario } from '../../shared/model';
import { scenarioName, wordsFor } from '../../shared/report';

/**
 * The scenarios named by `--scenario` (repeatable) in either command-line program, in the
 * project's order, every one when none is named; or the message that lists the project's
 * scenarios when a name matches none (the programs exit with code 2).
 */
export function scenariosFromArgs(
  project: Project,
  keys: readonly string[],
  language: Language,
):
  | { readonly ok: true; readonly list: readonly Scenario[] }
  | { readonly ok: false; readonly message: string } {
  const set = scenarioSetOf(project);
  const baselineNames = LANGUAGES.map((lang) => translate(lang, 'scenario.baselineName'));
  const choice = chooseScenarios(set, keys, baselineNames);
  if (choice.ok) return choice;
  const known = set.list
    .map((scenario) => `  ${shownScenarioName(project, scenario, language)} (id ${scenario.id})`)
    .join('\n');
  const asked = choice.unknown.map((key) => JSON.stringify(key)).join(', ');
  return { ok: false, message: `Unknown scenario ${asked}. The project's scenarios:\n${known}` };
}

/** A scenario's name as the report and the analysis show it. */
export function shownScenarioName(
  project: Project,
  scenario: Scenario,
  language: Language,
): string {
  return scenarioName(wordsFor(language, project.currency), scenario);
}
