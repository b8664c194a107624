import '../../../shared/i18n/all';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalyze } from '../../../electron/main/headless-analyze';
import { designReport } from '../../../shared/checks';
import { scenarioProject } from '../../../shared/model';
import { projectFileText } from '../../../shared/port/project-file';
import { loadSample } from '../../../shared/samples';
import { projectWithVariants } from '../../fixtures/scenarios';

let folder: string;
const variants = projectWithVariants();

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'analyze-cli-'));
  await writeFile(join(folder, 'variants.ssw.json'), projectFileText(variants));
  await writeFile(
    join(folder, 'plain.ssw.json'),
    projectFileText(loadSample('key-accounts', 'en')),
  );
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runAnalyze(argv, {
    out: (text) => (out += text),
    err: (text) => (err += text),
    cwd: folder,
  });
  return { code, out, err };
}

interface ScenarioOutput {
  id: string;
  name: string;
  recommended: boolean;
  active: boolean;
  analysis: { totals: { fte: number } };
  counts: unknown;
}

const scenariosOf = (out: string) =>
  (JSON.parse(out) as { scenarios?: ScenarioOutput[] }).scenarios;

describe('npm run analyze', () => {
  it('prints, for a project without variants, exactly what it always did', async () => {
    const result = await run('plain.ssw.json');
    expect(result).toMatchObject({ code: 0, err: '' });
    const expected = designReport(loadSample('key-accounts', 'en'), 'en');
    expect(result.out).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('adds every scenario, each with its own analysis and checks', async () => {
    const result = await run('variants.ssw.json', '--lang', 'en');
    expect(result.code).toBe(0);
    const scenarios = scenariosOf(result.out) ?? [];
    expect(scenarios.map((s) => [s.id, s.name, s.recommended, s.active])).toEqual([
      ['baseline', 'Current system', false, false],
      ['support', 'Support now', true, true],
      ['lean', 'Lean', false, false],
    ]);
    for (const scenario of scenarios) {
      const own = designReport(scenarioProject(variants, scenario.id) ?? variants, 'en');
      expect(scenario.analysis).toEqual(JSON.parse(JSON.stringify(own.analysis)));
      expect(scenario.counts).toEqual(own.counts);
    }
    const [baseline, , lean] = scenarios;
    expect(lean?.analysis.totals.fte).toBeGreaterThan(baseline?.analysis.totals.fte ?? Infinity);
    // The top level stays the design on the canvas: the active scenario's.
    const top = JSON.parse(result.out) as { analysis: unknown };
    expect(top.analysis).toEqual(scenarios[1]?.analysis);
  });

  it('takes --scenario by name or id, repeated, in the project order', async () => {
    const result = await run(
      'variants.ssw.json',
      '--scenario',
      'lean',
      '--scenario',
      'current system',
    );
    expect(result.code).toBe(0);
    expect(scenariosOf(result.out)?.map((s) => s.id)).toEqual(['baseline', 'lean']);
    const russian = await run('variants.ssw.json', '--lang', 'ru', '--scenario', 'Текущая система');
    expect(scenariosOf(russian.out)?.map((s) => [s.id, s.name])).toEqual([
      ['baseline', 'Текущая система'],
    ]);
    const plain = await run('plain.ssw.json', '--scenario', 'baseline');
    expect(scenariosOf(plain.out)?.map((s) => s.id)).toEqual(['baseline']);
  });

  it('refuses an unknown scenario with exit code 2 and the list of names', async () => {
    const result = await run('variants.ssw.json', '--scenario', 'Everything at once');
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain('no scenario named "Everything at once"; the project has:');
    expect(result.err).toContain(
      '  baseline: Current system\n  support: Support now\n  lean: Lean',
    );
  });

  it('explains its usage on wrong arguments', async () => {
    for (const argv of [[], ['plain.ssw.json', '--scenario'], ['plain.ssw.json', '--lang', 'de']]) {
      const result = await run(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err).toContain('usage: npm run analyze -- <project-file>');
    }
    expect((await run('missing.ssw.json')).code).toBe(1);
  });
});
