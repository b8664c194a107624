import type { Demand } from '../model/schema';
import { erlangA, type AbandonmentQueue } from './erlang-a';
import { erlangB, nextErlangB } from './erlang-b';
import { ceilToHalf } from './numbers';

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
/** The six fields the staffing needs; the peak and the patience refine it when given. */
export type CompleteDemand = Required<Pick<Demand, DemandField>> &
  Pick<Demand, 'peakHourPercent' | 'patienceMinutes'>;

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
      /**
       * With a peak hour given, the queue above is the peak hour's; these are the agents the
       * average hour would need, for comparison.
       */
      readonly averageHourAgents: number | undefined;
      /** Erlang A next to Erlang C, when the demand gives the callers' patience. */
      readonly withAbandonment: AbandonmentStaffing | undefined;
    }
  | { readonly status: 'unreachable'; readonly trafficErlangs: number };

/** The smallest staffing that meets the service level when callers hang up (Erlang A). */
interface AbandonmentStaffing extends AbandonmentQueue {
  readonly agents: number;
  readonly requiredFteExact: number;
  readonly requiredFte: number;
}

/** The demand with every field present, or the list of what is missing (or not a finite number). */
export function completeDemand(
  demand: Demand,
): { complete: CompleteDemand } | { missing: DemandField[] } {
  const missing = DEMAND_FIELDS.filter((field) => !Number.isFinite(demand[field]));
  if (missing.length > 0) return { missing };
  // The refinements count only as the positive numbers the schema allows; anything else (a
  // draft value not validated yet) is as if not given.
  const usable = (value: number | undefined) =>
    value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
  return {
    complete: {
      ...(demand as CompleteDemand),
      peakHourPercent: usable(demand.peakHourPercent),
      patienceMinutes: usable(demand.patienceMinutes),
    },
  };
}

/**
 * Offered load in erlangs of the hour the staffing is for: the busiest hour when the demand
 * gives one (requests × peak % ÷ 100), otherwise the average hour.
 */
export function trafficOf(demand: CompleteDemand): number {
  return (requestsInPeakHour(demand) * demand.averageHandlingMinutes) / 60;
}

/** Requests in the hour the staffing is for: the busiest hour when one is given. */
export function requestsInPeakHour(demand: CompleteDemand): number {
  return (demand.requestsPerHour * (demand.peakHourPercent ?? 100)) / 100;
}

/** Agents on line all the covered hours → FTE, for shrinkage and the contracted hours. */
function fteFor(agents: number, d: CompleteDemand, contractedHoursPerWeek: number): number {
  return (
    (agents / (1 - d.shrinkagePercent / 100)) * (d.coverageHoursPerWeek / contractedHoursPerWeek)
  );
}

/** FTE → agents on line: fewer hours than covered, and shrinkage, thin them out. */
export function agentsFor(fte: number, d: CompleteDemand, contractedHoursPerWeek: number): number {
  return (
    fte * (contractedHoursPerWeek / d.coverageHoursPerWeek) * (1 - d.shrinkagePercent / 100) + 1e-9
  );
}

/**
 * Erlang C staffing for a response-time service level: the smallest whole number of agents
 * whose service level reaches the target, converted into FTE for shrinkage and for the hours
 * covered per week against the hours one FTE is contracted for.
 *
 * With a peak hour given, the agents are those of the peak hour, kept on line all the covered
 * hours: an upper bound that needs no shift plan (a planner can trim the quiet hours), rather
 * than an average that leaves every peak short. With patience given, Erlang A is computed
 * alongside for the same hour.
 */
export function staffingFor(demand: Demand | undefined, contractedHoursPerWeek: number): Staffing {
  if (demand === undefined) return { status: 'no-demand' };
  const checked = completeDemand(demand);
  if ('missing' in checked) return { status: 'not-enough-data', missing: checked.missing };
  const d = checked.complete;
  const queue = smallestQueue(d);
  if (queue === undefined) return { status: 'unreachable', trafficErlangs: trafficOf(d) };
  const requiredFteExact = fteFor(queue.agents, d, contractedHoursPerWeek);
  const peak = d.peakHourPercent !== undefined && d.peakHourPercent > 100;
  const abandonment = d.patienceMinutes === undefined ? undefined : smallestAbandonment(d, queue);
  return {
    status: 'ok',
    queue,
    requiredFteExact,
    requiredFte: ceilToHalf(requiredFteExact),
    averageHourAgents: peak
      ? smallestQueue({ ...d, peakHourPercent: undefined })?.agents
      : undefined,
    withAbandonment:
      abandonment === undefined
        ? undefined
        : {
            ...abandonment,
            requiredFteExact: fteFor(abandonment.agents, d, contractedHoursPerWeek),
            requiredFte: ceilToHalf(fteFor(abandonment.agents, d, contractedHoursPerWeek)),
          },
  };
}

/** Erlang A figures of a given number of agents under the demand (patience given). */
export function abandonmentWith(
  d: CompleteDemand & { readonly patienceMinutes: number },
  agents: number,
): AbandonmentQueue {
  return erlangA(
    agents,
    trafficOf(d),
    d.averageHandlingMinutes,
    d.patienceMinutes,
    d.targetAnswerMinutes,
  );
}

/**
 * The fewest agents whose Erlang A service level reaches the target. Callers who hang up count
 * as missed, so at most n ÷ A of them are answered: the answer is at least target × A. Above
 * that the level grows with n; the search gallops up from the Erlang C answer's neighbourhood
 * and then halves the interval, so few evaluations fall where the queue is overloaded (and the
 * chain long).
 */
function smallestAbandonment(
  d: CompleteDemand,
  erlangCQueue: QueueResult,
): (AbandonmentQueue & { readonly agents: number }) | undefined {
  const patience = d.patienceMinutes;
  if (patience === undefined) return undefined;
  const withPatience = { ...d, patienceMinutes: patience };
  const traffic = trafficOf(d);
  const target = d.serviceLevelPercent / 100 - 1e-12;
  const meets = (n: number) => abandonmentWith(withPatience, n).serviceLevel >= target;
  let low = Math.max(0, Math.floor(target * traffic) - 1); // fails (or is 0)
  let high = Math.max(1, erlangCQueue.agents);
  const last = high + SEARCH_MARGIN + Math.ceil(10 * Math.sqrt(traffic));
  let step = 1;
  while (!meets(high)) {
    low = high;
    if (high >= last) return undefined;
    high = Math.min(last, high + step);
    step *= 2;
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (meets(middle)) high = middle;
    else low = middle;
  }
  return { agents: high, ...abandonmentWith(withPatience, high) };
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
