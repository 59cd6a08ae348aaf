// A stored value that many components of one page show (the watchlist behind every star, the
// annotations behind every filter): read once and followed with one storage listener while any
// of them is shown. A popup of 20 posts would otherwise read the watchlist 20 times, and a view
// opened after the page had read its annotations would read them again and draw itself twice.
import { useEffect, useState } from 'preact/hooks';

/** What a component knows: not read yet, read, or not readable. */
export type SharedState<T> = { status: 'loading' } | { status: 'read'; value: T } | { status: 'failed' };

export interface SharedRead<T> {
  /** The value as stored now, kept up to date while the component is shown. */
  use(): SharedState<T>;
  /** Hands every component a value just stored, before the storage listener brings it. */
  publish(value: T): void;
}

const LOADING = { status: 'loading' } as const;

export function sharedRead<T>(
  read: () => Promise<T>,
  watch: (changed: (value: T) => void) => () => void,
): SharedRead<T> {
  const listeners = new Set<(s: SharedState<T>) => void>();
  let state: SharedState<T> = LOADING;
  let unwatch: (() => void) | null = null;
  // Counts the times the listeners went from none to some: a read begun for an earlier set of
  // components must not land after a newer one.
  let generation = 0;

  const set = (next: SharedState<T>) => {
    state = next;
    for (const l of listeners) l(next);
  };

  function subscribe(listener: (s: SharedState<T>) => void): () => void {
    listeners.add(listener);
    if (listeners.size === 1) {
      const mine = ++generation;
      state = LOADING;
      // A change stored while the first read is on its way is newer than that read: it wins.
      let changed = false;
      unwatch = watch((value) => {
        changed = true;
        set({ status: 'read', value });
      });
      read().then(
        (value) => mine === generation && !changed && set({ status: 'read', value }),
        () => mine === generation && !changed && set({ status: 'failed' }),
      );
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size > 0) return;
      unwatch?.();
      unwatch = null;
      state = LOADING;
    };
  }

  return {
    use() {
      const [seen, setSeen] = useState<SharedState<T>>(state);
      useEffect(() => {
        const stop = subscribe(setSeen);
        // Read before this component subscribed, or while it rendered: take what is known now
        // (the same object when nothing changed, so no second render).
        setSeen(state);
        return stop;
      }, []);
      return seen;
    },
    publish: (value) => set({ status: 'read', value }),
  };
}
