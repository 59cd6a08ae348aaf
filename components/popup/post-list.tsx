// The tab's posts, sorted by the metric the user picks.
import { useMemo, useState } from 'preact/hooks';
import { SharedCampaignList } from '@/components/campaigns/add-to-campaign';
import type { PopupPost } from '@/lib/queries';
import { sortRows } from '@/lib/queries';
import { t, tn } from '../../lib/i18n';
import { PostItem } from './post-item';

export const POPUP_SORTS = ['er', 'erFollowers', 'erViews', 'velocity', 'outlier'] as const;
export type PopupSort = (typeof POPUP_SORTS)[number];

/** Each sort's name in the user's language (asked at render). */
const sortLabels = (): Record<PopupSort, string> => ({
  er: t('popup.sort.er'),
  erFollowers: t('popup.sort.erFollowers'),
  erViews: t('popup.sort.erViews'),
  velocity: t('popup.sort.velocity'),
  outlier: t('popup.sort.outlier'),
});

export function PostList({ posts, dashboardUrl }: { posts: PopupPost[]; dashboardUrl: string }) {
  // At first by the ER Settings lead with, on views for one post and on followers for another:
  // each post shows it with its basis ("1% of views", PostItem), so the order is read off the list.
  const [sort, setSort] = useState<PopupSort>('er');
  const sorted = useMemo(() => {
    const byKey = new Map(posts.map((p) => [p.row.key, p]));
    return sortRows(
      posts.map((p) => p.row),
      sort,
      'desc',
    ).map((r) => byKey.get(r.key)!);
  }, [posts, sort]);
  // The same elements until the posts or their order change: Preact then skips each post, so the
  // campaigns' answer (SharedCampaignList) and a star's change redraw their own parts, not every
  // post of the list.
  const items = useMemo(
    () => sorted.map((p) => <PostItem key={p.row.key} post={p} dashboardUrl={dashboardUrl} />),
    [sorted, dashboardUrl],
  );
  const labels = sortLabels();
  return (
    <section class="posts" aria-label={t('popup.posts.label')}>
      <div class="posts-bar">
        <h2>{tn('popup.posts.count', posts.length)}</h2>
        <label>
          {t('popup.posts.sortBy')}{' '}
          <select value={sort} onChange={(e) => setSort(e.currentTarget.value as PopupSort)}>
            {POPUP_SORTS.map((value) => (
              <option key={value} value={value}>
                {labels[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {/* One read of the campaigns for every post's "Add to campaign", not one per post: the popup
          has a load budget (docs/performance.md), and the background adds to the stored campaign
          anyway. When it answers, only the pickers draw again, not the posts. */}
      <SharedCampaignList>
        <ol class="post-list">{items}</ol>
      </SharedCampaignList>
    </section>
  );
}
