// A star on a post or an author: adds it to the watchlist (lib/watchlist), or takes it off. Reads
// the stored list and follows its changes, so a star set in the popup shows in an open dashboard.
import { useEffect, useState } from 'preact/hooks';
import { getWatchlist, toggleStar, watchlistItem } from '@/lib/watchlist';

interface Props {
  kind: 'posts' | 'authors';
  /** The post key (`platform:postId`) or author key (`platform:handle`). */
  itemKey: string;
  /** Who or what is starred, for the screen reader's label ("@nasa's post"). */
  label: string;
}

export function StarToggle({ kind, itemKey, label }: Props) {
  const [starred, setStarred] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    getWatchlist().then(
      (w) => current && setStarred(w[kind].includes(itemKey)),
      () => current && setStarred(false),
    );
    const unwatch = watchlistItem.watch((w) => {
      if (current && w) setStarred((w[kind] ?? []).includes(itemKey));
    });
    return () => {
      current = false;
      unwatch();
    };
  }, [kind, itemKey]);

  const toggle = async () => {
    try {
      setStarred(await toggleStar(kind, itemKey));
      setError(null);
    } catch (e) {
      setError(`Could not save the star: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <span class="star-toggle">
      <button
        type="button"
        class="star"
        aria-pressed={starred === true}
        disabled={starred === null}
        title="Starred posts and authors alert on a breakout (Options → Watchlist)"
        aria-label={`${starred ? 'Unstar' : 'Star'} ${label}`}
        onClick={toggle}
      >
        {starred ? '★ Starred' : '☆ Star'}
      </button>
      {error ? (
        <span class="error" role="alert">
          {' '}
          {error}
        </span>
      ) : null}
    </span>
  );
}
