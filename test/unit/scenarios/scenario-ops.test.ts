import { describe, expect, it } from 'vitest';
import { designFigures, functionDifferences } from '../../../shared/compare';
import { evaluationOf } from '../../../shared/checks';
import {
  activeScenarioId,
  addFunction,
  BASELINE_SCENARIO_ID,
  createScenario,
  deleteScenario,
  designOf,
  renameScenario,
  scenarioProject,
  scenarioSetOf,
  setRecommendedScenario,
  switchScenario,
  updateFunction,
  type Project,
} from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import { defined, fnFixture } from '../domain/fixtures';

const sample = (): Project => loadSample('key-accounts', 'en');
const variant = (project: Project, id = 'v1', name = 'Support now') =>
  createScenario(project, { id, name, baselineName: 'As is' });

describe('scenario operations', () => {
  it('a project without scenarios is its baseline alone', () => {
    const project = sample();
    expect(activeScenarioId(project)).toBe(BASELINE_SCENARIO_ID);
    expect(scenarioSetOf(project, 'As is').list).toEqual([{ id: 'baseline', name: 'As is' }]);
    expect(designOf(project, BASELINE_SCENARIO_ID)?.functions).toBe(project.functions);
  });

  it('a new variant copies the design by reference and goes on the canvas', () => {
    const project = sample();
    const next = variant(project);
    expect(activeScenarioId(next)).toBe('v1');
    expect(next.functions).toBe(project.functions);
    const baseline = defined(next.scenarios?.list[0]);
    expect(baseline).toMatchObject({ id: 'baseline', name: 'As is' });
    expect(baseline.design?.functions).toBe(project.functions);
    expect(next.scenarios?.list[1]).toEqual({ id: 'v1', name: 'Support now' });
  });

  it('an edit in a variant leaves the baseline as it was; switching brings each back', () => {
    const project = variant(sample());
    const added = addFunction(project, fnFixture({ id: 'support', name: 'Technical support' }));
    expect(added.functions).toHaveLength(project.functions.length + 1);
    const back = switchScenario(added, BASELINE_SCENARIO_ID);
    expect(back.functions).toBe(project.functions);
    expect(back.scenarios?.list[0]?.design).toBeUndefined();
    expect(designOf(back, 'v1')?.functions).toBe(added.functions);
    const again = switchScenario(back, 'v1');
    expect(again.functions).toBe(added.functions);
  });

  it('keeps an absent presentation order absent and a set one with its scenario', () => {
    const project = variant(sample());
    const ordered = { ...project, presentationOrder: [defined(project.functions[0]).id] };
    const back = switchScenario(ordered, BASELINE_SCENARIO_ID);
    expect('presentationOrder' in back).toBe(false);
    expect(switchScenario(back, 'v1').presentationOrder).toEqual(ordered.presentationOrder);
  });

  it('renames, marks one recommended, deletes a variant but never the baseline', () => {
    let project = variant(variant(sample()), 'v2', 'Three specialists');
    project = renameScenario(project, 'v1', 'Support next year');
    project = setRecommendedScenario(project, 'v1');
    project = setRecommendedScenario(project, 'v2');
    expect(project.scenarios?.list.map((s) => [s.name, s.recommended ?? false])).toEqual([
      ['As is', false],
      ['Support next year', false],
      ['Three specialists', true],
    ]);
    expect(deleteScenario(project, BASELINE_SCENARIO_ID)).toBe(project);
    const deleted = deleteScenario(project, 'v2');
    expect(activeScenarioId(deleted)).toBe(BASELINE_SCENARIO_ID);
    expect(deleted.scenarios?.list.map((s) => s.id)).toEqual(['baseline', 'v1']);
    expect(deleted.functions).toEqual(sample().functions);
  });

  it('gives each scenario as a plain project, the same object while nothing changed', () => {
    const project = addFunction(variant(sample()), fnFixture({ id: 'support' }));
    expect(scenarioProject(project, 'v1')).toBe(project);
    const baseline = defined(scenarioProject(project, BASELINE_SCENARIO_ID));
    expect(baseline.scenarios).toBeUndefined();
    expect(baseline.functions).toHaveLength(project.functions.length - 1);
    expect(scenarioProject(project, BASELINE_SCENARIO_ID)).toBe(baseline);
    const renamed = { ...project, name: 'Another name' };
    const again = defined(scenarioProject(renamed, BASELINE_SCENARIO_ID));
    expect(again).not.toBe(baseline);
    expect(again.name).toBe('Another name');
    expect(scenarioProject(project, 'nope')).toBeUndefined();
  });
});

describe('comparing scenarios', () => {
  it('names added, removed and changed functions and what changed', () => {
    const project = variant(loadSample('specialised-sales', 'en'));
    const [first, second] = project.functions;
    let edited = addFunction(project, fnFixture({ id: 'support', name: 'Technical support' }));
    edited = updateFunction(edited, defined(first).id, { name: 'Key accounts, renamed' });
    edited = { ...edited, functions: edited.functions.filter((fn) => fn.id !== second?.id) };
    const reference = defined(scenarioProject(edited, BASELINE_SCENARIO_ID));
    const differences = functionDifferences(reference, edited);
    expect(differences.map((d) => [d.functionId, d.kind])).toEqual([
      [defined(first).id, 'changed'],
      ['support', 'added'],
      [defined(second).id, 'removed'],
    ]);
    expect(differences[0]?.aspects).toContain('identity');
    expect(functionDifferences(reference, reference)).toEqual([]);
  });

  it('does not count a moved card as a change', () => {
    const project = variant(sample());
    const fn = defined(project.functions[0]);
    const moved = {
      ...project,
      functions: project.functions.map((f) =>
        f.id === fn.id ? { ...f, position: { x: f.position.x + 40, y: f.position.y } } : f,
      ),
    };
    const reference = defined(scenarioProject(moved, BASELINE_SCENARIO_ID));
    expect(functionDifferences(reference, moved)).toEqual([]);
  });

  it('gives the decision figures of a scenario, hire never below zero', () => {
    const { analysis, checks } = evaluationOf(sample());
    const figures = designFigures(analysis, checks);
    expect(figures.functions).toBe(sample().functions.length);
    expect(figures.hireFte).toBeGreaterThanOrEqual(0);
    expect(figures.requiredFte).toBeGreaterThanOrEqual(figures.fte);
    expect(figures.monthlyCostMinor).toBe(analysis.totals.atRequiredStaff.runMonthlyMinor);
  });
});
