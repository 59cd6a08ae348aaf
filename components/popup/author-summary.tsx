// The profile the tab shows: followers and their trend, and how the author's posts do; or the
// community the tab shows (a subreddit): its members and their trend.
import { Sparkline } from '@/components/badge/sparkline';
import { changeOverSpan } from '@/components/common/follower-span';
import { formatCompact, formatDateTime, formatNumber, formatPercent, formatPerWeek } from '@/lib/format';
import { handleLabel, isCommunity, PLATFORM_NAMES } from '@/lib/platforms';
import { type AuthorView, authorFormulas, type FollowerTrend } from '@/lib/queries';
import type { AuthorRecord } from '@/lib/records';
import { t, tn, uiLocale } from '../../lib/i18n';

function trendText(change: number | null, spanMs: number): string {
  if (change === null || spanMs <= 0) return t('popup.author.noTrend');
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return changeOverSpan(`${sign}${formatNumber(Math.abs(change), uiLocale())}`, spanMs);
}

/**
 * Where the followers figure and its trend come from, for their titles: when the newest count was
 * read (it may be weeks old: the profile is read only while PostLens is on for it), and the trend's
 * formula with the two readings it subtracts. A count with no reading behind it is the author's
 * undated one (followersAt null: only an imported file's posts give one so): named so, with the
 * count exactly, as the compact figure rounds it. Undefined where there is no such figure.
 */
function sources(trend: FollowerTrend, locale: string): { followers?: string; trend?: string } {
  const first = trend.points[0];
  const last = trend.points[trend.points.length - 1];
  if (!first || !last)
    return trend.latest === null
      ? {}
      : { followers: t('popup.author.followersUndated', formatNumber(trend.latest, locale)) };
  const at = (p: [number, number]) => [formatNumber(p[1], locale), formatDateTime(p[0], locale)] as const;
  return {
    followers: t('popup.author.followersRead', formatDateTime(last[0], locale)),
    trend:
      trend.change === null || trend.spanMs <= 0
        ? undefined
        : t('popup.author.trendFormula', ...at(first), ...at(last)),
  };
}

/** The summary's heading: a community by its name as its platform writes it ("r/foo"), with no "@". */
function Heading({ author }: { author: AuthorRecord }) {
  const platform = PLATFORM_NAMES[author.platform];
  if (isCommunity(author.platform, author.handle))
    return (
      <h2>
        <bdi>{author.handle}</bdi>{' '}
        <span class="muted">
          {t('popup.author.community')} · {platform}
        </span>
      </h2>
    );
  // An empty name (an imported file may hold one) is none: the handle heads the summary then.
  const name = author.name || null;
  // "@alice", but a channel's or company's path or an account's number with no "@".
  const handle = handleLabel(author.handle);
  return (
    // The name and handle are the page's text: each in a <bdi>, so a right-to-left override in
    // the name cannot turn "@handle · X" around.
    <h2>
      <bdi>{name ?? handle}</bdi>{' '}
      <span class="muted">
        {/* The handle once: a post without a name has it as its heading already. */}
        {name !== null ? (
          <>
            <bdi>{handle}</bdi> ·{' '}
          </>
        ) : null}
        {platform}
      </span>
    </h2>
  );
}

export function AuthorSummary({ view }: { view: AuthorView }) {
  const { author, trend, stats } = view;
  const locale = uiLocale();
  // A community's members are not followers, and it has no posts of its own to rate.
  const community = isCommunity(author.platform, author.handle);
  // A Reddit author's ERs name the posts' score, as a Reddit post's count is named.
  const formulas = authorFormulas(stats, locale, author.platform);
  const from = sources(trend, locale);
  const countLabel = t(community ? 'popup.author.members' : 'popup.author.followers');
  // Each figure's title, listed under the figures (a figure without one, none yet, is left out).
  const notes = (
    [
      [countLabel, from.followers],
      [t('popup.author.trend'), from.trend],
      ...(community
        ? []
        : ([
            [t('popup.author.medianEr'), formulas.medianEr],
            [t('popup.author.postsPerWeek'), formulas.postsPerWeek],
          ] as const)),
    ] as const
  ).filter((n): n is readonly [string, string] => n[1] !== undefined);
  return (
    <section class="author" aria-label={t(community ? 'popup.author.communityLabel' : 'popup.author.label')}>
      <Heading author={author} />
      <dl class="rates">
        <div>
          <dt>{countLabel}</dt>
          {/* No count read (the profile page showed none): unknown, said as a post's counts say it. */}
          <dd title={from.followers} class={trend.latest === null ? 'muted' : undefined}>
            {trend.latest === null ? t('badge.notShown') : formatCompact(trend.latest, locale)}
          </dd>
        </div>
        <div>
          <dt>{t('popup.author.trend')}</dt>
          <dd title={from.trend}>{trendText(trend.change, trend.spanMs)}</dd>
        </div>
        {community ? null : (
          <>
            <div title={formulas.medianEr}>
              <dt>{t('popup.author.medianEr')}</dt>
              <dd>{formatPercent(stats.medianEr, locale)}</dd>
            </div>
            <div title={formulas.postsPerWeek}>
              <dt>{t('popup.author.postsPerWeek')}</dt>
              <dd>{formatPerWeek(stats.postsPerWeek, locale)}</dd>
            </div>
          </>
        )}
      </dl>
      {/* The formulas and sources said out loud too, as a post's are: a title shows on hover only,
          which keyboards and touch screens never do. */}
      <details class="formulas">
        <summary>{t('popup.post.formulas')}</summary>
        {notes.map(([label, note]) => (
          <p key={label}>
            {label}: {note}
          </p>
        ))}
      </details>
      {community ? null : <p class="muted">{tn('popup.author.postsSeen', stats.postsSeen)}</p>}
      <Sparkline
        values={trend.points.map(([, f]) => f)}
        width={240}
        height={28}
        label={t(community ? 'popup.author.membersOverTime' : 'popup.author.followersOverTime')}
      />
    </section>
  );
}
