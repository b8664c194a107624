/**
 * The process the crash test kills: it saves one project in a loop through the desktop back
 * end, announcing each version on stdout before ("begin N") and after ("done N") the save.
 * It continues from the version it finds, so that every kill interrupts a fresh save.
 *
 *     tsx test/crash/saver-child.ts <projects folder>
 */
import { readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ProjectFiles } from '../../electron/main/storage/project-files';
import { createLibrary } from '../../shared/port/library';
import { crashProject, CRASH_PROJECT_ID, versionOf } from './crash-project';

const argument = process.argv[2];
if (!argument) throw new Error('usage: saver-child <folder>');
const folder = argument;

const store = new Map<string, unknown>();
const files = new ProjectFiles({
  folder,
  store,
  now: () => new Date(),
});
const library = createLibrary(files, { now: () => new Date(), newId: () => 'unused' });

function storedVersion(): number {
  try {
    return versionOf(
      JSON.parse(readFileSync(join(folder, `${CRASH_PROJECT_ID}.ssw.json`), 'utf8')),
    );
  } catch {
    return 0;
  }
}

async function loop(): Promise<void> {
  for (let version = storedVersion() + 1; ; version += 1) {
    writeSync(1, `begin ${version}\n`);
    await library.saveProject(crashProject(version));
    writeSync(1, `done ${version}\n`);
  }
}

void loop();
