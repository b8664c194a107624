import {
  activeScenarioId,
  BASELINE_SCENARIO_ID,
  findScenario,
  scenarioSetOf,
  setRecommendedScenario,
  switchScenario,
  type Project,
} from '../../shared/model';
import type { Editor, EditorState } from '../state/editor';
import { fromMenu } from './command';

/** Whether the project has a variant besides the baseline. */
export const hasVariants = (project: Project): boolean => scenarioSetOf(project).list.length > 1;

const withVariants = ({ doc }: EditorState) => hasVariants(doc.project);

/** Puts a scenario on the canvas: an edit, so one undo step, like any other. */
export function showScenario(editor: Editor, scenarioId: string): void {
  editor.store.getState().edit((project) => switchScenario(project, scenarioId));
}

/** The next (or, with -1, the previous) scenario in the list, round the end. */
function step(editor: Editor, by: 1 | -1): void {
  const { project } = editor.store.getState();
  const { list, activeId } = scenarioSetOf(project);
  const index = list.findIndex((scenario) => scenario.id === activeId);
  const next = list[(index + by + list.length) % list.length];
  if (next) showScenario(editor, next.id);
}

/** Scenario menu: variants of the design, switching between them and comparing them. */
export const SCENARIO_COMMANDS = [
  fromMenu('scenario.new', {
    perform: (editor) => editor.openDialog('newScenario'),
  }),
  fromMenu('scenario.switchTo', {
    enabled: withVariants,
    perform: (editor) => editor.openDialog('switchScenario'),
  }),
  fromMenu('scenario.next', { enabled: withVariants, perform: (editor) => step(editor, 1) }),
  fromMenu('scenario.previous', { enabled: withVariants, perform: (editor) => step(editor, -1) }),
  fromMenu('scenario.rename', {
    enabled: withVariants,
    perform: (editor) => editor.openDialog('renameScenario'),
  }),
  fromMenu('scenario.recommend', {
    enabled: withVariants,
    checked: ({ doc }) =>
      findScenario(doc.project, activeScenarioId(doc.project))?.recommended === true,
    perform: ({ store }) =>
      store.getState().edit((project) => {
        const active = activeScenarioId(project);
        const marked = findScenario(project, active)?.recommended === true;
        return setRecommendedScenario(project, marked ? undefined : active);
      }),
  }),
  fromMenu('scenario.delete', {
    // The baseline stays: the others are measured against it.
    enabled: ({ doc }) => activeScenarioId(doc.project) !== BASELINE_SCENARIO_ID,
    perform: (editor) => editor.openDialog('deleteScenario'),
  }),
  fromMenu('scenario.compare', {
    keepsDocument: true,
    enabled: withVariants,
    perform: (editor) => editor.openDialog('compareScenarios'),
  }),
  fromMenu('scenario.differences', {
    keepsDocument: true,
    enabled: withVariants,
    checked: ({ view }) => view.differencesShown,
    perform: ({ view }) => view.setState({ differencesShown: !view.getState().differencesShown }),
  }),
];
