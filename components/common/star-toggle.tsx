// A star on a post or an author: adds it to the watchlist (lib/watchlist), or takes it off. Reads
// the stored list and follows its changes (useWatchlist: one read and one listener for every star
// on the page), so a star set in the popup shows in an open dashboard.
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { toggleStarShown, useWatchlist } from './use-watchlist';

interface Props {
  kind: 'posts' | 'authors';
  /** The post key (`platform:postId`) or author key (`platform:handle`). */
  itemKey: string;
  /** Who or what is starred, for the screen reader's label ("@nasa's post"). */
  label: string;
}

export function StarToggle({ kind, itemKey, label }: Props) {
  const list = useWatchlist();
  const [error, setError] = useState<string | null>(null);
  const starred =
    list.status === 'loading'
      ? null
      : list.status === 'failed'
        ? false
        : (list.value[kind] ?? []).includes(itemKey);

  const toggle = async () => {
    try {
      await toggleStarShown(kind, itemKey);
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
