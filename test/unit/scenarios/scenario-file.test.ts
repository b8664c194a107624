import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createScenario,
  designOfProject,
  parseProjectFile,
  switchScenario,
  updateFunction,
  type Design,
  type Project,
} from '../../../shared/model';
import { diffDesign, materialiseDesign } from '../../../shared/model/scenario-file';
import { projectFileText } from '../../../shared/port/project-file';
import { readProjectBytes } from '../../../shared/port/project-read';
import { loadSample, SAMPLES } from '../../../shared/samples';
import { bigProject } from '../../fixtures/big-project';
import { projectArb } from '../domain/arbitraries';
import { defined } from '../domain/fixtures';
import { projectWithVariants as withVariants } from '../../fixtures/scenarios';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Opens a file's text by the one reader; fails the test on a refusal. */
function open(text: string): Project {
  const read = readProjectBytes(utf8(text));
  if (!read.ok) throw new Error(`refused: ${read.problem.detail}`);
  return read.project;
}

/** The refusal of a file's text, as the reader words it. */
function refusal(text: string): string {
  const read = readProjectBytes(utf8(text));
  if (read.ok) throw new Error('the file was accepted');
  return read.problem.detail;
}

const sample = () => loadSample('specialised-sales', 'en');
const variantOf = (project: Project, id: string, name: string) =>
  createScenario(project, { id, name, baselineName: '' });

type Entity = { readonly id: string };

/** Arbitrary edits of one collection: remove, add, replace and move items. */
function editsArb() {
  return fc.array(
    fc.oneof(
      fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('add' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('replace' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
    ),
    { maxLength: 8 },
  );
}

type Edit = { op: 'remove' | 'add' | 'replace' | 'move'; at: number; to?: number };

function applyEdits<T extends Entity>(items: readonly T[], edits: readonly Edit[], tag: string) {
  const out = [...items];
  edits.forEach((edit, k) => {
    const item = out[edit.at % Math.max(out.length, 1)];
    if (item === undefined) return;
    const index = out.indexOf(item);
    if (edit.op === 'remove') out.splice(index, 1);
    if (edit.op === 'add') out.push({ ...item, id: `${tag}-new-${k}` });
    if (edit.op === 'replace') out[index] = { ...item, edited: k } as T;
    if (edit.op === 'move') {
      out.splice(index, 1);
      out.splice((edit.to ?? 0) % (out.length + 1), 0, item);
    }
  });
  return out;
}

const variantArb = fc
  .record({
    project: projectArb,
    functions: editsArb(),
    links: editsArb(),
    groups: editsArb(),
    people: editsArb(),
    order: fc.constantFrom('keep', 'set', 'clear', 'reverse'),
    baseOrder: fc.boolean(),
  })
  .map((raw) => {
    const base = designOfProject(raw.project);
    const baseline: Design = raw.baseOrder
      ? { ...base, presentationOrder: base.functions.map((fn) => fn.id) }
      : base;
    const functions = applyEdits(baseline.functions, raw.functions, 'f');
    const variant: Record<string, unknown> = {
      functions,
      links: applyEdits(baseline.links, raw.links, 'l'),
      groups: applyEdits(baseline.groups, raw.groups, 'g'),
      people: applyEdits(baseline.people, raw.people, 'p'),
    };
    const ids = functions.map((fn) => fn.id);
    if (raw.order === 'keep' && baseline.presentationOrder) {
      variant.presentationOrder = baseline.presentationOrder;
    }
    if (raw.order === 'set') variant.presentationOrder = ids;
    if (raw.order === 'reverse') variant.presentationOrder = [...ids].reverse();
    return { baseline, variant: variant as unknown as Design };
  });

describe('variants as differences from the baseline', () => {
  it('materialising the differences gives the variant back, order included', () => {
    fc.assert(
      fc.property(variantArb, ({ baseline, variant }) => {
        const changes = diffDesign(baseline, variant);
        // Through JSON, as a file carries them.
        const stored = JSON.parse(JSON.stringify(changes)) as typeof changes;
        const made = materialiseDesign(baseline, stored);
        expect(made.ok).toBe(true);
        if (!made.ok) return;
        expect(made.design).toEqual(variant);
        // Unchanged objects are the baseline's own (structural sharing).
        const baseFns = new Map(baseline.functions.map((fn) => [fn.id, fn]));
        for (const [index, fn] of variant.functions.entries()) {
          if (baseFns.get(fn.id) === fn) expect(made.design.functions[index]).toBe(fn);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stores nothing but what changed', () => {
    const design = designOfProject(loadSample('specialised-sales', 'en'));
    expect(diffDesign(design, design)).toEqual({});
    expect(diffDesign(design, { ...design, functions: [...design.functions] })).toEqual({});
    const copy = JSON.parse(JSON.stringify(design)) as Design;
    expect(diffDesign(design, copy)).toEqual({});
    const [first, second, ...rest] = design.functions;
    const swapped = { ...design, functions: [defined(second), defined(first), ...rest] };
    expect(diffDesign(design, swapped)).toEqual({
      functions: { order: swapped.functions.map((fn) => fn.id) },
    });
    expect(diffDesign(design, { ...design, presentationOrder: [defined(first).id] })).toEqual({
      presentationOrder: [defined(first).id],
    });
  });

  it('a variant identical to the baseline stores "changes": {}', () => {
    const project = variantOf(loadSample('key-accounts', 'en'), 'same', 'Same');
    const file = JSON.parse(projectFileText(project)) as {
      scenarios: { active: string; list: unknown[] };
    };
    expect(file.scenarios).toEqual({
      active: 'same',
      list: [
        { id: 'baseline', name: '' },
        { id: 'same', name: 'Same', changes: {} },
      ],
    });
  });
});

describe('reading and writing version 3', () => {
  it('round-trips a project with variants byte for byte, the active one on the canvas', () => {
    const project = withVariants();
    const text = projectFileText(project);
    const file = JSON.parse(text) as { functions: unknown[]; scenarios: { active: string } };
    // The file's top level is the baseline, whichever scenario is active.
    expect(file.functions).toHaveLength(sample().functions.length);
    expect(file.scenarios.active).toBe('support');
    const opened = open(text);
    expect(opened.functions.map((fn) => fn.id)).toContain('fn-support-now');
    expect(opened).toEqual(project);
    expect(projectFileText(opened)).toBe(text);
    const lean = defined(switchScenario(opened, 'lean').functions[0]);
    expect(lean.roles[0]?.fte).toBe(defined(defined(project.functions[0]).roles[0]).fte + 1);
  });

  it('shares every unchanged object of a variant with the baseline when reading', () => {
    const opened = open(projectFileText(withVariants()));
    const baseline = defined(opened.scenarios?.list[0]?.design);
    const lean = defined(opened.scenarios?.list[2]?.design);
    expect(lean.people).toBe(baseline.people);
    expect(lean.links).toBe(baseline.links);
    expect(opened.people).toBe(baseline.people);
    expect(lean.functions[1]).toBe(baseline.functions[1]);
    expect(lean.functions[0]).not.toBe(baseline.functions[0]);
  });

  it.each(SAMPLES.flatMap((s) => [`${s.id}.ru`, `${s.id}.en`]))(
    'the version 2 file of %s opens as its baseline alone and re-saves byte-stable',
    (name) => {
      const [id, language] = name.split('.') as [(typeof SAMPLES)[number]['id'], 'ru' | 'en'];
      const v3 = projectFileText(loadSample(id, language));
      const v2 = v3.replace('"schemaVersion": 3', '"schemaVersion": 2');
      const read = parseProjectFile(JSON.parse(v2));
      expect(read.ok && read.migratedFrom).toBe(2);
      const opened = open(v2);
      expect(opened.scenarios).toBeUndefined();
      const saved = projectFileText(opened);
      expect(saved).toBe(v3);
      expect(projectFileText(open(saved))).toBe(saved);
    },
  );

  it('every version 2 file opens as its baseline alone; save → open → save is byte-stable', () => {
    fc.assert(
      fc.property(projectArb, (project) => {
        const v2 = JSON.stringify({ ...project, schemaVersion: 2 });
        const opened = open(v2);
        expect(opened.scenarios).toBeUndefined();
        const saved = projectFileText(opened);
        expect(projectFileText(open(saved))).toBe(saved);
      }),
      { numRuns: 100 },
    );
  });

  it('a 1,000-function baseline with 5 variants of 10 changed functions each stays small', () => {
    const base = bigProject(1_000, 'en', true);
    let project: Project = base;
    for (let v = 0; v < 5; v++) {
      project = variantOf(project, `v${v}`, `Variant ${v}`);
      for (const fn of project.functions.slice(v * 10, v * 10 + 10)) {
        project = updateFunction(project, fn.id, { name: `${fn.name} (variant ${v})` });
      }
    }
    const single = projectFileText(base).length;
    const text = projectFileText(project);
    expect(text.length).toBeLessThan(1.3 * single);
    expect(projectFileText(open(text))).toBe(text);
  });
});

describe('refusals name the scenario', () => {
  // any: the test edits the stored JSON freely, as a hand or a damaged disk would.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Json = Record<string, any>;
  function fileWith(change: (file: Json) => void): string {
    const file = JSON.parse(projectFileText(withVariants())) as Json;
    change(file);
    return JSON.stringify(file);
  }

  it('an unknown active scenario', () => {
    expect(refusal(fileWith((file) => (file.scenarios.active = 'nowhere')))).toContain(
      '$.scenarios.active: no scenario with id "nowhere" to be active',
    );
  });

  it('a scenario id used twice', () => {
    const detail = refusal(fileWith((file) => (file.scenarios.list[2].id = 'support')));
    expect(detail).toContain(
      '$.scenarios.list[2].id: scenario "Lean": the id "support" is used twice',
    );
  });

  it('a set entry that breaks the schema', () => {
    const detail = refusal(
      fileWith((file) => (file.scenarios.list[2].changes.functions.set[0].roles[0].fte = -1)),
    );
    expect(detail).toContain('$.scenarios.list[2].changes.functions.set[0].roles[0].fte');
  });

  it('a variant link to a function it removed', () => {
    // The editor removes a function's links with it; a file edited by hand may keep one.
    const detail = refusal(
      fileWith((file) => (file.scenarios.list[2].changes.functions.removed = ['fn-support'])),
    );
    expect(detail).toContain(
      '$.scenarios.list[2].changes.links: scenario "Lean": links "link-escalation" to: no function with id "fn-support"',
    );
  });

  it('a variant that removes a person an unchanged function names', () => {
    // The function is the baseline's own object, checked with the baseline's people already.
    const file = JSON.parse(projectFileText(withVariants())) as Json;
    const owner = (file.functions as Json[]).find((fn) => fn.ownerPersonId)?.ownerPersonId;
    file.scenarios.list[2].changes.people = { removed: [owner] };
    expect(refusal(JSON.stringify(file))).toMatch(
      new RegExp(`scenario "Lean": functions "[^"]+" ownerPersonId: no person with id "${owner}"`),
    );
  });

  it('more than one recommended scenario, a baseline with changes, a variant without', () => {
    expect(refusal(fileWith((file) => (file.scenarios.list[2].recommended = true)))).toContain(
      'scenario "Lean": only one scenario can be recommended, and scenario "Support now" is',
    );
    expect(refusal(fileWith((file) => (file.scenarios.list[0].changes = {})))).toContain(
      'the baseline has no changes',
    );
    expect(refusal(fileWith((file) => delete file.scenarios.list[1].changes))).toContain(
      'scenario "Support now": a variant stores its changes against the baseline',
    );
  });

  it('removing what the baseline lacks, and an order that does not fit', () => {
    expect(
      refusal(fileWith((file) => (file.scenarios.list[1].changes.groups = { removed: ['ghost'] }))),
    ).toContain(
      '$.scenarios.list[1].changes.groups.removed[0]: scenario "Support now": removes "ghost"',
    );
    expect(
      refusal(fileWith((file) => (file.scenarios.list[1].changes.people = { order: ['p-kam'] }))),
    ).toContain('scenario "Support now": the order does not list each id of the result once');
  });

  it('more than 50 scenarios', () => {
    const detail = refusal(
      fileWith((file) => {
        const extra = Array.from({ length: 50 }, (_, i) => ({
          id: `x${i}`,
          name: '',
          changes: {},
        }));
        file.scenarios.list.push(...extra);
      }),
    );
    expect(detail).toContain('$.scenarios.list');
  });
});
