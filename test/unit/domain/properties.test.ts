import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProject } from '../../../shared/analysis';
import { checkMessage, runChecks } from '../../../shared/checks';
import { catalogs, placeholdersOf } from '../../../shared/i18n';
import { parseProjectFile, projectSchema } from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import { projectArb } from './arbitraries';
import { downgradeToV1, v1Expressible } from './v1-downgrade';

/** Paths of every number in `value` that is NaN or ±Infinity. */
function nonFinite(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (value instanceof Map) return nonFinite([...value.values()], path);
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  }
  return [];
}

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('properties', () => {
  it('generated projects are valid (the generator is honest)', () => {
    fc.assert(fc.property(projectArb, (project) => projectSchema.safeParse(project).success));
  });

  it('analysis and checks never throw nor return NaN or Infinity on a valid project', () => {
    fc.assert(
      fc.property(projectArb, (project) => {
        const analysis = analyzeProject(project);
        const checks = runChecks(project, analysis);
        expect(nonFinite(analysis)).toEqual([]);
        expect(nonFinite(checks)).toEqual([]);
        for (const check of checks) {
          // Every placeholder of the message gets a value (user text may itself contain braces).
          const template = catalogs.en[check.messageKey];
          expect(placeholdersOf(template).every((name) => name in check.params)).toBe(true);
          for (const language of ['ru', 'en'] as const) {
            expect(checkMessage(check, language)).not.toMatch(/NaN|Infinity|undefined/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('saving and reading back gives the same project', () => {
    fc.assert(
      fc.property(projectArb, (project) => {
        expect(parseProjectFile(json(project))).toEqual({ ok: true, project: json(project) });
      }),
    );
  });

  it('migrations round-trip: a project written as version 1 reads back unchanged', () => {
    fc.assert(
      fc.property(projectArb, (generated) => {
        const project = v1Expressible(generated);
        const result = parseProjectFile(json(downgradeToV1(project)));
        expect(result).toEqual({ ok: true, project: json(project), migratedFrom: 1 });
      }),
    );
  });

  it('validation rejects arbitrary JSON without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseProjectFile(value);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.every((e) => e.path.startsWith('$'))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a valid file with one value replaced is read or refused, never crashes', () => {
    const base = json(loadSample('specialised-sales', 'en'));
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (typeof value === 'object' && value !== null) {
        Object.entries(value).forEach(([k, v]) => walk(v, [...path, k]));
      }
    };
    walk(base, []);
    const key = fc.constantFrom('__proto__', 'constructor', 'schemaVersion', 'id', 'fte', 'x');
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter((p) => p.length > 0)),
        fc.jsonValue(),
        key,
        (path, value, extra) => {
          const doc = json(base) as Record<string | number, unknown>;
          let parent: Record<string | number, unknown> = doc;
          for (const step of path.slice(0, -1))
            parent = parent[step] as Record<string | number, unknown>;
          parent[path.at(-1) as string | number] = value;
          const text = JSON.stringify(doc).replace(/^\{/, `{${JSON.stringify(extra)}:1,`);
          const result = parseProjectFile(JSON.parse(text));
          if (result.ok) expect(projectSchema.safeParse(result.project).success).toBe(true);
          else expect(result.errors.length).toBeGreaterThan(0);
          expect(Object.prototype).not.toHaveProperty('fte');
        },
      ),
      { numRuns: 500 },
    );
  });
});
