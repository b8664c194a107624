import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProject, FunctionAnalysisCache } from '../../../shared/analysis';
import { FunctionChecksCache, runChecks } from '../../../shared/checks';
import type { Project } from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import { projectArb } from './arbitraries';
import { defined } from './fixtures';

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** One edit of the kinds the editor makes: rename a function, or change a project setting. */
const editArb = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), index: fc.nat(), name: fc.string() }),
  fc.record({ kind: fc.constant('hours' as const), hours: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant('unlink' as const) }),
  fc.record({ kind: fc.constant('dropPeople' as const) }),
);

function applyEdit(project: Project, edit: Edit): Project {
  switch (edit.kind) {
    case 'rename': {
      if (project.functions.length === 0) return project;
      const at = edit.index % project.functions.length;
      return {
        ...project,
        functions: project.functions.map((fn, i) => (i === at ? { ...fn, name: edit.name } : fn)),
      };
    }
    case 'hours':
      return { ...project, settings: { ...project.settings, contractedHoursPerWeek: edit.hours } };
    case 'unlink':
      return { ...project, links: project.links.slice(1) };
    case 'dropPeople':
      return { ...project, people: [] };
  }
}
type Edit =
  | { kind: 'rename'; index: number; name: string }
  | { kind: 'hours'; hours: number }
  | { kind: 'unlink' }
  | { kind: 'dropPeople' };

describe('incremental analysis and checks', () => {
  it('give exactly what a fresh run gives, after any edit', () => {
    fc.assert(
      fc.property(projectArb, editArb, (project, edit) => {
        const analyses = new FunctionAnalysisCache();
        const checks = new FunctionChecksCache();
        runChecks(project, analyzeProject(project, analyses), checks);

        const edited = applyEdit(project, edit);
        const incremental = analyzeProject(edited, analyses);
        const fresh = analyzeProject(edited);
        expect(json(incremental)).toEqual(json(fresh));
        expect(json(runChecks(edited, incremental, checks))).toEqual(
          json(runChecks(edited, fresh)),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('keep the objects of the functions an edit did not touch', () => {
    const project = loadSample('specialised-sales', 'en');
    const analyses = new FunctionAnalysisCache();
    const checks = new FunctionChecksCache();
    const first = analyzeProject(project, analyses);
    const firstChecks = runChecks(project, first, checks);

    const edited = applyEdit(project, { kind: 'rename', index: 0, name: 'Renamed' });
    const second = analyzeProject(edited, analyses);
    const secondChecks = runChecks(edited, second, checks);

    const [touched, ...untouched] = edited.functions;
    expect(second.byFunctionId.get(defined(touched).id)).not.toBe(
      first.byFunctionId.get(defined(touched).id),
    );
    for (const fn of untouched) {
      expect(second.byFunctionId.get(fn.id)).toBe(first.byFunctionId.get(fn.id));
    }
    // The untouched functions' findings are the very same objects.
    const own = (list: typeof firstChecks, id: string) =>
      list.filter((c) => c.target.kind === 'function' && c.target.id === id);
    for (const fn of untouched) {
      const before = own(firstChecks, fn.id);
      const after = own(secondChecks, fn.id);
      expect(after).toHaveLength(before.length);
      after.forEach((check, i) => expect(check).toBe(before[i]));
    }
  });
});
