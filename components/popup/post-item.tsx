// One post the tab has shown: counts, rates, velocity and a sparkline of its engagement.

import { Sparkline } from '@/components/badge/sparkline';
import { AddToCampaign, type CampaignList } from '@/components/campaigns/add-to-campaign';
import { SafeLink } from '@/components/common/safe-link';
import { StarToggle } from '@/components/common/star-toggle';
import { formatCompact, formatMultiple, formatPercent, formatVelocity } from '@/lib/format';
import type { PopupPost } from '@/lib/queries';

const COUNTS = [
  ['likes', 'Likes'],
  ['comments', 'Comments'],
  ['reposts', 'Reposts'],
  ['saves', 'Saves'],
  ['views', 'Views'],
] as const;

interface Props {
  post: PopupPost;
  dashboardUrl: string;
  /** The campaigns for "Add to campaign", read once by the list; else the item reads them. */
  campaigns?: CampaignList;
}

export function PostItem({ post, dashboardUrl, campaigns }: Props) {
  const r = post.row;
  const who = r.authorName ?? (r.authorHandle ? `@${r.authorHandle}` : 'Unknown author');
  return (
    <li class="post">
      <div class="post-head">
        <span class="post-author">{who}</span>
        <StarToggle kind="posts" itemKey={r.key} label={`${who}'s post`} />
        <SafeLink platform={r.platform} url={r.url} class="post-open" hideWhenUnsafe>
          Open
        </SafeLink>
      </div>
      {r.text ? <p class="post-text">{r.text}</p> : null}
      <dl class="counts">
        {COUNTS.map(([field, label]) => (
          <div key={field}>
            <dt>{label}</dt>
            <dd>{formatCompact(r[field])}</dd>
          </div>
        ))}
      </dl>
      <dl class="rates">
        <div>
          <dt>ER by followers</dt>
          <dd>{formatPercent(r.erFollowers)}</dd>
        </div>
        <div>
          <dt>ER by views</dt>
          <dd>{formatPercent(r.erViews)}</dd>
        </div>
        <div>
          <dt>Velocity</dt>
          <dd>{formatVelocity(r.velocity)}</dd>
        </div>
        <div>
          <dt>Outlier</dt>
          <dd>{formatMultiple(r.outlier)}</dd>
        </div>
      </dl>
      <div class="post-foot">
        <Sparkline
          values={post.history}
          width={120}
          height={24}
          label={`Engagement over ${post.history.length} snapshots`}
        />
        <a href={`${dashboardUrl}#/post/${encodeURIComponent(r.key)}`} target="_blank" rel="noopener">
          History
        </a>
      </div>
      <AddToCampaign postKeys={[r.key]} dashboardUrl={dashboardUrl} list={campaigns} />
    </li>
  );
}
