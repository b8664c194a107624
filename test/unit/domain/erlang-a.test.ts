import { describe, expect, it } from 'vitest';
import { erlangA } from '../../../shared/analysis/erlang-a';
import { erlangC, serviceLevel, staffingFor } from '../../../shared/analysis';
import { defined } from './fixtures';

/**
 * The M/M/n+M chain by brute force: state probabilities up to a cut-off far in the tail, and
 * each waiting caller's chance of being answered within t by stepping the killed pure-death
 * chain of the callers ahead of them (Euler steps, small enough for four decimals).
 */
function bruteForce(n: number, traffic: number, handling: number, patience: number, t: number) {
  const lambda = traffic / handling;
  const mu = 1 / handling;
  const theta = 1 / patience;
  const cutoff = n + 400;
  const p: number[] = [1];
  for (let k = 1; k <= cutoff; k++) {
    const death = Math.min(k, n) * mu + Math.max(0, k - n) * theta;
    p.push(((p[k - 1] ?? 0) * lambda) / death);
  }
  const total = p.reduce((a, b) => a + b, 0);
  const pi = p.map((v) => v / total);
  let wait = 0;
  let queue = 0;
  for (let k = n; k <= cutoff; k++) {
    wait += pi[k] ?? 0;
    queue += (k - n) * (pi[k] ?? 0);
  }
  // answered[i]: P(answered within t | i callers ahead), integrated backwards in time.
  const steps = 20_000;
  const dt = t / steps;
  const ahead = 120;
  let answered = new Array<number>(ahead + 1).fill(0);
  for (let s = 0; s < steps; s++) {
    const next = answered.slice();
    for (let i = 0; i <= ahead; i++) {
      const advance = n * mu + i * theta;
      const onward = i === 0 ? 1 : (answered[i - 1] ?? 0);
      next[i] =
        (answered[i] ?? 0) +
        dt * (advance * (onward - (answered[i] ?? 0)) - theta * (answered[i] ?? 0));
    }
    answered = next;
  }
  let level = 0;
  for (let k = 0; k < n; k++) level += pi[k] ?? 0;
  for (let j = 0; j <= ahead; j++) level += (pi[n + j] ?? 0) * (answered[j] ?? 0);
  return { wait, abandonment: (theta * queue) / lambda, level };
}

describe('Erlang A', () => {
  it('agrees with a brute-force birth–death chain, in light and heavy load', () => {
    for (const [n, traffic, handling, patience, t] of [
      [5, 4, 3, 2, 0.5],
      [10, 12, 5, 10, 1],
      [3, 1, 4, 1, 2],
      [20, 18, 2, 0.5, 0.25],
    ] as const) {
      const a = erlangA(n, traffic, handling, patience, t);
      const b = bruteForce(n, traffic, handling, patience, t);
      expect(a.probabilityOfWaiting).toBeCloseTo(b.wait, 9);
      expect(a.abandonment).toBeCloseTo(b.abandonment, 9);
      expect(a.serviceLevel).toBeCloseTo(b.level, 3);
    }
  });

  it('with patience equal to the handling time the chain is M/M/∞: the count is Poisson(A)', () => {
    // Palm's exact special case θ = μ (Mandelbaum & Zeltyn 2005, "The Palm/Erlang-A queue,
    // with applications to call centers", §3): the deaths are k·μ in every state, so the
    // number in the system is Poisson(A); a caller waits when it is n or more, and
    // P(abandon) = θ·E[(N − n)⁺] ÷ λ = E[(N − n)⁺] ÷ A.
    const n = 8;
    const traffic = 7;
    let below = 0;
    let excess = 0;
    let term = Math.exp(-traffic);
    for (let k = 0; k < 200; k++) {
      if (k < n) below += term;
      else excess += (k - n) * term;
      term *= traffic / (k + 1);
    }
    const a = erlangA(n, traffic, 4, 4, 1);
    expect(a.probabilityOfWaiting).toBeCloseTo(1 - below, 12);
    expect(a.abandonment).toBeCloseTo(excess / traffic, 12);
  });

  it('matches the closed forms of Garnett, Mandelbaum & Reiman (2002) for P(wait) and P(abandon)', () => {
    // GMR 2002, "Designing a call center with impatient customers", MSOM 4(3), §3 (as restated
    // by Mandelbaum & Zeltyn 2005, §4.4–4.5): with E = Erlang B(n, A), x = nμ/θ, y = λ/θ and
    // 𝒜(x, y) = 1 + Σ_{j≥1} y^j ÷ Π_{k=1..j}(x + k),
    //   P{W > 0} = 𝒜·E ÷ (1 + (𝒜 − 1)·E),  P{Ab} = (1/(ρ𝒜) + 1 − 1/ρ)·P{W > 0}, ρ = A/n.
    const n = 12;
    const traffic = 11;
    const handling = 5;
    const patience = 3;
    let e = 1;
    for (let k = 1; k <= n; k++) e = (traffic * e) / (k + traffic * e);
    const x = (n * patience) / handling;
    const y = (traffic * patience) / handling;
    let series = 1;
    let term = 1;
    for (let j = 1; j < 500; j++) {
      term *= y / (x + j);
      series += term;
    }
    const wait = (series * e) / (1 + (series - 1) * e);
    const rho = traffic / n;
    const abandon = (1 / (rho * series) + 1 - 1 / rho) * wait;
    const a = erlangA(n, traffic, handling, patience, 0.5);
    expect(a.probabilityOfWaiting).toBeCloseTo(wait, 12);
    expect(a.abandonment).toBeCloseTo(abandon, 12);
  });

  it('agrees with the printed figures of an independent exact implementation (pyworkforce)', () => {
    // Not a paper's table: no printed Erlang A figures of a publication could be consulted
    // when this was written. These are the documented figures of pyworkforce 0.5.4 (MIT;
    // github.com/rodrigo-arenas/pyworkforce at ca48925), an independent exact birth–death
    // implementation whose service level also counts a caller who hangs up as missed: 100
    // requests per 30 min (10 erlangs), 3 min handling, 5 min mean patience, 20 s target.
    const round = (value: number, digits: number) => Number(value.toFixed(digits));
    const at = (n: number) => erlangA(n, 10, 3, 5, 20 / 60);
    // pyworkforce/queuing/tests/test_abandonment.py, test_erlanga_regression_metrics (14 agents).
    const fourteen = at(14);
    expect(round(fourteen.probabilityOfWaiting, 5)).toBe(0.14526);
    expect(round(fourteen.abandonment, 6)).toBe(0.013984);
    expect(round(fourteen.serviceLevel, 6)).toBe(0.916792);
    // Occupancy A·(1 − P(abandon)) ÷ n, and the mean wait of all callers: by Little's law the
    // queue loses θ·E[Q] = λ·P(abandon) callers a minute, so E[W] = P(abandon) × patience.
    expect(round((10 * (1 - fourteen.abandonment)) / 14, 6)).toBe(0.704297);
    expect(round(fourteen.abandonment * 5, 6)).toBe(0.069919);
    // docs/guide/erlanga.md, "Basic usage": 13 positions meet 80 % in 20 s (three decimals).
    const thirteen = at(13);
    expect(round(thirteen.serviceLevel, 3)).toBe(0.858);
    expect(round(thirteen.abandonment, 3)).toBe(0.025);
    expect(round(thirteen.probabilityOfWaiting, 3)).toBe(0.226);
    expect(round((10 * (1 - thirteen.abandonment)) / 13, 3)).toBe(0.75);
    expect(round(thirteen.abandonment * 5, 3)).toBe(0.125);
    expect(at(12).serviceLevel).toBeLessThan(0.8);
  });

  it('tends to Erlang C as patience grows (the Call Centre Helper example: 14 agents, 88.8 %)', () => {
    // https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm, as in erlang.test.ts.
    const a = erlangA(14, 10, 3, 1e7, 20 / 60);
    expect(a.probabilityOfWaiting).toBeCloseTo(erlangC(14, 10), 5);
    expect(a.serviceLevel).toBeCloseTo(serviceLevel(14, 10, 20 / 60, 3), 5);
    expect(a.abandonment).toBeLessThan(1e-6);
  });

  it('stays finite and within 0…1 far outside the usual range', () => {
    for (const [n, traffic, handling, patience, t] of [
      [0, 5, 3, 2, 1],
      [1, 40_000, 1_440, 1_440, 10_080],
      [50_000, 40_000, 1, 0.01, 0],
      [100, 2_400, 1_440, 0.01, 0.5],
      [3_000, 2_400, 1, 1_440, 10_080],
    ] as const) {
      const a = erlangA(n, traffic, handling, patience, t);
      for (const value of Object.values(a)) {
        expect(Number.isFinite(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('staffing for the peak hour and with impatient callers', () => {
  const base = {
    requestsPerHour: 200,
    averageHandlingMinutes: 3,
    targetAnswerMinutes: 20 / 60,
    serviceLevelPercent: 80,
    shrinkagePercent: 0,
    coverageHoursPerWeek: 40,
  };

  it('staffs the busiest hour and says what the average hour would need', () => {
    const average = staffingFor(base, 40);
    const peak = staffingFor({ ...base, peakHourPercent: 150 }, 40);
    expect(average.status === 'ok' && average.queue.agents).toBe(14);
    expect(average.status === 'ok' && average.averageHourAgents).toBeUndefined();
    // 300 calls in the peak hour: 15 erlangs, as staffing 300 calls an hour outright.
    const outright = staffingFor({ ...base, requestsPerHour: 300 }, 40);
    expect(peak.status === 'ok' && peak.queue.trafficErlangs).toBe(15);
    expect(peak.status === 'ok' && peak.queue.agents).toBe(
      outright.status === 'ok' && outright.queue.agents,
    );
    expect(peak.status === 'ok' && peak.averageHourAgents).toBe(14);
    expect(peak.status === 'ok' && peak.requiredFte).toBeGreaterThan(
      average.status === 'ok' ? average.requiredFte : Infinity,
    );
  });

  it('Erlang A staffing is the fewest agents reaching the level with hang-ups counted as missed', () => {
    const d = { ...base, patienceMinutes: 1 };
    const staffing = staffingFor(d, 40);
    if (staffing.status !== 'ok') throw new Error('expected staffing');
    const a = defined(staffing.withAbandonment);
    const level = (n: number) => erlangA(n, 10, 3, 1, 20 / 60).serviceLevel;
    expect(level(a.agents)).toBeGreaterThanOrEqual(0.8);
    expect(level(a.agents - 1)).toBeLessThan(0.8);
    expect(a.serviceLevel).toBe(level(a.agents));
    expect(a.abandonment).toBeGreaterThan(0);
    expect(a.requiredFte).toBe(a.agents); // no shrinkage, coverage = contracted hours
    expect(staffingFor(base, 40)).toMatchObject({ withAbandonment: undefined });
  });

  it('the largest demand the schema allows, at its busiest and most patient, stays quick', () => {
    const started = performance.now();
    const staffing = staffingFor(
      {
        requestsPerHour: 100_000,
        averageHandlingMinutes: 1_440,
        targetAnswerMinutes: 10_080,
        serviceLevelPercent: 99.9,
        shrinkagePercent: 95,
        coverageHoursPerWeek: 168,
        peakHourPercent: 500,
        patienceMinutes: 60,
      },
      0.5,
    );
    expect(staffing.status).toBe('ok');
    if (staffing.status === 'ok') {
      expect(Number.isFinite(staffing.requiredFte)).toBe(true);
      expect(staffing.withAbandonment?.agents).toBeGreaterThan(0);
    }
    // Generous for a loaded machine; the point is seconds, not minutes.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
