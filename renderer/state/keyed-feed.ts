import type { StoreApi } from 'zustand';

/** The keys a change of the state concerns, or every key. */
export type KeyedChanges<K> = Iterable<K> | 'all';

/**
 * Subscriptions by key (a card's function id, a link's id) to one store. The store has one
 * subscriber, which works out once per change which keys it concerns (`changed`, from the new
 * state and the one before) and calls only their listeners: a change costs what it touches, not
 * one selector per card and link. `changed` may name more keys than changed (a listener then
 * finds its value as it was), never fewer: a key it leaves out is not told.
 */
export interface KeyedFeed<K> {
  subscribe(key: K, onChange: () => void): () => void;
}

function keyedFeed<S, K>(
  store: StoreApi<S>,
  changed: (next: S, before: S) => KeyedChanges<K>,
): KeyedFeed<K> {
  const listeners = new Map<K, Set<() => void>>();
  let count = 0;
  let stop: (() => void) | undefined;
  const notify = (next: S, before: S) => {
    const keys = changed(next, before);
    const sets = keys === 'all' ? [...listeners.values()] : [];
    if (keys !== 'all') {
      for (const key of keys) {
        const set = listeners.get(key);
        if (set) sets.push(set);
      }
    }
    // Copies: a listener may re-render a component that unsubscribes or subscribes.
    for (const set of sets) for (const listener of [...set]) listener();
  };
  return {
    subscribe(key, onChange) {
      let set = listeners.get(key);
      if (!set) {
        set = new Set();
        listeners.set(key, set);
      }
      set.add(onChange);
      count += 1;
      if (count === 1) stop = store.subscribe(notify);
      return () => {
        if (!set.delete(onChange)) return;
        if (set.size === 0) listeners.delete(key);
        count -= 1;
        if (count === 0) {
          stop?.();
          stop = undefined;
        }
      };
    },
  };
}

const feeds = new WeakMap<object, WeakMap<object, KeyedFeed<unknown>>>();

/** The one feed of `store` for `changed` (made on first use; `changed` is a module function). */
export function feedOf<S, K>(
  store: StoreApi<S>,
  changed: (next: S, before: S) => KeyedChanges<K>,
): KeyedFeed<K> {
  let byStore = feeds.get(changed);
  if (!byStore) {
    byStore = new WeakMap();
    feeds.set(changed, byStore);
  }
  let feed = byStore.get(store) as KeyedFeed<K> | undefined;
  if (!feed) {
    feed = keyedFeed(store, changed);
    byStore.set(store, feed as KeyedFeed<unknown>);
  }
  return feed;
}
