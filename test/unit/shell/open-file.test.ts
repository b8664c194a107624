import { describe, expect, it } from 'vitest';
import { createFileOpener } from '../../../electron/main/open-file';
import { CANCELLED, type PathRead } from '../../../electron/main/project-reader';
import { RendererRelay } from '../../../electron/main/renderer-relay';
import { FILE_OPENING_CHANNEL, OPEN_PROJECT_CHANNEL } from '../../../shared/port/contract';
import type { ImportOutcome } from '../../../shared/port/contract';
import { blankProject } from './fixtures';

/** A read the test finishes when it likes, as a worker does after a while. */
function pendingRead() {
  let finish: (read: PathRead | typeof CANCELLED) => void = () => undefined;
  const promise = new Promise<PathRead | typeof CANCELLED>((resolve) => (finish = resolve));
  return { promise, finish };
}

const readOf = (name: string): PathRead => ({
  status: 'read',
  outcome: { ok: true, project: { ...blankProject(1, name), id: name } },
});

function opener() {
  const reads = new Map<string, ReturnType<typeof pendingRead>>();
  const events: string[] = [];
  const files = createFileOpener({
    library: {
      importRead: async (read): Promise<ImportOutcome> => {
        if (!read.ok) return read;
        events.push(`import ${read.project.name}`);
        const summary = { id: read.project.id, name: read.project.name } as never;
        return { ok: true, summary, alreadyPresent: false };
      },
    },
    read: (path) => {
      const read = pendingRead();
      reads.set(path, read);
      events.push(`read ${path}`);
      return read.promise;
    },
    language: () => 'en',
    open: async (id) => void events.push(`open ${id}`),
    showError: (message) => void events.push(`error ${message}`),
    opening: (file) => void events.push(`opening ${file ?? '-'}`),
  });
  /** Waits until the opener has asked for `path`. */
  const asked = async (path: string) => {
    while (!reads.has(path)) await new Promise((resolve) => setImmediate(resolve));
    return reads.get(path) ?? pendingRead();
  };
  return { files, events, asked };
}

describe('opening files handed over by the OS (desktop main process)', () => {
  it('queues a file handed over while another is being read, and opens both in order', async () => {
    const { files, events, asked } = opener();
    const first = files.openAll(['/a/slow.ssw.json']);
    const slow = await asked('/a/slow.ssw.json');
    // A second start hands over another file meanwhile: it waits, it is not dropped.
    const second = files.openAll(['/b/quick.ssw.json']);
    expect(events).toEqual(['opening slow.ssw.json', 'read /a/slow.ssw.json']);
    slow.finish(readOf('slow'));
    await first;
    (await asked('/b/quick.ssw.json')).finish(readOf('quick'));
    await second;
    expect(events).toEqual([
      'opening slow.ssw.json',
      'read /a/slow.ssw.json',
      'opening -',
      'import slow',
      'open slow',
      'opening quick.ssw.json',
      'read /b/quick.ssw.json',
      'opening -',
      'import quick',
      'open quick',
    ]);
  });

  it('imports and opens nothing, and says nothing, for a read the user cancelled', async () => {
    const { files, events, asked } = opener();
    const done = files.openAll(['/a/big.ssw.json', '/a/next.ssw.json']);
    (await asked('/a/big.ssw.json')).finish(CANCELLED);
    (await asked('/a/next.ssw.json')).finish({ status: 'unreadable' });
    await done;
    expect(events.filter((event) => /^(import|open|error) /.test(event))).toEqual([
      expect.stringMatching(/^error The file “next\.ssw\.json” could not be opened/),
    ]);
    expect(events.filter((event) => event === 'opening -')).toHaveLength(2);
  });
});

describe('what main tells the renderer about files from the OS', () => {
  it('holds the file being read and the project to open until the renderer listens', () => {
    const sent: [string, string | null][] = [];
    const relay = new RendererRelay((channel, value) => void sent.push([channel, value]));
    relay.opening('plan.ssw.json');
    relay.openProject('earlier');
    expect(sent).toEqual([]);
    relay.listening();
    expect(sent).toEqual([
      [FILE_OPENING_CHANNEL, 'plan.ssw.json'],
      [OPEN_PROJECT_CHANNEL, 'earlier'],
    ]);
    relay.opening(undefined);
    relay.openProject('plan');
    expect(sent.slice(2)).toEqual([
      [FILE_OPENING_CHANNEL, null],
      [OPEN_PROJECT_CHANNEL, 'plan'],
    ]);
    // A reload: nothing is sent into the void, and the new page hears only what is current.
    relay.deaf();
    relay.openProject('later');
    relay.listening();
    expect(sent.slice(4)).toEqual([[OPEN_PROJECT_CHANNEL, 'later']]);
  });
});
