import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../../electron/main/headless-export';
import { REPORT_DATE, withSupportVariant } from './fixtures';
import { readPdf } from './pdf-tools';

const SAMPLE = resolve('shared/samples/key-accounts.ru.json');
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'report-cli-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runExport(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: folder,
    now: () => new Date(REPORT_DATE),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run export', () => {
  it('writes the PDF, and nothing else, into the output folder', async () => {
    const result = await run(SAMPLE, '--out', 'ka.pdf', '--lang', 'en');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain(join(folder, 'ka.pdf'));
    const bytes = await readFile(join(folder, 'ka.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await readdir(folder)).toEqual(['ka.pdf']);
  });

  it('says clearly when the project file is missing', async () => {
    const result = await run('no-such-project.json', '--out', 'x.pdf');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /Cannot read the project file .*no-such-project\.json: the file does not exist/,
    );
  });

  it('says clearly when the file is not JSON, or not a valid project, and where', async () => {
    await writeFile(join(folder, 'broken.json'), '{ "name": ');
    const broken = await run('broken.json', '--out', 'x.pdf');
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('is not valid JSON');

    const project = JSON.parse(await readFile(SAMPLE, 'utf8')) as {
      functions: { roles: { fte: unknown }[] }[];
    };
    const role = project.functions[0]?.roles[0];
    if (role) role.fte = 'three';
    await writeFile(join(folder, 'invalid.json'), JSON.stringify(project));
    const invalid = await run('invalid.json', '--out', 'x.pdf');
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain('is not a valid project');
    expect(invalid.err).toContain('$.functions[0].roles[0].fte');
    expect(await readdir(folder)).not.toContain('x.pdf');
  });

  it('explains its usage on wrong arguments', async () => {
    for (const argv of [
      [],
      [SAMPLE],
      [SAMPLE, '--out', 'x.pdf', '--lang', 'de'],
      [SAMPLE, '--bogus'],
    ]) {
      const result = await run(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err).toContain('Usage: npm run export -- <project-file> --out <file.pdf>');
    }
  });

  it('exits non-zero as a program when the project file is missing', async () => {
    const tsx = resolve('node_modules/.bin/tsx');
    const failure = await promisify(execFile)(tsx, [
      'electron/cli/export.ts',
      'missing.json',
      '--out',
      join(folder, 'y.pdf'),
    ]).then(
      () => undefined,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('the file does not exist');
  });
});

describe('npm run export --scenario', () => {
  // Until the file format carries scenarios, the project comes from memory, made with the ops.
  const project = withSupportVariant('en');
  const read = () => Promise.resolve({ ok: true as const, project });
  const COMPARISON = 'Scenarios compared';

  async function exportWith(...scenarioArgs: string[]) {
    const err: string[] = [];
    const output = join(folder, 'scenarios.pdf');
    await rm(output, { force: true });
    const code = await runExport(
      ['variants.json', '--out', output, '--lang', 'en', ...scenarioArgs],
      {
        out: () => undefined,
        err: (line) => err.push(line),
        cwd: folder,
        now: () => new Date(REPORT_DATE),
      },
      read,
    );
    const text =
      code === 0 ? (await readPdf(new Uint8Array(await readFile(output)))).pages.join('\n') : '';
    return { code, err: err.join('\n'), text };
  }

  it('puts every scenario in by default, with the comparison', async () => {
    const all = await exportWith();
    expect(all.code).toBe(0);
    expect(all.text).toContain(COMPARISON);
    expect(all.text).toContain('Scenario “Current system”');
    expect(all.text).toContain('Scenario “With technical support”, recommended');
  });

  it('takes scenarios by name (the baseline by its name in either language) or by id', async () => {
    const one = await exportWith('--scenario', 'With technical support');
    expect(one.code).toBe(0);
    expect(one.text).not.toContain(COMPARISON);
    expect(one.text).toContain('Key accounts · With technical support');
    for (const baseline of ['Current system', 'Текущая система', 'baseline']) {
      const result = await exportWith('--scenario', baseline);
      expect(result.code, baseline).toBe(0);
      expect(result.text).toContain('Key accounts · Current system');
    }
    const both = await exportWith('--scenario', 'support', '-s', 'Current system');
    expect(both.text).toContain(COMPARISON);
  });

  it('refuses an unknown scenario with exit code 2, listing the project’s scenarios', async () => {
    const result = await exportWith('--scenario', 'Support next year');
    expect(result.code).toBe(2);
    expect(result.err).toContain('Unknown scenario "Support next year"');
    expect(result.err).toContain('Current system (id baseline)');
    expect(result.err).toContain('With technical support (id support)');
    expect(await readdir(folder)).not.toContain('scenarios.pdf');
  });
});
