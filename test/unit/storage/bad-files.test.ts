import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSample } from '../../../shared/samples';
import type { ImportOutcome } from '../../../shared/port/contract';
import { projectFileText } from '../../../shared/port/project-file';
import { blankProject } from '../shell/fixtures';
import { desktopBackEnd } from './back-ends';

const valid = JSON.parse(projectFileText({ ...loadSample('key-accounts', 'en'), id: 'imported' }));
const text = (value: unknown) => JSON.stringify(value);

/** Files a user might be handed: each is refused with a reason, or loaded safely. */
const REFUSED: readonly [string, string | (() => string), string][] = [
  ['truncated', () => text(valid).slice(0, 900), 'not-json'],
  ['NUL bytes', '{"schemaVersion":2,\u0000\u0000"id":"x"}', 'not-json'],
  ['only NUL bytes', '\u0000'.repeat(1000), 'not-json'],
  ['empty', '   \n', 'empty'],
  ['an array', '[]', 'invalid'],
  ['a number', '42', 'invalid'],
  ['wrong types', () => text({ ...valid, name: 17, functions: 'many' }), 'invalid'],
  [
    'a negative FTE',
    () =>
      text({
        ...valid,
        functions: [
          { ...valid.functions[0], roles: [{ ...valid.functions[0].roles[0], fte: -1 }] },
        ],
      }),
    'invalid',
  ],
  ['an unknown future version', () => text({ ...valid, schemaVersion: 3 }), 'newer-version'],
  ['no version', () => text({ ...valid, schemaVersion: undefined }), 'invalid'],
  ['a __proto__ key', '{"schemaVersion":2,"__proto__":{"isAdmin":true}}', 'invalid'],
  [
    'a nested constructor key',
    () => text({ ...valid, people: [{ constructor: { prototype: 1 } }] }),
    'invalid',
  ],
  [
    'a dangling reference',
    () => text({ ...valid, functions: [{ ...valid.functions[0], ownerPersonId: 'nobody' }] }),
    'invalid',
  ],
  ['an id that names a path', () => text({ ...valid, id: '../../etc/passwd' }), 'invalid'],
  ['50 MB of junk', () => 'x'.repeat(50 * 1024 * 1024), 'not-json'],
  ['61 MB of valid-looking JSON', () => `{"pad":"${'a'.repeat(61 * 1024 * 1024)}"}`, 'too-large'],
  ['deeply nested arrays', () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'invalid'],
];

describe('a corpus of bad project files', () => {
  const backEnd = desktopBackEnd();
  const { api } = backEnd;
  let before: unknown;
  beforeAll(async () => {
    await api.saveProject(blankProject(1, 'Already here'));
    before = await api.listProjects();
  });
  afterAll(() => backEnd.cleanup());

  it.each(REFUSED)('refuses %s, saying why, touching nothing', async (_name, content, kind) => {
    const file = typeof content === 'function' ? content() : content;
    const outcome: ImportOutcome = await api.importProject(file);
    expect(outcome).toMatchObject({ ok: false, problem: { kind } });
    expect(!outcome.ok && outcome.problem.detail.length).toBeGreaterThan(0);
    expect(!outcome.ok && outcome.problem.detail.length).toBeLessThan(1000);
    expect(await api.listProjects()).toEqual(before);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('loads HTML and script in names as plain text, unchanged', async () => {
    const name = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const outcome = await api.importProject(text({ ...valid, name, company: '</td><b>x</b>' }));
    expect(outcome).toMatchObject({ ok: true, summary: { name, company: '</td><b>x</b>' } });
    const id = outcome.ok ? outcome.summary.id : '';
    expect((await api.openProject(id)).project.name).toBe(name);
  });

  it('loads a file with unknown extra keys, dropping them', async () => {
    const outcome = await api.importProject(text({ ...valid, id: 'extra', surprise: { a: 1 } }));
    expect(outcome).toMatchObject({ ok: true });
    expect((await api.openProject('extra')).project).not.toHaveProperty('surprise');
  });
});
