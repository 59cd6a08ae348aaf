// The stored watchlist for every star on a page: one read and one storage listener for all of
// them (shared-read.ts), taken off when the last star goes.
import { getWatchlist, storeStarToggle, type Watchlist, watchlistItem } from '@/lib/watchlist';
import { type SharedState, sharedRead } from './shared-read';

export type WatchlistState = SharedState<Watchlist>;

const watchlist = sharedRead(
  () => getWatchlist(),
  (changed) =>
    watchlistItem.watch((w) => {
      if (w) changed(w);
    }),
);

/** The watchlist as stored now, kept up to date while the component is shown. */
export const useWatchlist = (): WatchlistState => watchlist.use();

/** Stars or unstars, and shows the stored list on every star at once (not when the listener brings it). */
export async function toggleStarShown(kind: 'posts' | 'authors', key: string): Promise<void> {
  watchlist.publish(await storeStarToggle(kind, key));
}
