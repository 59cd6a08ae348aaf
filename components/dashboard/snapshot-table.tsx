// Every snapshot of a post, newest first, with the rates at that moment.

import { formatDateTime, formatNumber, formatPercent } from '@/lib/format';
import { ENGAGEMENT_FIELDS, engagement, erByFollowers, erByViews } from '@/lib/metrics';
import type { SnapshotRecord } from '@/lib/records';
import { COUNT_FIELDS, type Count, likesAreScore, type Platform } from '@/lib/types';
import { t, uiLocale } from '../../lib/i18n';

/** A reading's engagement formula, on the table's header and under it on the post's page (a
 *  Reddit post's likes are its score, named so). */
export const engagementFormula = (platform?: Platform): string =>
  likesAreScore(platform)
    ? t('dashboard.snapshots.redditEngagementTitle')
    : t('dashboard.snapshots.engagementTitle');

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
  const notShownNote = t('dashboard.snapshots.countNotShown');
  const notShown = t('dashboard.snapshots.notShown');
  const locale = uiLocale();
  // Each reading's engagement over the counts some reading of the post shows: one that lacks one of
  // them (its comments) is unknown there, as the chart breaks its line, not a drop by that many.
  const fields = ENGAGEMENT_FIELDS.filter((f) => snapshots.some((s) => s[f] !== null));
  const label = (f: (typeof ENGAGEMENT_FIELDS)[number]) =>
    f === 'likes' && likesAreScore(platform) ? t('dashboard.columns.score') : t(`dashboard.columns.${f}`);
  const partial = (s: SnapshotRecord): string | null => {
    const missing = fields.filter((f) => s[f] === null);
    return missing.length === 0 || missing.length === fields.length
      ? null
      : t('dashboard.snapshots.engagementPartial', missing.map(label).join(', '));
  };
  return (
    <>
      <table class="snapshots">
        <caption class="visually-hidden">{t('dashboard.snapshots.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.snapshots.captured')}</th>
            <th scope="col" class="num">
              {likesAreScore(platform) ? t('dashboard.columns.score') : t('dashboard.columns.likes')}
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
            <th scope="col" class="num" title={engagementFormula(platform)}>
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
            const lacks = partial(s);
            return (
              <tr key={s.id ?? s.capturedAt}>
                <td>{formatDateTime(s.capturedAt, locale)}</td>
                {/* A count the reading did not show is unknown, not 0: its dash says so, on hover
                    and to a screen reader (a bare "—" is read as nothing or as "dash"). */}
                {COUNT_FIELDS.map((f) =>
                  s[f] === null ? (
                    <td key={f} class="num" title={notShownNote}>
                      {/* Named, so a screen reader says "not shown" where the eye reads the dash. */}
                      <span role="img" aria-label={notShown}>
                        —
                      </span>
                    </td>
                  ) : (
                    <td key={f} class="num">
                      {formatNumber(s[f], locale)}
                    </td>
                  ),
                )}
                <td class="num" title={borrowed(s) ? latestNote : undefined}>
                  {formatNumber(followers, locale)}
                  {borrowed(s) ? <span aria-hidden="true">*</span> : null}
                </td>
                {lacks ? (
                  <>
                    <td class="num" title={lacks}>
                      —
                    </td>
                    <td class="num" title={lacks}>
                      —
                    </td>
                    <td class="num" title={lacks}>
                      —
                    </td>
                  </>
                ) : (
                  <>
                    <td class="num">{formatNumber(engagement(s), locale)}</td>
                    <td class="num" title={borrowed(s) ? latestNote : undefined}>
                      {formatPercent(erByFollowers(s, followers), locale)}
                      {borrowed(s) ? <span aria-hidden="true">*</span> : null}
                    </td>
                    <td class="num">{formatPercent(erByViews(s), locale)}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {newestFirst.some(borrowed) ? <p class="muted">* {latestNote}</p> : null}
    </>
  );
}
