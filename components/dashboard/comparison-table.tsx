// Authors side by side: followers, ER, output, best posts and share of voice.
import { statsOn } from '@/components/annotations/compare-sets';
import { ConfirmButton } from '@/components/common/confirm-button';
import { changeOverSpan } from '@/components/common/follower-span';
import { StarToggle } from '@/components/common/star-toggle';
import { firstCodePoints, formatNumber, formatPercent, formatPerWeek, isolated } from '@/lib/format';
import { basisWords } from '@/lib/insights';
import { type ErPref, erOn, leadBasis } from '@/lib/metrics';
import { handleLabel, PLATFORM_NAMES } from '@/lib/platforms';
import {
  type AuthorStats,
  authorBasis,
  authorFormulas,
  type Comparison,
  type FollowerTrend,
  type LikesWord,
  likesWordOf,
} from '@/lib/queries';
import type { ErBasis } from '@/lib/types';
import { t, uiLocale } from '../../lib/i18n';

/** A post's first 60 characters (code points: an emoji is never cut in two); the rest is in its title. */
const shortText = (text: string): string => firstCodePoints(text, 60);

/** The follower change as the cell shows it ("+200"), or "—" with fewer than two readings. */
function changeText(trend: FollowerTrend, locale: string): string {
  if (trend.change === null) return '—';
  return `${trend.change > 0 ? '+' : ''}${formatNumber(trend.change, locale)}`;
}

/**
 * What the change is of: the time between the first and the latest reading, worded as the popup's
 * trend ("+200 in 30 days"), so changes seen over different times are not read as alike.
 */
export function changeTitle(trend: FollowerTrend, locale: string): string | undefined {
  if (trend.change === null || trend.spanMs <= 0) return undefined;
  return changeOverSpan(changeText(trend, locale), trend.spanMs);
}

/** What each share is of: the engagement the compared authors' posts show (shareOfVoice's total). */
export const voiceTotalOf = (comparison: Comparison): number =>
  comparison.views.reduce((n, v) => n + (v.stats.totalEngagement ?? 0), 0);

/**
 * How the voice total names likes: of the compared authors whose posts show counts (the others add
 * nothing to it), those on Reddit add their posts' score (AuthorStats.scorePosts), which is not a
 * count of likes and can be below 0; added to other authors' likes, the total must say so.
 */
export function voiceLikesOf(comparison: Comparison): LikesWord {
  let scorePosts = 0;
  let posts = 0;
  for (const { stats } of comparison.views) {
    if (stats.totalEngagement === null) continue;
    scorePosts += stats.scorePosts;
    posts += stats.postsSeen;
  }
  return likesWordOf(scorePosts, posts);
}

const SHARE_TITLE = {
  likes: 'dashboard.comparison.shareTitle',
  score: 'dashboard.comparison.shareTitleScore',
  mixed: 'dashboard.comparison.shareTitleMixed',
} as const;

/**
 * The share of voice's formula with its figures ("340 of 400 engagements: …"), naming Reddit's score
 * where the total holds some (`likes`: voiceLikesOf); none without a share.
 */
export function shareTitle(
  stats: AuthorStats,
  voiceTotal: number,
  locale: string,
  likes: LikesWord = 'likes',
): string | undefined {
  if (stats.totalEngagement === null || voiceTotal === 0) return undefined;
  return t(SHARE_TITLE[likes], formatNumber(stats.totalEngagement, locale), formatNumber(voiceTotal, locale));
}

interface Props {
  comparison: Comparison;
  onDelete: (authorKey: string) => void;
  /** Settings' ER choice the comparison was loaded with; without it, read from the rows (leadBasis). */
  pref?: ErPref;
}

/** How many best posts an author's stats keep (loadAuthorView's). */
const BEST_POSTS = 3;

/** What the table and its notes show of a comparison: its one ER basis and each author's stats on it. */
export interface ComparisonShown {
  basis: ErBasis | null;
  /** The basis named for the headers; with none (no post has an ER), the lead's words. */
  words: string;
  /** comparison.views' stats, in their order, on `basis`. */
  stats: AuthorStats[];
}

/**
 * Per comparison read and ER choice, its basis and stats: the table and its notes ask on the same
 * render, and re-rating walks every compared post. A comparison is a new object at each read.
 */
const shownOf = new WeakMap<Comparison, Map<ErPref | undefined, Omit<ComparisonShown, 'words'>>>();

/**
 * The comparison's one ER basis, taken over all the compared authors' posts as the heatmap takes
 * one for all its cells: an author rated by followers (0.5%) beside one rated by views (4.5%) would
 * read as ten times less engaging; and each author's stats on it (statsOn): an author with no ER on
 * it shows none ("—", its formula says 0 posts have one on it), never one on the other basis. The
 * table and its notes (ComparisonNotes) both take them from here, so the report never describes a
 * figure the table does not show. `pref`: as ComparisonTable's.
 */
export function comparisonShown(comparison: Comparison, pref: ErPref | undefined): ComparisonShown {
  let byPref = shownOf.get(comparison);
  if (!byPref) {
    byPref = new Map();
    shownOf.set(comparison, byPref);
  }
  let shown = byPref.get(pref);
  if (!shown) {
    const basis = authorBasis(
      comparison.views.flatMap((v) => v.rows),
      pref,
    );
    const stats = comparison.views.map(({ stats, rows }) => statsOn(stats, rows, basis, BEST_POSTS));
    shown = { basis, stats };
    byPref.set(pref, shown);
  }
  // Words in the language of this render, not the first one's.
  return { ...shown, words: basisWords(shown.basis ?? leadBasis(pref, [])) };
}

export function ComparisonTable({ comparison, onDelete, pref }: Props) {
  const locale = uiLocale();
  const shown = comparisonShown(comparison, pref);
  const { words } = shown;
  const erHeaderTitle = t('dashboard.comparison.erBasisTitle', words);
  const voiceTotal = voiceTotalOf(comparison);
  const likes = voiceLikesOf(comparison);
  // Where a Reddit author's score stands in for likes, the headers say so; else they are as ever.
  const scoreTitle = likes === 'likes' ? undefined : t('dashboard.comparison.scoreTitle');
  return (
    <table class="comparison">
      <caption class="visually-hidden">{t('dashboard.comparison.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.comparison.author')}</th>
          <th scope="col" class="num">
            {t('dashboard.comparison.followers')}
          </th>
          <th scope="col" class="num">
            {t('dashboard.comparison.followerChange')}
          </th>
          <th scope="col" class="num">
            {t('dashboard.comparison.postsSeen')}
          </th>
          <th scope="col" class="num">
            {t('dashboard.comparison.postsPerWeek')}
          </th>
          <th scope="col" class="num" title={erHeaderTitle}>
            {t('dashboard.comparison.medianErOn', words)}
          </th>
          <th scope="col" class="num" title={erHeaderTitle}>
            {t('dashboard.comparison.meanErOn', words)}
          </th>
          <th scope="col" class="num" title={scoreTitle}>
            {t('dashboard.comparison.engagement')}
          </th>
          <th scope="col" class="num" title={scoreTitle}>
            {t('dashboard.comparison.shareOfVoice')}
          </th>
          <th scope="col" title={erHeaderTitle}>
            {t('dashboard.comparison.bestPostsOn', words)}
          </th>
          {/* The delete buttons' column: out of the report (picture and print), as its cells. */}
          <th scope="col" class="report-omit">
            <span class="visually-hidden">{t('dashboard.comparison.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {comparison.views.map(({ author, trend }, i) => {
          const stats = shown.stats[i]!;
          const formulas = authorFormulas(stats, locale, author.platform);
          // "@alice", but a channel's path ("channel/UC…") or an account's number with no "@".
          const handle = handleLabel(author.handle);
          return (
            <tr key={author.key} data-author={author.key}>
              <th scope="row">
                {/* The name and handle are the page's text: each in a <bdi>, so a right-to-left
                  override in them cannot turn " · X" around. An empty name (an imported file
                  may hold one) is none: the handle stands for it. */}
                <bdi>{author.name || handle}</bdi>
                <div class="muted">
                  <bdi>{handle}</bdi> · {PLATFORM_NAMES[author.platform]}
                </div>
                {/* A control, out of the report (picture and print). */}
                <div class="report-omit">
                  <StarToggle kind="authors" itemKey={author.key} label={isolated(handle)} />
                </div>
              </th>
              <td class="num">{formatNumber(trend.latest, locale)}</td>
              <td class="num" title={changeTitle(trend, locale)}>
                {changeText(trend, locale)}
              </td>
              <td class="num">{formatNumber(stats.postsSeen, locale)}</td>
              {/* Each figure's formula on hover, with how many of the posts seen it is made of. */}
              <td class="num" title={formulas.postsPerWeek}>
                {formatPerWeek(stats.postsPerWeek, locale)}
              </td>
              <td class="num" title={formulas.medianEr}>
                {formatPercent(stats.medianEr, locale)}
              </td>
              <td class="num" title={formulas.meanEr}>
                {formatPercent(stats.meanEr, locale)}
              </td>
              <td class="num" title={formulas.totalEngagement}>
                {formatNumber(stats.totalEngagement, locale)}
              </td>
              <td class="num" data-col="share" title={shareTitle(stats, voiceTotal, locale, likes)}>
                {formatPercent(comparison.share.get(author.key) ?? null, locale)}
              </td>
              <td>
                <ol class="best">
                  {stats.bestPosts.map((r) => (
                    <li key={r.key}>
                      <a href={`#/post/${encodeURIComponent(r.key)}`} title={r.text}>
                        {formatPercent(stats.erBasis === null ? r.er : erOn(r, stats.erBasis), locale)} ·{' '}
                        <bdi>{shortText(r.text) || t('dashboard.noText')}</bdi>
                      </a>
                    </li>
                  ))}
                </ol>
              </td>
              <td class="report-omit">
                <ConfirmButton
                  confirmLabel={t('dashboard.comparison.deleteConfirm', isolated(handle))}
                  onConfirm={() => onDelete(author.key)}
                >
                  {t('dashboard.comparison.deleteAuthor')}
                </ConfirmButton>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
