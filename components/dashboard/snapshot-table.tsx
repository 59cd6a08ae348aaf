// Every snapshot of a post, newest first, with the rates at that moment.

import { formatDateTime, formatNumber, formatPercent } from '@/lib/format';
import { engagement, erByFollowers, erByViews } from '@/lib/metrics';
import type { SnapshotRecord } from '@/lib/records';
import { COUNT_FIELDS, type Count, type Platform } from '@/lib/types';
import { t, uiLocale } from '../../lib/i18n';

export function SnapshotTable({
  snapshots,
  followersFallback,
  platform,
}: {
  snapshots: SnapshotRecord[];
  followersFallback: Count;
  /** The post's platform: a Reddit post's "likes" are its score (upvotes − downvotes). */
  platform?: Platform;
}) {
  const newestFirst = [...snapshots].sort((a, b) => b.capturedAt - a.capturedAt);
  // A snapshot read without followers is shown with the author's latest known count: marked, as
  // that count was not read at that moment (every figure names its sources).
  const borrowed = (s: SnapshotRecord) => s.followers === null && followersFallback !== null;
  const latestNote = t('dashboard.snapshots.followersLatest');
  const locale = uiLocale();
  return (
    <>
      <table class="snapshots">
        <caption class="visually-hidden">{t('dashboard.snapshots.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.snapshots.captured')}</th>
            <th scope="col" class="num">
              {platform === 'reddit' ? t('dashboard.columns.score') : t('dashboard.columns.likes')}
            </th>
            <th scope="col" class="num">
              {t('dashboard.columns.comments')}
            </th>
            <th scope="col" class="num">
              {t('dashboard.columns.reposts')}
            </th>
            <th scope="col" class="num">
              {t('dashboard.columns.saves')}
            </th>
            <th scope="col" class="num">
              {t('dashboard.columns.views')}
            </th>
            <th scope="col" class="num">
              {t('dashboard.columns.followers')}
            </th>
            <th scope="col" class="num" title={t('dashboard.snapshots.engagementTitle')}>
              {t('dashboard.columns.engagement')}
            </th>
            <th scope="col" class="num">
              {t('dashboard.columns.erFollowers')}
            </th>
            <th scope="col" class="num">
              {t('dashboard.columns.erViews')}
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((s) => {
            const followers = s.followers ?? followersFallback;
            return (
              <tr key={s.id ?? s.capturedAt}>
                <td>{formatDateTime(s.capturedAt, locale)}</td>
                {COUNT_FIELDS.map((f) => (
                  <td key={f} class="num">
                    {formatNumber(s[f], locale)}
                  </td>
                ))}
                <td class="num" title={borrowed(s) ? latestNote : undefined}>
                  {formatNumber(followers, locale)}
                  {borrowed(s) ? <span aria-hidden="true">*</span> : null}
                </td>
                <td class="num">{formatNumber(engagement(s), locale)}</td>
                <td class="num" title={borrowed(s) ? latestNote : undefined}>
                  {formatPercent(erByFollowers(s, followers), locale)}
                  {borrowed(s) ? <span aria-hidden="true">*</span> : null}
                </td>
                <td class="num">{formatPercent(erByViews(s), locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {newestFirst.some(borrowed) ? <p class="muted">* {latestNote}</p> : null}
    </>
  );
}
