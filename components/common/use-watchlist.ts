// The stored watchlist for every star on a page, read once and followed with one storage listener
// while any star is shown. A popup of 20 posts or an author comparison of 500 would otherwise
// read storage and listen to its changes once per star.
import { useEffect, useState } from 'preact/hooks';
import { getWatchlist, type Watchlist, watchlistItem } from '@/lib/watchlist';

/** What a star knows: not read yet, read, or not readable (then nothing is starred). */
export type WatchlistState =
  | { status: 'loading' }
  | { status: 'read'; watchlist: Watchlist }
  | { status: 'failed' };

const LOADING: WatchlistState = { status: 'loading' };
const listeners = new Set<(s: WatchlistState) => void>();
let state: WatchlistState = LOADING;
let unwatch: (() => void) | null = null;
/** Counts the times the listeners went from none to some: a read begun for an earlier set is dropped. */
let generation = 0;

function publish(next: WatchlistState) {
  state = next;
  for (const l of listeners) l(next);
}

function subscribe(listener: (s: WatchlistState) => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    const mine = ++generation;
    state = LOADING;
    // A change stored while the first read is on its way is newer than that read: it wins.
    let changed = false;
    unwatch = watchlistItem.watch((w) => {
      changed = true;
      if (w) publish({ status: 'read', watchlist: w });
    });
    getWatchlist().then(
      (w) => mine === generation && !changed && publish({ status: 'read', watchlist: w }),
      () => mine === generation && !changed && publish({ status: 'failed' }),
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

/** The watchlist as stored now, kept up to date while the component is shown. */
export function useWatchlist(): WatchlistState {
  const [seen, setSeen] = useState<WatchlistState>(state);
  useEffect(() => {
    const stop = subscribe(setSeen);
    // Read before this component subscribed, or while it rendered: take what is known now.
    setSeen(state);
    return stop;
  }, []);
  return seen;
}
