// A star on a post or an author: adds it to the watchlist (lib/watchlist), or takes it off. Reads
// the stored list and follows its changes (useWatchlist: one read and one listener for every star
// on the page), so a star set in the popup shows in an open dashboard.
import { useState } from 'preact/hooks';
import { formatNumber } from '@/lib/format';
import { withRawError } from '@/lib/store';
import { MAX_STARS, WatchlistFullError } from '@/lib/watchlist';
import { t } from '../../lib/i18n';
import { InlineFoldedMessage, rawError } from './action-failed';
import { toggleStarShown, useWatchlist } from './use-watchlist';

/**
 * What a failed star says: a full watchlist (toggleKey's refusal, WatchlistFullError, known by its
 * type) in a sentence of its own with nothing to fold; any other failure (the browser's storage,
 * whose words are most often English) as the watchlist left unchanged, its raw error folded.
 */
function starFailure(e: unknown): string {
  if (e instanceof WatchlistFullError) return t('common.star.full', formatNumber(MAX_STARS));
  return withRawError(t('common.star.saveFailed'), rawError(e));
}

/**
 * The star and its alert run on in the line around them, as <span>s would; they are <div>s because
 * the alert holds a <details> (flow content), which no <span> may hold.
 */
const INLINE = { display: 'inline' } as const;

interface Props {
  kind: 'posts' | 'authors';
  /** The post key (`platform:postId`) or author key (`platform:handle`). */
  itemKey: string;
  /** Who or what is starred, for the screen reader's label ("this post", "@nasa"). */
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
      setError(starFailure(e));
    }
  };

  return (
    <div class="star-toggle" style={INLINE}>
      <button
        type="button"
        class="star"
        aria-pressed={starred === true}
        disabled={starred === null}
        title={t('common.star.hint')}
        // One name whether on or off: aria-pressed says which. A name turned to "Unstar …" when
        // pressed was read "Unstar …, pressed", as if it were unstarred.
        aria-label={t('common.star.starItem', label)}
        onClick={toggle}
      >
        {starred ? `★ ${t('common.star.starred')}` : `☆ ${t('common.star.star')}`}
      </button>
      {error ? (
        <div class="error" role="alert" style={INLINE}>
          <InlineFoldedMessage message={error} />
        </div>
      ) : null}
    </div>
  );
}
