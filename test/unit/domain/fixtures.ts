import { createBlankProject, type Project, type SalesFunction } from '../../../shared/model';

/** A minimal valid function; tests override what they exercise. */
export function fnFixture(overrides: Partial<SalesFunction> = {}): SalesFunction {
  return {
    id: 'fn-1',
    typeId: 'custom',
    name: 'Function',
    purpose: '',
    description: '',
    status: 'idea',
    position: { x: 0, y: 0 },
    steps: [],
    roles: [],
    assignments: [],
    lines: [],
    tools: [],
    kpis: [],
    financialGoal: {},
    ...overrides,
  };
}

/** A valid project holding `functions`, plus any other fields given. */
export function projectFixture(
  functions: SalesFunction[] = [],
  overrides: Partial<Project> = {},
): Project {
  return {
    ...createBlankProject({
      id: 'project-1',
      name: 'Test',
      now: '2026-11-26T10:00:00.000Z',
      language: 'en',
    }),
    functions,
    ...overrides,
  };
}

/** The value, or a test failure when it is missing (instead of a non-null assertion). */
export function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}
