// One post the tab has shown: counts, rates, velocity and a sparkline of its engagement.

import { Sparkline } from '@/components/badge/sparkline';
import { AddToCampaign, type CampaignList } from '@/components/campaigns/add-to-campaign';
import { SafeLink } from '@/components/common/safe-link';
import { StarToggle } from '@/components/common/star-toggle';
import { formatCompact, formatMultiple, formatPercent, formatVelocity } from '@/lib/format';
import { type PopupPost, rateHint, rateTitle } from '@/lib/queries';
import { t, tn } from '../../lib/i18n';

/** The counts a post shows, labelled in the user's language (asked at render). */
const counts = () =>
  [
    ['likes', t('popup.counts.likes')],
    ['comments', t('popup.counts.comments')],
    ['reposts', t('popup.counts.reposts')],
    ['saves', t('popup.counts.saves')],
    ['views', t('popup.counts.views')],
  ] as const;

interface Props {
  post: PopupPost;
  dashboardUrl: string;
  /** The campaigns for "Add to campaign", read once by the list; else the item reads them. */
  campaigns?: CampaignList;
}

export function PostItem({ post, dashboardUrl, campaigns }: Props) {
  const r = post.row;
  const who = r.authorName ?? (r.authorHandle ? `@${r.authorHandle}` : t('popup.post.unknownAuthor'));
  const hint = rateHint(r);
  return (
    <li class="post">
      <div class="post-head">
        <span class="post-author">{who}</span>
        <StarToggle kind="posts" itemKey={r.key} label={t('popup.post.starLabel', who)} />
        <SafeLink platform={r.platform} url={r.url} class="post-open" hideWhenUnsafe>
          {t('popup.post.open')}
        </SafeLink>
      </div>
      {r.text ? <p class="post-text">{r.text}</p> : null}
      <dl class="counts">
        {counts().map(([field, label]) => (
          <div key={field}>
            <dt>{label}</dt>
            <dd>{formatCompact(r[field])}</dd>
          </div>
        ))}
      </dl>
      <dl class="rates">
        <div>
          <dt>{t('popup.sort.erFollowers')}</dt>
          <dd title={rateTitle(r, 'erFollowers')}>{formatPercent(r.erFollowers)}</dd>
        </div>
        <div>
          <dt>{t('popup.sort.erViews')}</dt>
          <dd title={rateTitle(r, 'erViews')}>{formatPercent(r.erViews)}</dd>
        </div>
        <div>
          <dt>{t('popup.sort.velocity')}</dt>
          <dd title={rateTitle(r, 'velocity')}>{formatVelocity(r.velocity)}</dd>
        </div>
        <div>
          <dt>{t('popup.post.outlier')}</dt>
          <dd title={rateTitle(r, 'outlier')}>{formatMultiple(r.outlier)}</dd>
        </div>
      </dl>
      {hint ? <p class="muted rate-hint">{hint}</p> : null}
      <div class="post-foot">
        <Sparkline
          values={post.history}
          width={120}
          height={24}
          label={tn('popup.post.sparkline', post.history.length)}
        />
        <a href={`${dashboardUrl}#/post/${encodeURIComponent(r.key)}`} target="_blank" rel="noopener">
          {t('popup.post.history')}
        </a>
      </div>
      <AddToCampaign postKeys={[r.key]} dashboardUrl={dashboardUrl} list={campaigns} />
    </li>
  );
}
