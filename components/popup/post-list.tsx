// The tab's posts, sorted by the metric the user picks.
import { useMemo, useState } from 'preact/hooks';
import { useCampaignList } from '@/components/campaigns/add-to-campaign';
import type { PopupPost } from '@/lib/queries';
import { sortRows } from '@/lib/queries';
import { PostItem } from './post-item';

export const POPUP_SORTS = [
  ['er', 'Engagement rate'],
  ['erFollowers', 'ER by followers'],
  ['erViews', 'ER by views'],
  ['velocity', 'Velocity'],
  ['outlier', 'Outlier score'],
] as const;
export type PopupSort = (typeof POPUP_SORTS)[number][0];

export function PostList({ posts, dashboardUrl }: { posts: PopupPost[]; dashboardUrl: string }) {
  const [sort, setSort] = useState<PopupSort>('er');
  // One read of the campaigns for every post's "Add to campaign", not one per post: the popup
  // has a load budget (docs/performance.md), and the background adds to the stored campaign anyway.
  const campaigns = useCampaignList();
  const sorted = useMemo(() => {
    const byKey = new Map(posts.map((p) => [p.row.key, p]));
    return sortRows(
      posts.map((p) => p.row),
      sort,
      'desc',
    ).map((r) => byKey.get(r.key)!);
  }, [posts, sort]);
  return (
    <section class="posts" aria-label="Posts on this page">
      <div class="posts-bar">
        <h2>
          {posts.length} post{posts.length === 1 ? '' : 's'} on this page
        </h2>
        <label>
          Sort by{' '}
          <select value={sort} onChange={(e) => setSort(e.currentTarget.value as PopupSort)}>
            {POPUP_SORTS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ol class="post-list">
        {sorted.map((p) => (
          <PostItem key={p.row.key} post={p} dashboardUrl={dashboardUrl} campaigns={campaigns} />
        ))}
      </ol>
    </section>
  );
}
