import { describe, expect, it } from 'vitest';
import { shallow } from 'zustand/shallow';
import { EMPTY_VIEW, reconcileNodes } from '../../../renderer/canvas/flow-elements';
import { cardSlice } from '../../../renderer/canvas/function-node';
import { checksOfFunction } from '../../../renderer/state/derived';
import { EMPTY_SELECTION, type WorkbenchState } from '../../../renderer/state/store';
import {
  BASELINE_SCENARIO_ID,
  createScenario,
  parseProjectFile,
  switchScenario,
  updateFunction,
  type Project,
} from '../../../shared/model';
import { projectFileText } from '../../../shared/port/project-file';
import { bigProject } from '../../fixtures/big-project';
import { testEditor } from '../commands/editor-fixture';

/**
 * The rule that keeps a scenario switch as cheap as an edit: a card redraws when what it shows
 * changed, whatever replaced the design. Cards compare their slice value by value
 * (useWorkbenchSlice), so a card whose slice is shallow-equal to the one it showed is skipped.
 */

/** The baseline and a variant that renames two functions, as the app opens it from a file. */
function projectWithVariant(): Project {
  // Six people each work in a sixth of the functions: their findings name all of those.
  let project: Project = bigProject(60, 'en', false);
  project = createScenario(project, {
    id: 'variant',
    name: 'Variant',
    fromId: BASELINE_SCENARIO_ID,
    baselineName: 'Current system',
  });
  project = updateFunction(project, 'fn-6', { name: 'Renamed in the variant' });
  project = updateFunction(project, 'fn-13', { name: 'Also renamed' });
  const parsed = parseProjectFile(
    JSON.parse(projectFileText(switchScenario(project, BASELINE_SCENARIO_ID))),
  );
  if (!parsed.ok) throw new Error('the project does not read back');
  return parsed.project;
}

type Slices = ReadonlyMap<string, ReturnType<typeof cardSlice>>;

function slicesOf(state: WorkbenchState): Slices {
  return new Map(state.project.functions.map((fn) => [fn.id, cardSlice(state, fn.id)]));
}

/** The cards whose slice is not shallow-equal to the one before: the ones that redraw. */
function redrawn(before: Slices, after: Slices): string[] {
  return [...after].flatMap(([id, slice]) => {
    const old = before.get(id);
    return old && shallow(old, slice) ? [] : [id];
  });
}

describe('cards after the design is replaced', () => {
  it('a scenario switch, and an undo across it, redraw only the cards that differ', () => {
    const { editor } = testEditor(projectWithVariant());
    const { store } = editor;
    const baseline = slicesOf(store.getState());

    store.getState().edit((project) => switchScenario(project, 'variant'));
    const variant = slicesOf(store.getState());
    expect(redrawn(baseline, variant)).toEqual(['fn-6', 'fn-13']);

    store.temporal.getState().undo();
    expect(redrawn(variant, slicesOf(store.getState()))).toEqual(['fn-6', 'fn-13']);
  });

  it('a switch that moves no card hands React Flow the very same nodes', () => {
    const baseline = projectWithVariant();
    const variant = switchScenario(baseline, 'variant');
    // Read from the file, the renamed functions hold their positions in objects of their own.
    const renamed = (p: Project) => p.functions.find((fn) => fn.id === 'fn-6')?.position;
    expect(renamed(variant)).not.toBe(renamed(baseline));
    const nodes = reconcileNodes(baseline, EMPTY_SELECTION, 'detailed', EMPTY_VIEW);
    expect(reconcileNodes(variant, EMPTY_SELECTION, 'detailed', EMPTY_VIEW)).toBe(nodes);
  });

  it('a card whose findings change only in wording is not redrawn; the checks panel has them', () => {
    const state = testEditor(projectWithVariant()).editor.store.getState();
    const switched = { ...state, project: switchScenario(state.project, 'variant') };
    // fn-0 shares a person with fn-6: the finding lists fn-6 by its new name; the card shows
    // the severity alone, which is as it was.
    expect(checksOfFunction(switched.project, 'fn-0')).not.toEqual(
      checksOfFunction(state.project, 'fn-0'),
    );
    expect(shallow(cardSlice(state, 'fn-0'), cardSlice(switched, 'fn-0'))).toBe(true);
  });
});
