import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProject, functionCosts, type FunctionAnalysis } from '../../../shared/analysis';
import { checkMessage, designReport, runChecks } from '../../../shared/checks';
import { placeholdersOf } from '../../../shared/i18n';
import { catalogs } from '../../../shared/i18n/all';
import { MAX_COST_PER_FTE_MINOR, parseProjectFile, projectSchema } from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import { projectArb } from './arbitraries';
import { fnFixture } from './fixtures';
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

/** Paths of every null in parsed JSON. */
function nulls(value: unknown, path = '$'): string[] {
  if (value === null) return [path];
  if (typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => nulls(v, `${path}.${k}`));
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

  it('totals are always the sum of their parts', () => {
    fc.assert(
      fc.property(projectArb, (project) => {
        const { functions, totals, categories } = analyzeProject(project);
        const sum = (pick: (a: FunctionAnalysis) => number | undefined) =>
          functions.reduce((total, a) => total + (pick(a) ?? 0), 0);
        for (const a of functions) {
          const { humanMonthlyMinor: h, linesMonthlyMinor: l, toolsMonthlyMinor: t } = a.costs;
          if (h !== undefined && l !== undefined && t !== undefined) {
            expect(a.costs.runMonthlyMinor).toBe(h + l + t);
            // Complete, the entered costs are the costs.
            expect(a.costs.runMonthlyKnown.knownMinor).toBe(a.costs.runMonthlyMinor);
          }
          const { entered } = a.costs;
          const { human, lines, tools } = entered.missing;
          expect(a.costs.runMonthlyKnown.missing).toBe(human + lines + tools);
          expect(a.costs.humanMonthlyKnown.missing).toBe(human);
          expect(a.costs.runMonthlyKnown.knownMinor).toBe(
            (entered.humanMonthlyMinor ?? 0) +
              (entered.linesMonthlyMinor ?? 0) +
              (entered.toolsMonthlyMinor ?? 0),
          );
          if (a.costs.oneOffMinor !== undefined) {
            expect(entered.oneOffMinor).toBe(a.costs.oneOffMinor);
          }
        }
        // The totals add each cost as far as it is entered, and the categories add up to them.
        expect(totals.runMonthlyMinor).toBe(sum((a) => a.costs.runMonthlyKnown.knownMinor));
        expect(totals.oneOffMinor).toBe(sum((a) => a.costs.entered.oneOffMinor));
        expect(
          categories.human.monthlyCostMinor +
            categories.technical.linesMonthlyMinor +
            categories.technical.toolsMonthlyMinor,
        ).toBe(totals.runMonthlyMinor);
        expect(categories.technical.oneOffMinor).toBe(totals.oneOffMinor);
        expect(totals.incrementalGrossProfitMonthlyMinor).toBe(
          sum((a) => a.financial.incrementalGrossProfitMonthlyMinor),
        );
        expect(totals.netMonthlyEffectMinor).toBe(
          totals.incrementalGrossProfitMonthlyMinor - totals.runMonthlyMinor,
        );
        const months = project.planningPeriod.months;
        expect(categories.financial.periodNetMinor).toBe(
          sum((a) => a.financial.periodGainMinor) -
            totals.runMonthlyMinor * months -
            totals.oneOffMinor,
        );
        for (const [i, a] of functions.entries()) {
          const { incrementalGrossProfitMonthlyMinor: profit, periodGainMinor: gain } = a.financial;
          const ramp = project.functions[i]?.financialGoal.rampUpMonths ?? 0;
          // Without a ramp-up the gain is every month's profit; with one, never more.
          if (profit !== undefined && gain !== undefined) {
            if (ramp === 0) expect(gain).toBe(profit * months);
            else expect(gain).toBeLessThanOrEqual(profit * months);
          }
        }
        expect(categories.human.monthlyCostMinor).toBe(
          sum((a) => a.costs.entered.humanMonthlyMinor),
        );
        expect(categories.technical.linesMonthlyMinor).toBe(
          sum((a) => a.costs.entered.linesMonthlyMinor),
        );
        expect(totals.fte).toBeCloseTo(
          sum((a) => a.human.fte),
          9,
        );
        const { payingFunctions, nonPayingFunctions, unknownFunctions } = categories.financial;
        expect(payingFunctions + nonPayingFunctions + unknownFunctions).toBe(totals.functions);
        expect(categories.technical.lines).toBe(
          project.functions.reduce((n, fn) => n + fn.lines.length, 0),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('a function’s money at the schema’s edges is exact or not computable, never rounded', () => {
    const role = fc.record({
      fte: fc.integer({ min: 1, max: 20_000 }).map((n) => n / 2),
      cost: fc.integer({ min: 0, max: MAX_COST_PER_FTE_MINOR }),
    });
    fc.assert(
      fc.property(fc.array(role, { minLength: 1, maxLength: 20 }), (roles) => {
        const fn = fnFixture({
          roles: roles.map((r, i) => ({
            id: `r${i}`,
            title: '',
            fte: r.fte,
            costPerFteMonthlyMinor: r.cost,
            dedicated: true,
            handlesRequests: false,
          })),
        });
        // Exactly, in halves of a minor unit: Σ 2·FTE × cost, then ÷ 2 rounding once, half up.
        const halves = roles.reduce((total, r) => total + BigInt(r.fte * 2) * BigInt(r.cost), 0n);
        const exact = (halves + 1n) / 2n;
        const human = functionCosts(fn).humanMonthlyMinor;
        if (exact > BigInt(Number.MAX_SAFE_INTEGER)) expect(human).toBeUndefined();
        else expect(human === undefined ? undefined : BigInt(human)).toBe(exact);
      }),
      { numRuns: 300 },
    );
  });

  it('the analyze output (a design report as JSON) never holds null, NaN or Infinity', () => {
    fc.assert(
      fc.property(projectArb, fc.constantFrom('ru' as const, 'en' as const), (project, lang) => {
        const report = designReport(project, lang);
        expect(nonFinite(report)).toEqual([]);
        // JSON writes NaN and ±Infinity as null; no field of the report is null by design.
        expect(nulls(JSON.parse(JSON.stringify(report)))).toEqual([]);
      }),
      { numRuns: 200 },
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
