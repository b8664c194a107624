import { createBlankProject, type Project } from '../../../shared/model';

/** A valid project; `n` makes ids and names distinct. */
export function blankProject(n = 1, name = `Design ${n}`): Project {
  return createBlankProject({
    id: `project-${n}`,
    name,
    now: '2026-11-26T10:00:00.000Z',
    language: 'en',
  });
}
