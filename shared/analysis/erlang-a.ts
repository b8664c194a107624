import { erlangB } from './erlang-b';

/**
 * Erlang A (Palm's M/M/n+M queue): Erlang C with callers who hang up. Each waiting caller gives
 * up after an exponential time with mean `patience`; the queue is then stable at any staffing.
 *
 * The stationary distribution is the birth–death chain with births λ and deaths
 * min(k, n)·μ + max(0, k − n)·θ. Below n it is Erlang B's: π(n) = B(n, A) of the mass up to n.
 * Above it (Garnett, Mandelbaum & Reiman 2002, "Designing a call center with impatient
 * customers", §3; Mandelbaum & Zeltyn 2005, "The Palm/Erlang-A queue", §3–4) each state adds
 * a factor y ÷ (x + j), with x = nμ/θ and y = λ/θ, so π(n + j) = π(n)·w(j) with
 * w(j) = y^j ÷ ((x+1)(x+2)…(x+j)). The weights are summed in logarithms with a running scale,
 * so neither an overloaded queue (w grows) nor a large one (B underflows) overflows.
 *
 * A caller who finds j others waiting is answered after a sum of exponential times with rates
 * θ(x + j), …, θ(x) (a server frees up, or one of those ahead hangs up). By Rényi's
 * representation U = e^(−θV) of that offered wait V is Beta(x, j + 1); the caller is answered
 * within t when V ≤ t and their own patience outlasts V, which has probability
 * E[U; U ≥ e^(−θt)] = x/(x + j + 1) · P(Beta(x + 1, j + 1) ≥ e^(−θt)). For an integer second
 * parameter that tail is a negative-binomial sum, accumulated along j in the same pass.
 */
export interface AbandonmentQueue {
  /** Share (0…1) of all requests answered within the target; those who hang up count as missed. */
  readonly serviceLevel: number;
  /** Share (0…1) of requests whose caller hangs up before being answered. */
  readonly abandonment: number;
  /** Share (0…1) of requests that find every agent busy. */
  readonly probabilityOfWaiting: number;
}

/** Relative weight below which the rest of the tail is left out (e^−46 ≈ 10^−20). */
const NEGLIGIBLE = 46;

/**
 * Erlang A figures for `agents` answering `traffic` erlangs; times in one unit (minutes):
 * handling time, patience and the answer-time target.
 */
export function erlangA(
  agents: number,
  traffic: number,
  handling: number,
  patience: number,
  target: number,
): AbandonmentQueue {
  if (traffic <= 0) return { serviceLevel: 1, abandonment: 0, probabilityOfWaiting: 0 };
  if (!(handling > 0 && patience > 0 && target >= 0 && Number.isFinite(traffic * patience))) {
    // Outside the schema (an unvalidated draft): nothing can be said; never loop on NaN.
    return { serviceLevel: 0, abandonment: 1, probabilityOfWaiting: 1 };
  }
  const n = Math.max(0, Math.floor(agents));
  const b = erlangB(n, traffic);
  const x = (n * patience) / handling; // nμ/θ
  const logY = Math.log((traffic * patience) / handling); // λ/θ
  const y = Math.exp(logY);
  const logC = -target / patience; // ln e^(−θt)
  const logZ = Math.log(-Math.expm1(logC)); // ln(1 − e^(−θt)); −∞ when t = 0
  // Weights w(j) scaled by e^(−scale); sums of w, of w·answered-in-time, of w·hangs-up.
  let scale = 0;
  let logW = 0;
  let sumW = 0;
  let sumLevel = 0;
  let sumAbandon = 0;
  // Negative-binomial terms q(k) = C(x+k, k)·c^(x+1)·z^k, summed: P(Beta(x+1, j+1) < c).
  let logQ = (x + 1) * logC;
  let below = 0;
  for (let j = 0; ; j++) {
    if (j > 0) {
      logW += logY - Math.log(x + j);
      logQ += Math.log((x + j) / j) + logZ;
    }
    below += Math.exp(logQ);
    if (logW > scale) {
      const shrink = Math.exp(scale - logW);
      sumW *= shrink;
      sumLevel *= shrink;
      sumAbandon *= shrink;
      scale = logW;
    }
    const weight = Math.exp(logW - scale);
    sumW += weight;
    sumLevel += weight * (x / (x + j + 1)) * Math.max(0, 1 - below);
    sumAbandon += weight * ((j + 1) / (x + j + 1));
    // Past the mode (j ≥ y − x) the weights only fall; stop once they no longer count.
    if (j >= y - x && logW < scale - NEGLIGIBLE) break;
  }
  // P(wait) = B·W / (1 − B + B·W), written so that a huge W or a vanishing B stays finite.
  const logBW = Math.log(b) + scale + Math.log(sumW);
  const probabilityOfWaiting = b >= 1 ? 1 : 1 / (1 + (1 - b) * Math.exp(-logBW));
  return {
    serviceLevel: clamp01(1 - probabilityOfWaiting + probabilityOfWaiting * (sumLevel / sumW)),
    abandonment: clamp01(probabilityOfWaiting * (sumAbandon / sumW)),
    probabilityOfWaiting,
  };
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
