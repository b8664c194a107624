import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defined } from './fixtures';
import { loadSample, SAMPLES } from '../../../shared/samples';
import { buildSample, SAMPLE_IDS, sampleFileText } from './samples/build-samples';

/** Fields holding words, which differ between the languages; everything else must not. */
const TEXT_FIELDS = new Set([
  'name',
  'company',
  'author',
  'title',
  'text',
  'purpose',
  'description',
  'metric',
  'source',
  'action',
  'label',
]);

function numbersOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(numbersOf);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, TEXT_FIELDS.has(k) ? typeof v : numbersOf(v)]),
  );
}

describe('sample files', () => {
  it.each(SAMPLE_IDS.flatMap((id) => (['ru', 'en'] as const).map((lang) => [id, lang] as const)))(
    '%s.%s.json is what the builder makes',
    (id, language) => {
      const file = new URL(`../../../shared/samples/${id}.${language}.json`, import.meta.url);
      expect(readFileSync(file, 'utf8')).toBe(sampleFileText(id, language));
      expect(loadSample(id, language)).toEqual(buildSample(id, language));
    },
  );

  it.each(SAMPLE_IDS)('%s: Russian and English differ only in text', (id) => {
    const ru = buildSample(id, 'ru');
    const en = buildSample(id, 'en');
    expect(numbersOf({ ...ru, language: 'x' })).toEqual(numbersOf({ ...en, language: 'x' }));
  });

  it('are listed in the index', () => {
    expect(SAMPLES.map((s) => s.id)).toEqual([...SAMPLE_IDS]);
  });

  it('the key-accounts sample is the worked example of the method', () => {
    const project = loadSample('key-accounts', 'en');
    expect(project.people).toHaveLength(3);
    const fn = defined(project.functions[0]);
    expect(fn.roles.map((r) => [r.title, r.fte, r.dedicated])).toEqual([
      ['Key-account manager', 1, true],
      ['Technical-support specialist', 2, true],
    ]);
    expect(fn.lines).toHaveLength(1);
    expect(fn.lines[0]?.dedicated).toBe(true);
    expect(fn.kpis[0]).toMatchObject({
      kind: 'response-time',
      comparator: 'le',
      target: 15,
      unit: 'minutes',
    });
    expect(fn.kpis[0]?.measurement.source).not.toBe('');
    expect(fn.kpis[0]?.breach.ownerPersonId).toBe('p-kam');
    expect(fn.financialGoal).toMatchObject({ targetGrowthPercent: 25, ownerPersonId: 'p-kam' });
  });
});
