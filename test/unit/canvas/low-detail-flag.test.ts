import type { ReactFlowState, useStoreApi } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { lowDetailFlag } from '../../../renderer/canvas/low-detail';

type FlowStore = ReturnType<typeof useStoreApi>;
type Zoomable = Pick<ReactFlowState, 'transform' | 'fitViewQueued'>;

/**
 * A React Flow store as cards and links see it: each component's useStoreApi() is an object of
 * its own around the same store functions, and the store counts its subscribers.
 */
function flowStore(zoom: number) {
  const store = createStore<Zoomable>(() => ({ transform: [0, 0, zoom], fitViewQueued: false }));
  let subscribers = 0;
  const subscribe = (listener: () => void) => {
    subscribers += 1;
    const stop = store.subscribe(listener);
    return () => {
      subscribers -= 1;
      stop();
    };
  };
  // Only the fields the flag reads are in this state; the rest of React Flow's is not needed.
  const api = () =>
    ({ getState: store.getState, setState: store.setState, subscribe }) as unknown as FlowStore;
  return {
    api,
    zoomTo: (z: number) => store.setState({ transform: [0, 0, z] }),
    subscribers: () => subscribers,
  };
}

describe('the low-detail flag', () => {
  it('is one subscriber for every card and link of a canvas, heard only when it flips', () => {
    const flow = flowStore(0.1);
    const first = lowDetailFlag(flow.api(), 14.5, undefined);
    const second = lowDetailFlag(flow.api(), 14.5, undefined);
    expect(second).toBe(first);
    let heard = 0;
    const stops = [first.subscribe(() => (heard += 1)), second.subscribe(() => (heard += 1))];
    expect(flow.subscribers()).toBe(1);
    expect(first.get()).toBe(true);

    flow.zoomTo(0.2); // still too small to read (0.2 × 14.5 px < 6 px)
    expect(heard).toBe(0);
    flow.zoomTo(1);
    expect(heard).toBe(2);
    expect(first.get()).toBe(false);

    for (const stop of stops) stop();
    expect(flow.subscribers()).toBe(0);
    // Read without readers: straight from the store.
    flow.zoomTo(0.1);
    expect(first.get()).toBe(true);
  });

  it('is another flag for another canvas', () => {
    expect(lowDetailFlag(flowStore(1).api(), 14.5, undefined)).not.toBe(
      lowDetailFlag(flowStore(1).api(), 14.5, undefined),
    );
  });
});
