import { createFunction } from '../../../shared/catalog';
import { addFunction, createBlankProject, type Project } from '../../../shared/model';
import type { WorkbenchPort } from '../../../shared/port/contract';
import { DEFAULT_SETTINGS } from '../../../shared/port/settings';
import { Editor } from '../../../renderer/state/editor';
import { createNavigation } from '../../../renderer/state/navigation';
import type { Saver } from '../../../renderer/state/persistence';
import { createWorkbenchStore } from '../../../renderer/state/store';

/** A project with `count` functions at (0,0), (200,0), … */
export function projectWith(count: number): Project {
  let next = 0;
  const newId = () => `id-${++next}`;
  let project = createBlankProject({
    id: 'p',
    name: 'Test',
    now: '2026-01-01T00:00:00.000Z',
    language: 'en',
  });
  for (let index = 0; index < count; index++) {
    project = addFunction(
      project,
      createFunction({
        typeId: 'key-accounts',
        id: `fn-${index + 1}`,
        position: { x: index * 200, y: 0 },
        language: 'en',
        currency: project.currency,
        newId,
      }),
    );
  }
  return project;
}

/**
 * An editor in Node: a real store and history; a port and a saver that only record calls (the
 * commands under test do not store anything).
 */
export function testEditor(project: Project = projectWith(2)) {
  const clock = { now: 0 };
  const saves: string[] = [];
  const settings: unknown[] = [];
  // Only what the commands under test call; a call to anything else fails the test loudly.
  const port = {
    edition: 'browser',
    updateSettings: async (patch: unknown) => void settings.push(patch),
  } as unknown as WorkbenchPort;
  const saver = {
    save: async () => {
      saves.push(project.id);
      return true;
    },
  } as unknown as Saver;
  const store = createWorkbenchStore({ project, stored: true, settings: DEFAULT_SETTINGS });
  const editor = new Editor({
    store,
    port,
    saver,
    navigation: createNavigation(),
    now: () => clock.now,
  });
  return { editor, clock, saves, settings };
}
