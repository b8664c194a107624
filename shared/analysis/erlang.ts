import type { Demand } from '../model/schema';
import { ceilToHalf } from './numbers';

/**
 * Erlang B blocking probability for `agents` servers and `traffic` erlangs, by the recursion
 * B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)): no factorials, stable for millions of agents.
 * The recursion is one pass up to N; for the largest load the schema allows (2.4 million
 * erlangs) that pass is the whole cost of an analysis, so it is made once per load: the values
 * met on the way are kept every CHECKPOINT agents, and a later question about the same load
 * (the staff assigned, the answer of the search) continues from the nearest one below.
 */
export function erlangB(agents: number, traffic: number): number {
  const checkpoints = checkpointsFor(traffic);
  const from = Math.min(Math.floor(agents / CHECKPOINT), checkpoints.length - 1) * CHECKPOINT;
  let b = checkpoints[from / CHECKPOINT] ?? 1;
  for (let k = from + 1; k <= agents; k++) {
    b = nextErlangB(b, k, traffic);
    if (k === checkpoints.length * CHECKPOINT) checkpoints.push(b);
  }
  return b;
}

const CHECKPOINT = 1_024;
/** Loads whose checkpoints are kept: enough for every function an edit re-analyses. */
const KEPT_LOADS = 16;
/** Load → B(0), B(1 024), B(2 048) … as far as computed; least recently used first. */
const checkpointsByLoad = new Map<number, number[]>();

function checkpointsFor(traffic: number): number[] {
  let checkpoints = checkpointsByLoad.get(traffic);
  if (checkpoints) {
    checkpointsByLoad.delete(traffic);
  } else {
    checkpoints = [1];
    const oldest = checkpointsByLoad.keys().next();
    if (checkpointsByLoad.size >= KEPT_LOADS && !oldest.done)
      checkpointsByLoad.delete(oldest.value);
  }
  checkpointsByLoad.set(traffic, checkpoints);
  return checkpoints;
}

function nextErlangB(previous: number, k: number, traffic: number): number {
  return (traffic * previous) / (k + traffic * previous);
}

/** Erlang C from Erlang B: C = N·B / (N − A·(1 − B)); valid for N > A. */
function erlangCFromB(b: number, agents: number, traffic: number): number {
  return (agents * b) / (agents - traffic * (1 - b));
}

/**
 * Probability that a request waits, with `agents` (a whole number) answering `traffic` erlangs.
 * With no spare capacity (N ≤ A) the queue grows without bound: every request waits (1).
 */
export function erlangC(agents: number, traffic: number): number {
  if (traffic <= 0) return 0;
  if (agents <= traffic) return 1;
  return erlangCFromB(erlangB(agents, traffic), agents, traffic);
}

/** Share of requests answered within `targetMinutes`: 1 − P(wait)·e^(−(N−A)·target/handling). */
export function serviceLevel(
  agents: number,
  traffic: number,
  targetMinutes: number,
  handlingMinutes: number,
): number {
  if (traffic <= 0) return 1;
  if (agents <= traffic) return 0;
  return levelFrom(erlangC(agents, traffic), agents, traffic, targetMinutes, handlingMinutes);
}

function levelFrom(
  wait: number,
  agents: number,
  traffic: number,
  targetMinutes: number,
  handlingMinutes: number,
): number {
  return 1 - wait * Math.exp((-(agents - traffic) * targetMinutes) / handlingMinutes);
}

/** Average speed of answer in minutes: P(wait)·handling / (N − A); undefined when N ≤ A (unbounded). */
export function averageSpeedOfAnswer(
  agents: number,
  traffic: number,
  handlingMinutes: number,
): number | undefined {
  if (traffic <= 0) return 0;
  if (agents <= traffic) return undefined;
  return (erlangC(agents, traffic) * handlingMinutes) / (agents - traffic);
}

/** The demand fields the staffing needs, in the order they are asked for. */
export const DEMAND_FIELDS = [
  'requestsPerHour',
  'averageHandlingMinutes',
  'targetAnswerMinutes',
  'serviceLevelPercent',
  'shrinkagePercent',
  'coverageHoursPerWeek',
] as const;
export type DemandField = (typeof DEMAND_FIELDS)[number];
export type CompleteDemand = Required<Demand>;

export interface QueueResult {
  /** Offered load A = requests/hour × handling minutes ÷ 60, in erlangs. */
  readonly trafficErlangs: number;
  /** Agents answering at any moment of the covered hours. */
  readonly agents: number;
  /** Fraction (0…1) of requests answered within the target. */
  readonly serviceLevel: number;
  readonly probabilityOfWaiting: number;
  /** Undefined when the agents cannot keep up (unbounded wait). */
  readonly averageSpeedOfAnswerMinutes: number | undefined;
  /** Fraction of agent time spent handling; undefined with no agents. */
  readonly occupancy: number | undefined;
}

export type Staffing =
  | { readonly status: 'no-demand' }
  | { readonly status: 'not-enough-data'; readonly missing: readonly DemandField[] }
  | {
      readonly status: 'ok';
      /** The smallest number of agents that meets the service level, and what they achieve. */
      readonly queue: QueueResult;
      /** Agents ÷ (1 − shrinkage) × coverage hours ÷ contracted hours per FTE. */
      readonly requiredFteExact: number;
      /** The same, rounded up to the next half FTE. */
      readonly requiredFte: number;
    }
  | { readonly status: 'unreachable'; readonly trafficErlangs: number };

/** The demand with every field present, or the list of what is missing (or not a finite number). */
export function completeDemand(
  demand: Demand,
): { complete: CompleteDemand } | { missing: DemandField[] } {
  const missing = DEMAND_FIELDS.filter((field) => !Number.isFinite(demand[field]));
  return missing.length > 0 ? { missing } : { complete: demand as CompleteDemand };
}

export function trafficOf(demand: CompleteDemand): number {
  return (demand.requestsPerHour * demand.averageHandlingMinutes) / 60;
}

/**
 * Erlang C staffing for a response-time service level: the smallest whole number of agents
 * whose service level reaches the target, converted into FTE for shrinkage and for the hours
 * covered per week against the hours one FTE is contracted for.
 */
export function staffingFor(demand: Demand | undefined, contractedHoursPerWeek: number): Staffing {
  if (demand === undefined) return { status: 'no-demand' };
  const checked = completeDemand(demand);
  if ('missing' in checked) return { status: 'not-enough-data', missing: checked.missing };
  const d = checked.complete;
  const queue = smallestQueue(d);
  if (queue === undefined) return { status: 'unreachable', trafficErlangs: trafficOf(d) };
  const requiredFteExact =
    (queue.agents / (1 - d.shrinkagePercent / 100)) *
    (d.coverageHoursPerWeek / contractedHoursPerWeek);
  return { status: 'ok', queue, requiredFteExact, requiredFte: ceilToHalf(requiredFteExact) };
}

/** What a given number of agents achieves under the demand. */
export function queueWith(demand: CompleteDemand, agents: number): QueueResult {
  const traffic = trafficOf(demand);
  const n = Math.max(0, Math.floor(agents));
  return queueFrom(demand, traffic, n, traffic <= 0 ? 0 : erlangC(n, traffic));
}

/** The queue's figures from its probability of waiting, computed once (see erlangB). */
function queueFrom(d: CompleteDemand, traffic: number, n: number, wait: number): QueueResult {
  const stable = traffic <= 0 || n > traffic;
  return {
    trafficErlangs: traffic,
    agents: n,
    serviceLevel:
      traffic <= 0
        ? 1
        : stable
          ? levelFrom(wait, n, traffic, d.targetAnswerMinutes, d.averageHandlingMinutes)
          : 0,
    probabilityOfWaiting: wait,
    averageSpeedOfAnswerMinutes:
      traffic <= 0 ? 0 : stable ? (wait * d.averageHandlingMinutes) / (n - traffic) : undefined,
    occupancy: n > 0 ? Math.min(1, traffic / n) : undefined,
  };
}

/**
 * Beyond this many agents above the load the search gives up. Within the schema (service level
 * ≤ 99.9 %) it is never reached; it keeps the analysis from looping on a draft value the
 * inspector has not validated yet (say 100 %), which then reads as "unreachable".
 */
const SEARCH_MARGIN = 1_000;

/**
 * Walks N upwards from the first stable value, carrying Erlang B along, so the whole search
 * costs one pass up to the answer instead of one recursion per candidate.
 */
function smallestQueue(d: CompleteDemand): QueueResult | undefined {
  const traffic = trafficOf(d);
  if (traffic <= 0) return queueWith(d, 0);
  const target = d.serviceLevelPercent / 100;
  const first = Math.floor(traffic) + 1;
  const last = first + SEARCH_MARGIN + Math.ceil(10 * Math.sqrt(traffic));
  let b = erlangB(first - 1, traffic);
  for (let n = first; n <= last; n++) {
    b = nextErlangB(b, n, traffic);
    const wait = erlangCFromB(b, n, traffic);
    const level = levelFrom(wait, n, traffic, d.targetAnswerMinutes, d.averageHandlingMinutes);
    if (level >= target - 1e-12) return queueFrom(d, traffic, n, wait);
  }
  return undefined;
}
