import { parseProjectFile, type Project } from '../../shared/model';
import { loadSample } from '../../shared/samples';

export const CRASH_PROJECT_ID = 'crash-test';

const base = loadSample('specialised-sales', 'ru');

/**
 * Version N of the project the crash test saves: the rich sample with its functions repeated
 * to about 120, so that a write takes long enough to be interrupted in the middle.
 */
export function crashProject(version: number): Project {
  const functions = Array.from({ length: 20 }, (_, copy) =>
    base.functions.map((fn) => ({ ...fn, id: `${fn.id}-${copy}`, groupId: undefined })),
  ).flat();
  return {
    ...base,
    id: CRASH_PROJECT_ID,
    name: `v${version}`,
    functions,
    links: [],
    groups: [],
  };
}

/** The version a stored file holds; throws if it is not a valid project file. */
export function versionOf(json: unknown): number {
  const parsed = parseProjectFile(json);
  if (!parsed.ok) throw new Error(`invalid project: ${parsed.errors[0]?.message ?? ''}`);
  const match = /^v(\d+)$/.exec(parsed.project.name);
  if (!match?.[1]) throw new Error(`unexpected name ${parsed.project.name}`);
  return Number(match[1]);
}
