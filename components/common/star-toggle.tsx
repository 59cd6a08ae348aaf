// A star on a post or an author: adds it to the watchlist (lib/watchlist), or takes it off. Reads
// the stored list and follows its changes, so a star set in the popup shows in an open dashboard.
import { useEffect, useState } from 'preact/hooks';
import { getWatchlist, toggleStar, watchlistItem } from '@/lib/watchlist';
import { t } from '../../lib/i18n';

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
      setError(t('common.star.saveFailed', e instanceof Error ? e.message : String(e)));
    }
  };

  return (
    <span class="star-toggle">
      <button
        type="button"
        class="star"
        aria-pressed={starred === true}
        disabled={starred === null}
        title={t('common.star.hint')}
        aria-label={starred ? t('common.star.unstarItem', label) : t('common.star.starItem', label)}
        onClick={toggle}
      >
        {starred ? `★ ${t('common.star.starred')}` : `☆ ${t('common.star.star')}`}
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
