import { describe, expect, it } from 'vitest';
import {
  addFunction,
  addGroup,
  addKpi,
  addLink,
  addPerson,
  addRole,
  addStep,
  assignPerson,
  duplicateFunctions,
  moveFunctions,
  moveStep,
  projectSchema,
  removeFunctions,
  removeGroup,
  removeLinks,
  removePerson,
  removeRole,
  renameProject,
  setFunctionPositions,
  setFunctionsGroup,
  unassignPerson,
  updateAssignment,
  updateDemand,
  updateFunction,
  updateLink,
  updateProjectInfo,
  updateStep,
  type Project,
} from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import { fnFixture, projectFixture, defined } from './fixtures';

const rich = () => loadSample('specialised-sales', 'en');
const valid = (project: Project) => expect(projectSchema.safeParse(project).success).toBe(true);
const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

describe('operations edit immutably', () => {
  it('never mutate their input (frozen projects) and keep untouched parts identical', () => {
    const project = deepFreeze(rich());
    const next = updateFunction(project, 'fn-support', { name: 'Help desk' });
    expect(next.functions[4]?.name).toBe('Help desk');
    expect(project.functions[4]?.name).toBe('Technical support');
    expect(next.functions[0]).toBe(project.functions[0]);
    expect(next.links).toBe(project.links);
  });

  it('return the same project when nothing changes', () => {
    const project = rich();
    expect(updateFunction(project, 'missing', { name: 'x' })).toBe(project);
    expect(moveFunctions(project, ['fn-support'], 0, 0)).toBe(project);
    expect(renameProject(project, project.name)).toBe(project);
    expect(removeFunctions(project, ['missing'])).toBe(project);
  });
});

describe('functions', () => {
  it('add, update, move, position and remove (with their links)', () => {
    let project = projectFixture();
    project = addFunction(project, fnFixture({ id: 'a' }));
    project = addFunction(project, fnFixture({ id: 'b', position: { x: 10, y: 10 } }));
    expect(addFunction(project, fnFixture({ id: 'a' }))).toBe(project);
    project = addLink(project, { id: 'l', from: 'a', to: 'b', kind: 'handoff', label: 'Leads' });
    project = moveFunctions(project, ['a', 'b'], 5, -5);
    expect(project.functions.map((f) => f.position)).toEqual([
      { x: 5, y: -5 },
      { x: 15, y: 5 },
    ]);
    project = setFunctionPositions(project, [{ id: 'a', position: { x: 100, y: 200 } }]);
    expect(project.functions[0]?.position).toEqual({ x: 100, y: 200 });
    project = removeFunctions(project, ['b']);
    expect(project.functions.map((f) => f.id)).toEqual(['a']);
    expect(project.links).toEqual([]);
    valid(project);
  });

  it('duplicate copies functions and the links between them under new ids', () => {
    let n = 0;
    const { project, newIds } = duplicateFunctions(
      rich(),
      ['fn-key-accounts', 'fn-support'],
      () => `copy-${++n}`,
      { x: 40, y: 40 },
    );
    expect(newIds).toEqual(['copy-1', 'copy-2']);
    expect(project.functions).toHaveLength(8);
    expect(project.functions[6]?.position).toEqual({ x: 600, y: 120 });
    expect(project.links.filter((l) => l.from === 'copy-1')).toEqual([
      expect.objectContaining({ id: 'copy-3', to: 'copy-2', kind: 'escalation' }),
    ]);
    valid(project);
  });

  it('demand can be set field by field and removed', () => {
    let project = updateDemand(rich(), 'fn-partners', { requestsPerHour: 3 });
    expect(project.functions[1]?.demand).toEqual({ requestsPerHour: 3 });
    project = updateDemand(project, 'fn-partners', undefined);
    expect(project.functions[1]?.demand).toBeUndefined();
  });
});

describe('lists inside a function', () => {
  it('add at a position, update, move and remove', () => {
    let project = rich();
    project = addStep(project, 'fn-support', { id: 'new', text: 'First' }, 0);
    expect(project.functions[4]?.steps[0]).toEqual({ id: 'new', text: 'First' });
    project = updateStep(project, 'fn-support', 'new', { text: 'Changed' });
    project = moveStep(project, 'fn-support', 'new', 99);
    expect(project.functions[4]?.steps.at(-1)).toEqual({ id: 'new', text: 'Changed' });
    project = addRole(project, 'fn-support', {
      id: 'r2',
      title: 'Lead',
      fte: 0.5,
      dedicated: false,
      handlesRequests: false,
    });
    project = addKpi(project, 'fn-support', {
      ...defined(defined(project.functions[4]).kpis[0]),
      id: 'k2',
    });
    expect(project.functions[4]?.kpis.map((k) => k.id)).toEqual(['k-response', 'k2']);
    valid(project);
  });

  it('removing a role unlinks the people assigned to it', () => {
    const project = removeRole(rich(), 'fn-key-accounts', 'r-support');
    const fn = defined(project.functions[0]);
    expect(fn.roles.map((r) => r.id)).toEqual(['r-kam']);
    expect(fn.assignments.map((a) => a.roleId)).toEqual(['r-kam', undefined, undefined]);
    valid(project);
  });
});

describe('links, groups, people', () => {
  it('a link needs two different existing functions', () => {
    const project = rich();
    expect(
      addLink(project, {
        id: 'x',
        from: 'fn-support',
        to: 'fn-support',
        kind: 'support',
        label: '',
      }),
    ).toBe(project);
    expect(
      addLink(project, { id: 'x', from: 'fn-support', to: 'nope', kind: 'support', label: '' }),
    ).toBe(project);
    const updated = updateLink(project, 'link-report', { kind: 'escalation', label: 'Weekly' });
    expect(updated.links.at(-1)).toMatchObject({ kind: 'escalation', label: 'Weekly' });
    expect(removeLinks(updated, ['link-report']).links).toHaveLength(5);
  });

  it('groups contain functions; removing a group ungroups them', () => {
    let project = addGroup(rich(), { id: 'g-new', name: 'New' });
    project = setFunctionsGroup(project, ['fn-events', 'fn-nurturing'], 'g-new');
    expect(project.functions.filter((f) => f.groupId === 'g-new').map((f) => f.id)).toEqual([
      'fn-nurturing',
      'fn-events',
    ]);
    expect(setFunctionsGroup(project, ['fn-events'], 'no-such-group')).toBe(project);
    project = removeGroup(project, 'g-new');
    expect(project.functions.filter((f) => f.groupId === undefined).map((f) => f.id)).toEqual([
      'fn-nurturing',
      'fn-events',
    ]);
    valid(project);
  });

  it('removing a person clears every reference to them', () => {
    const project = removePerson(rich(), 'p-kam');
    const fn = defined(project.functions[0]);
    expect(fn.ownerPersonId).toBeUndefined();
    expect(fn.financialGoal.ownerPersonId).toBeUndefined();
    expect(fn.kpis.map((k) => k.breach.ownerPersonId)).toEqual([undefined, undefined]);
    expect(fn.assignments.map((a) => a.personId)).toEqual(['p-support-1', 'p-support-2']);
    valid(project);
  });

  it('assignments of people from the project list', () => {
    let project = addPerson(rich(), { id: 'p-new', name: 'New', title: '' });
    project = assignPerson(project, 'fn-events', { personId: 'p-new', allocationPercent: 50 });
    expect(assignPerson(project, 'fn-events', { personId: 'ghost', allocationPercent: 50 })).toBe(
      project,
    );
    project = updateAssignment(project, 'fn-events', 'p-new', { allocationPercent: 20 });
    expect(project.functions[5]?.assignments.at(-1)).toEqual({
      personId: 'p-new',
      allocationPercent: 20,
    });
    project = unassignPerson(project, 'fn-events', 'p-new');
    expect(project.functions[5]?.assignments.map((a) => a.personId)).toEqual(['p-marketing']);
    valid(project);
  });

  it('project info', () => {
    const project = updateProjectInfo(rich(), {
      currency: 'EUR',
      settings: { contractedHoursPerWeek: 36 },
    });
    expect(project).toMatchObject({ currency: 'EUR', settings: { contractedHoursPerWeek: 36 } });
    expect(renameProject(project, 'Renamed').name).toBe('Renamed');
  });
});
