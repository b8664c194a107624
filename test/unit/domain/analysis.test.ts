import { describe, expect, it } from 'vitest';
import {
  analyzeProject,
  breakEvenGrowth,
  financialResult,
  functionCosts,
  incrementalGrossProfit,
  paybackOf,
  periodResult,
  roundMinor,
} from '../../../shared/analysis';
import { missingCosts } from '../../../shared/display/entered-cost';
import { MAX_COST_PER_FTE_MINOR, MAX_MONEY_MINOR, roleSchema } from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import { fnFixture, projectFixture, defined } from './fixtures';

const role = (fte: number, cost?: number, handlesRequests = false) => ({
  id: `r-${fte}-${cost}`,
  title: 'Role',
  fte,
  costPerFteMonthlyMinor: cost,
  dedicated: true,
  handlesRequests,
});

describe('money at the edges of the schema', () => {
  it('a role’s cost (FTE × cost per FTE) stays below 2^53: the schema bounds the cost per FTE', () => {
    const role = { id: 'r', title: '', fte: 10_000, dedicated: true, handlesRequests: false };
    expect(
      roleSchema.safeParse({ ...role, costPerFteMonthlyMinor: MAX_COST_PER_FTE_MINOR }).success,
    ).toBe(true);
    expect(
      roleSchema.safeParse({ ...role, costPerFteMonthlyMinor: MAX_COST_PER_FTE_MINOR + 1 }).success,
    ).toBe(false);
    expect(10_000 * MAX_COST_PER_FTE_MINOR).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });

  it('incremental profit of the largest revenue is exact (the product passes 2^53 on the way)', () => {
    const goal = {
      baselineMonthlyRevenueMinor: 999_897_091_155,
      targetGrowthPercent: 6_892.5,
      grossMarginPercent: 40.32,
    };
    // Exactly 27 787 700 105 568.4…; in floating point the product reads …569.
    expect(incrementalGrossProfit(goal)).toBe(27_787_700_105_568);
    expect(
      incrementalGrossProfit({
        baselineMonthlyRevenueMinor: MAX_MONEY_MINOR,
        targetGrowthPercent: 10_000,
        grossMarginPercent: 100,
      }),
    ).toBe(100 * MAX_MONEY_MINOR);
  });

  it('a total that would pass 2^53 is not computable rather than rounded', () => {
    const big = {
      id: 'r',
      title: '',
      fte: 10_000,
      costPerFteMonthlyMinor: MAX_COST_PER_FTE_MINOR,
      dedicated: true,
      handlesRequests: false,
    };
    const roles = Array.from({ length: 10 }, (_, i) => ({ ...big, id: `r${i}` }));
    expect(functionCosts(fnFixture({ roles: roles.slice(0, 9) })).humanMonthlyMinor).toBe(9e15);
    expect(functionCosts(fnFixture({ roles })).humanMonthlyMinor).toBeUndefined();
  });
});

describe('costs', () => {
  it('monthly run cost = Σ FTE × cost per FTE + lines + tools; one-off from tools', () => {
    const costs = functionCosts(
      fnFixture({
        roles: [role(1, 180_000_00), role(2, 110_000_00)],
        lines: [{ id: 'l', number: '1', purpose: '', dedicated: true, monthlyCostMinor: 3_000_00 }],
        tools: [
          { id: 't1', name: '', kind: 'crm', monthlyCostMinor: 4_500_00, oneOffCostMinor: 0 },
          {
            id: 't2',
            name: '',
            kind: 'software',
            monthlyCostMinor: 6_000_00,
            oneOffCostMinor: 120_000_00,
          },
        ],
      }),
    );
    expect(costs).toEqual({
      humanMonthlyMinor: 400_000_00,
      linesMonthlyMinor: 3_000_00,
      toolsMonthlyMinor: 10_500_00,
      runMonthlyMinor: 413_500_00,
      oneOffMinor: 120_000_00,
      runMonthlyKnown: { knownMinor: 413_500_00, missing: 0 },
      humanMonthlyKnown: { knownMinor: 400_000_00, missing: 0 },
      entered: {
        humanMonthlyMinor: 400_000_00,
        linesMonthlyMinor: 3_000_00,
        toolsMonthlyMinor: 10_500_00,
        oneOffMinor: 120_000_00,
        missing: { human: 0, lines: 0, tools: 0, oneOff: 0 },
      },
    });
  });

  it('FTE halves: 0.5 FTE of an odd minor amount rounds half up to whole minor units', () => {
    expect(functionCosts(fnFixture({ roles: [role(0.5, 101)] })).humanMonthlyMinor).toBe(51);
    expect(functionCosts(fnFixture({ roles: [role(1.5, 100_001)] })).humanMonthlyMinor).toBe(
      150_002,
    );
    expect(roundMinor(-0.5)).toBe(-1);
    expect(Object.is(roundMinor(-0.4), 0)).toBe(true);
  });

  it('a role, line or tool without a cost leaves the sum unknown, not zero', () => {
    const costs = functionCosts(fnFixture({ roles: [role(1, 100), role(1)] }));
    expect(costs.humanMonthlyMinor).toBeUndefined();
    expect(costs.runMonthlyMinor).toBeUndefined();
    expect(functionCosts(fnFixture()).runMonthlyMinor).toBe(0);
  });

  it('keeps the known part of a run cost that is partly unknown, with the count missing', () => {
    const costs = functionCosts(
      fnFixture({
        roles: [role(2, 100_000_00), role(1)],
        lines: [
          { id: 'l1', number: '1', purpose: '', dedicated: true, monthlyCostMinor: 20_000_00 },
          { id: 'l2', number: '2', purpose: '', dedicated: true },
        ],
        tools: [{ id: 't', name: '', kind: 'crm', oneOffCostMinor: 0 }],
      }),
    );
    expect(costs.runMonthlyMinor).toBeUndefined();
    expect(costs.runMonthlyKnown).toEqual({ knownMinor: 220_000_00, missing: 3 });
    // The staff alone: the costed role's 200 000, the role without a cost missing.
    expect(costs.humanMonthlyMinor).toBeUndefined();
    expect(costs.humanMonthlyKnown).toEqual({ knownMinor: 200_000_00, missing: 1 });
  });
});

describe('financial result', () => {
  const goal = {
    baselineMonthlyRevenueMinor: 12_000_000_00,
    targetGrowthPercent: 25,
    grossMarginPercent: 30,
  };

  it('incremental gross profit = baseline × growth × margin, rounded to minor units', () => {
    expect(incrementalGrossProfit(goal)).toBe(900_000_00);
    expect(
      incrementalGrossProfit({
        baselineMonthlyRevenueMinor: 1,
        targetGrowthPercent: 50,
        grossMarginPercent: 100,
      }),
    ).toBe(1);
    expect(
      incrementalGrossProfit({ ...goal, baselineMonthlyRevenueMinor: undefined }),
    ).toBeUndefined();
  });

  it('break-even growth = run cost ÷ (baseline × margin)', () => {
    expect(breakEvenGrowth(goal, 413_500_00)).toEqual({
      status: 'ok',
      growthPercent: (413_500 / 3_600_000) * 100,
    });
    expect(breakEvenGrowth(goal, 0)).toEqual({ status: 'ok', growthPercent: 0 });
  });

  it('zero margin or zero baseline: break-even is impossible and the function does not pay', () => {
    expect(breakEvenGrowth({ ...goal, grossMarginPercent: 0 }, 1)).toEqual({
      status: 'impossible',
    });
    expect(breakEvenGrowth({ ...goal, baselineMonthlyRevenueMinor: 0 }, 1)).toEqual({
      status: 'impossible',
    });
    const result = financialResult({ ...goal, grossMarginPercent: 0 }, 100, 0, 12);
    expect(result.pays).toBe('no');
    expect(result.incrementalGrossProfitMonthlyMinor).toBe(0);
    // It loses its run cost every month: never paid back (no one-off cost changes nothing).
    expect(result.payback).toEqual({ status: 'never' });
  });

  it('missing baseline: not enough data everywhere it matters, never a number', () => {
    const result = financialResult(
      { ...goal, baselineMonthlyRevenueMinor: undefined },
      100,
      500,
      12,
    );
    expect(result).toEqual({
      incrementalGrossProfitMonthlyMinor: undefined,
      netMonthlyEffectMinor: undefined,
      breakEven: { status: 'not-enough-data' },
      breakEvenOverPeriod: { status: 'not-enough-data' },
      pays: 'unknown',
      payback: { status: 'not-enough-data' },
      roiPercent: undefined,
      periodNetMinor: undefined,
    });
  });

  it('net effect, payback months and ROI over the planning period', () => {
    const result = financialResult(goal, 413_500_00, 120_000_00, 12);
    expect(result.netMonthlyEffectMinor).toBe(486_500_00);
    expect(result.payback).toEqual({ status: 'months', months: 120_000 / 486_500 });
    const cost = 413_500 * 12 + 120_000;
    expect(result.periodNetMinor).toBe((900_000 * 12 - cost) * 100);
    expect(result.roiPercent).toBeCloseTo(((900_000 * 12 - cost) / cost) * 100, 10);
    expect(result.pays).toBe('yes');
  });

  it('payback is never when the function loses money each month', () => {
    expect(paybackOf(1_000, -5)).toEqual({ status: 'never' });
    expect(paybackOf(1_000, 0)).toEqual({ status: 'never' });
    // Without a one-off cost as well: a loss is never paid back, not "nothing to recover".
    expect(paybackOf(0, -5)).toEqual({ status: 'never' });
    expect(paybackOf(0, 0)).toEqual({ status: 'immediate' });
  });

  it('a target exactly at break-even pays; just below does not', () => {
    const atBreakEven = {
      baselineMonthlyRevenueMinor: 1_000_00,
      grossMarginPercent: 50,
      targetGrowthPercent: 20,
    };
    expect(financialResult(atBreakEven, 100_00, 0, 12).pays).toBe('yes');
    expect(financialResult({ ...atBreakEven, targetGrowthPercent: 19.9 }, 100_00, 0, 12).pays).toBe(
      'no',
    );
  });

  it('ROI is not a number when nothing is spent', () => {
    expect(financialResult(goal, 0, 0, 12).roiPercent).toBeUndefined();
  });
});

describe('project analysis', () => {
  it('reproduces the worked example: 3 FTE, 413 500 ₽ a month, break-even 11.5 % < 25 %', () => {
    const analysis = analyzeProject(loadSample('key-accounts', 'en'));
    const fn = defined(analysis.functions[0]);
    expect(fn.human).toEqual({
      fte: 3,
      dedicatedFte: 3,
      handlingFte: 2,
      namedPeople: 3,
      peopleWithoutRoleFte: 0,
    });
    expect(fn.costs.runMonthlyMinor).toBe(413_500_00);
    expect(fn.financial.breakEven).toMatchObject({ status: 'ok' });
    expect(
      fn.financial.breakEven.status === 'ok' && fn.financial.breakEven.growthPercent,
    ).toBeCloseTo(11.486, 3);
    expect(fn.process.staffing).toMatchObject({
      status: 'ok',
      requiredFte: 2,
      queue: { agents: 1 },
    });
    expect(fn.process.staffingShortFte).toBeUndefined();
    expect(analysis.byFunctionId.get('fn-key-accounts')).toBe(fn);
  });

  it('totals per project and per category add up the functions', () => {
    const analysis = analyzeProject(loadSample('specialised-sales', 'en'));
    const run = analysis.functions.reduce((s, f) => s + (f.costs.runMonthlyMinor ?? 0), 0);
    expect(analysis.totals.runMonthlyMinor).toBe(run);
    expect(analysis.totals.functions).toBe(6);
    expect(analysis.totals.fte).toBe(3 + 1 + 1 + 1 + 3 + 0.5);
    expect(
      analysis.categories.human.monthlyCostMinor +
        analysis.categories.technical.linesMonthlyMinor +
        analysis.categories.technical.toolsMonthlyMinor,
    ).toBe(run);
    expect(analysis.categories.technical.lines).toBe(2);
    expect(analysis.categories.financial.payingFunctions).toBe(6);
    expect(analysis.categories.process.understaffedFunctions).toBe(0);
    expect(analysis.totals.incomplete).toEqual({ costs: [], profit: [] });
  });

  it('break-even over the planning period includes the one-off cost', () => {
    const goal = {
      baselineMonthlyRevenueMinor: 1_000_000_00,
      grossMarginPercent: 50,
      targetGrowthPercent: 20,
    };
    const result = financialResult(goal, 100_000_00, 1_200_000_00, 12);
    // Monthly: 100 000 ÷ 500 000 = 20 % (the target pays monthly) …
    expect(result.breakEven).toEqual({ status: 'ok', growthPercent: 20 });
    expect(result.pays).toBe('yes');
    // … but with 1 200 000 one-off over 12 months it takes (100 000 + 100 000) ÷ 500 000 = 40 %.
    expect(result.breakEvenOverPeriod).toEqual({ status: 'ok', growthPercent: 40 });
    expect(financialResult(goal, 100_000_00, undefined, 12).breakEvenOverPeriod).toEqual({
      status: 'not-enough-data',
    });
  });

  it('the design’s net effect counts the cost of functions without a financial goal', () => {
    const goal = {
      baselineMonthlyRevenueMinor: 10_000_000_00,
      targetGrowthPercent: 25,
      grossMarginPercent: 40,
    };
    const analysis = analyzeProject(
      projectFixture(
        [
          fnFixture({ id: 'a', roles: [role(1, 100_000_00)], financialGoal: goal }),
          fnFixture({ id: 'b', roles: [role(3, 100_000_00)] }),
        ],
        { planningPeriod: { startMonth: '2027-01', months: 12 } },
      ),
    );
    expect(analysis.totals.runMonthlyMinor).toBe(400_000_00);
    expect(analysis.totals.incrementalGrossProfitMonthlyMinor).toBe(1_000_000_00);
    expect(analysis.totals.netMonthlyEffectMinor).toBe(600_000_00);
    expect(analysis.categories.financial.netMonthlyEffectMinor).toBe(600_000_00);
    expect(analysis.categories.financial.periodNetMinor).toBe(600_000_00 * 12);
  });

  it('lists functions left out of a total for lack of data', () => {
    const analysis = analyzeProject(
      projectFixture([
        fnFixture({ id: 'a', roles: [role(1, 100)] }),
        fnFixture({ id: 'b', roles: [role(1)] }),
      ]),
    );
    expect(analysis.totals.runMonthlyMinor).toBe(100);
    expect(analysis.totals.incomplete.costs).toEqual(['b']);
    expect(analysis.totals.incomplete.profit).toEqual(['a', 'b']);
  });

  it('adds a function’s entered costs to the totals though another of its costs is missing', () => {
    const line = { id: 'l', number: '1', purpose: '', dedicated: true };
    const tool = { id: 't', name: '', kind: 'crm' as const };
    const analysis = analyzeProject(
      projectFixture([
        fnFixture({ id: 'a', roles: [role(1, 300_000_00)] }),
        // Staff 400 000 and one tool costed; a line and the tool's one-off cost not entered.
        fnFixture({
          id: 'b',
          roles: [role(2, 200_000_00)],
          lines: [line],
          tools: [{ ...tool, monthlyCostMinor: 5_000_00, oneOffCostMinor: undefined }],
          financialGoal: {
            baselineMonthlyRevenueMinor: 10_000_000_00,
            targetGrowthPercent: 25,
            grossMarginPercent: 40,
          },
        }),
      ]),
    );
    expect(analysis.functions[1]?.costs.runMonthlyMinor).toBeUndefined();
    expect(analysis.totals.runMonthlyMinor).toBe(705_000_00);
    expect(analysis.totals.oneOffMinor).toBe(0);
    expect(analysis.totals.incomplete.costs).toEqual(['b']);
    expect(missingCosts(analysis)).toEqual({ human: 0, lines: 1, tools: 0, oneOff: 1 });
    // The categories say the same: staff 700 000, lines 0, tools 5 000 — 705 000 in all.
    expect(analysis.categories.human.monthlyCostMinor).toBe(700_000_00);
    expect(analysis.categories.technical.linesMonthlyMinor).toBe(0);
    expect(analysis.categories.technical.toolsMonthlyMinor).toBe(5_000_00);
    // Its profit counts; the function itself cannot be judged on a cost not all there.
    expect(analysis.totals.incrementalGrossProfitMonthlyMinor).toBe(1_000_000_00);
    expect(analysis.functions[1]?.financial.pays).toBe('unknown');
  });

  it('sums a shared person’s allocations across functions', () => {
    const person = { id: 'p', name: 'P', title: '' };
    const analysis = analyzeProject(
      projectFixture(
        [
          fnFixture({ id: 'a', assignments: [{ personId: 'p', allocationPercent: 60 }] }),
          fnFixture({ id: 'b', assignments: [{ personId: 'p', allocationPercent: 50 }] }),
        ],
        { people: [person] },
      ),
    );
    expect(analysis.people).toEqual([
      { personId: 'p', allocationPercent: 110, functionIds: ['a', 'b'] },
    ]);
  });

  it('measures the staff that handles requests against the demand', () => {
    const analysis = analyzeProject(
      projectFixture([
        fnFixture({
          roles: [role(1, 100, true), role(0.5, 100, false)],
          demand: {
            requestsPerHour: 2,
            averageHandlingMinutes: 6,
            targetAnswerMinutes: 15,
            serviceLevelPercent: 95,
            shrinkagePercent: 30,
            coverageHoursPerWeek: 50,
          },
        }),
      ]),
    );
    const process = defined(analysis.functions[0]).process;
    expect(process.staffingShortFte).toBeCloseTo((1 / 0.7) * 1.25 - 1, 10);
    // One FTE over 50 h with 30 % shrinkage is 0.56 of an agent: nobody on line most of the time.
    expect(process.withAssignedStaff).toMatchObject({ agents: 0, serviceLevel: 0 });
  });
});

describe('ramp-up: the target growth is reached linearly over some months', () => {
  // 1 000 000 baseline × 20 % × 50 % = 100 000 profit a month at full growth; run 40 000,
  // one-off 300 000, 12 months.
  const goal = {
    baselineMonthlyRevenueMinor: 1_000_000_00,
    grossMarginPercent: 50,
    targetGrowthPercent: 20,
  };
  const run = 40_000_00;
  const oneOff = 300_000_00;

  it('the period’s gain loses half the ramp; ROI and period net follow', () => {
    const flat = financialResult(goal, run, oneOff, 12);
    const ramped = financialResult({ ...goal, rampUpMonths: 4 }, run, oneOff, 12);
    expect(flat.periodGainMinor).toBe(1_200_000_00);
    // 12 − 4/2 = 10 months at full profit.
    expect(ramped.periodGainMinor).toBe(1_000_000_00);
    // Cost 40 000 × 12 + 300 000 = 780 000.
    expect(ramped.periodNetMinor).toBe(220_000_00);
    expect(ramped.roiPercent).toBeCloseTo((220_000 / 780_000) * 100, 9);
    // The monthly figures are those of full growth.
    expect(ramped.netMonthlyEffectMinor).toBe(flat.netMonthlyEffectMinor);
    // A ramp longer than the period: 12² ÷ (2 × 24) = 3 months at full profit.
    expect(financialResult({ ...goal, rampUpMonths: 24 }, run, oneOff, 12).periodGainMinor).toBe(
      300_000_00,
    );
    expect(financialResult({ ...goal, rampUpMonths: 0 }, run, oneOff, 12)).toEqual(flat);
  });

  it('payback covers the run cost of the ramp months too', () => {
    // Flat: 300 000 ÷ 60 000 = 5 months.
    expect(financialResult(goal, run, oneOff, 12).payback).toEqual({ status: 'months', months: 5 });
    // Ramp of 4: after it, cumulative net = 100 000·(t − 2) − 40 000·t = 300 000 → t = 25/3.
    const ramped = financialResult({ ...goal, rampUpMonths: 4 }, run, oneOff, 12).payback;
    expect(ramped.status === 'months' && ramped.months).toBeCloseTo(25 / 3, 9);
    // Long ramp, payback within it: 100 000·t²/(2·36) − 40 000·t = 300 000 → t ≈ 33.9 ≤ 36.
    const long = financialResult({ ...goal, rampUpMonths: 36 }, run, oneOff, 12).payback;
    const t = long.status === 'months' ? long.months : NaN;
    expect((100_000 * t * t) / 72 - 40_000 * t).toBeCloseTo(300_000, 4);
    expect(t).toBeLessThanOrEqual(36);
    // No one-off cost: the ramp months' run cost is still to be earned back.
    const noOneOff = financialResult({ ...goal, rampUpMonths: 4 }, run, 0, 12).payback;
    expect(noOneOff.status === 'months' && noOneOff.months).toBeCloseTo(3.2, 9);
    // Never pays monthly: never pays back, ramp or not.
    expect(financialResult({ ...goal, rampUpMonths: 4 }, 200_000_00, oneOff, 12).payback).toEqual({
      status: 'never',
    });
  });

  it('the design pays back when the sum of its ramped gains covers its costs', () => {
    // Two functions: one flat (60 000 a month), one ramping over 6 months to 120 000; run cost
    // 100 000, one-off 500 000. After the ramp: 180 000·t − 360 000 − 100 000·t = 500 000.
    const design = periodResult(
      [
        { incrementalMinor: 60_000, rampUpMonths: 0 },
        { incrementalMinor: 120_000, rampUpMonths: 6 },
      ],
      100_000,
      500_000,
      24,
    );
    expect(design.payback.status === 'months' && design.payback.months).toBeCloseTo(10.75, 9);
    // Gain over 24 months: 60 000·24 + 120 000·(24 − 3) = 3 960 000; cost 2 900 000.
    expect(design.periodGainMinor).toBe(3_960_000);
    expect(design.periodNetMinor).toBe(1_060_000);
  });

  it('break-even over the period asks for more growth when profit ramps up', () => {
    // (40 000 × 12 + 300 000) ÷ (500 000 × 10 months) = 15.6 %.
    const result = financialResult({ ...goal, rampUpMonths: 4 }, run, oneOff, 12);
    expect(result.breakEvenOverPeriod).toEqual({ status: 'ok', growthPercent: 15.6 });
  });
});

describe('request-handling staff shared with other work', () => {
  const shared = { ...role(2, 100_00, true), id: 'r', dedicated: false };
  const demand = {
    requestsPerHour: 10,
    averageHandlingMinutes: 6,
    targetAnswerMinutes: 1,
    serviceLevelPercent: 80,
    shrinkagePercent: 0,
    coverageHoursPerWeek: 40,
  };
  const handling = (fn: Parameters<typeof fnFixture>[0]) =>
    defined(analyzeProject(projectFixture([fnFixture(fn)])).functions[0]).human.handlingFte;

  it('count at the allocation of the people named in the role, never above its FTE', () => {
    expect(handling({ roles: [shared], demand })).toBe(2);
    const named = (allocations: number[]) => ({
      roles: [shared],
      demand,
      assignments: allocations.map((allocationPercent, i) => ({
        personId: `p${i}`,
        roleId: 'r',
        allocationPercent,
      })),
    });
    expect(handling(named([50, 30]))).toBeCloseTo(0.8, 12);
    expect(handling(named([100, 100, 100]))).toBe(2);
    // A dedicated role counts in full whoever is named.
    expect(handling({ ...named([50]), roles: [{ ...shared, dedicated: true }] })).toBe(2);
  });
});
