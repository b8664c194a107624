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

export function nextErlangB(previous: number, k: number, traffic: number): number {
  return (traffic * previous) / (k + traffic * previous);
}
