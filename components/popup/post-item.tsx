// One post the tab has shown: counts, rates, velocity and a sparkline of its engagement.

import { Sparkline } from '@/components/badge/sparkline';
import { AddToCampaign } from '@/components/campaigns/add-to-campaign';
import { SafeLink } from '@/components/common/safe-link';
import { StarToggle } from '@/components/common/star-toggle';
import {
  firstCodePoints,
  formatCompact,
  formatDateTime,
  formatMultiple,
  formatNumber,
  formatPercent,
  formatVelocity,
  handleLabel,
  isolated,
} from '@/lib/format';
import { type PopupPost, type RateField, rateHint, rateSourcedTitle } from '@/lib/queries';
import { likesAreScore } from '@/lib/types';
import { t, tn, uiLocale } from '../../lib/i18n';

/**
 * The counts a post shows, labelled in the user's language (asked at render). Reddit's likes are
 * its score (upvotes − downvotes, which can be below 0), as the badge names them.
 */
const counts = (score: boolean) =>
  [
    ['likes', score ? t('popup.counts.score') : t('popup.counts.likes')],
    ['comments', t('popup.counts.comments')],
    ['reposts', t('popup.counts.reposts')],
    ['saves', t('popup.counts.saves')],
    ['views', t('popup.counts.views')],
  ] as const;

/** The four rates, labelled and formatted (asked at render). */
const rates = () =>
  [
    ['erFollowers', t('popup.sort.erFollowers'), formatPercent],
    ['erViews', t('popup.sort.erViews'), formatPercent],
    ['velocity', t('popup.sort.velocity'), formatVelocity],
    ['outlier', t('popup.post.outlier'), formatMultiple],
  ] as const satisfies ReadonlyArray<
    readonly [RateField, string, (v: number | null, locale?: string) => string]
  >;

/** How many characters of a post's text name it in its links' labels. */
const NAMED_CHARS = 40;

/**
 * The first words of a post's text, on one line: cut at NAMED_CHARS characters (never inside an
 * emoji), back to the last space when one is past the half, with "…" when cut. Reads at most a few
 * hundred characters of the text, however long it is.
 */
export function firstWords(text: string): string {
  const head = text.slice(0, NAMED_CHARS * 4);
  const line = head.replace(/\s+/g, ' ').trim();
  const cut = firstCodePoints(line, NAMED_CHARS);
  if (line === '' || (cut === line && head.length === text.length)) return cut;
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Which post a link is for, in words ("post by Alice: “Launch day…”"): a screen reader's list of
 * links gives each link its name alone, where every post's "Open" would read the same. A post
 * without text is told by when it was posted (else first seen). The page's name and text are
 * isolated: a right-to-left override in them ends with them.
 */
function postNamed(who: string, text: string, date: number, locale: string): string {
  const words = firstWords(text);
  return words
    ? t('popup.post.postByWords', isolated(who), isolated(words))
    : t('popup.post.postByDate', isolated(who), formatDateTime(date, locale));
}

interface Props {
  post: PopupPost;
  dashboardUrl: string;
}

export function PostItem({ post, dashboardUrl }: Props) {
  const r = post.row;
  // An empty name (an imported file may hold one) is none, as the posts table takes it.
  const who = r.authorName || (r.authorHandle ? handleLabel(r.authorHandle) : t('popup.post.unknownAuthor'));
  const hint = rateHint(r);
  // Numbers in the browser's language, as the rest of PostLens writes them ("1.234", "2,5 %").
  const locale = uiLocale();
  // Each rate's note once: shown as its title and again in the list of formulas. A rate by
  // followers read at another time than the post's latest reading says so, and a Reddit post's
  // formulas name its score (rateSourcedTitle).
  const rated = rates().map(([field, label, format]) => ({
    field,
    label,
    value: format(r[field], locale),
    note: rateSourcedTitle(r, field),
  }));
  const named = postNamed(who, r.text, r.date, locale);
  return (
    <li class="post">
      <div class="post-head">
        {/* The page's text: in a <bdi>, so a name's right-to-left override ends with the name. */}
        <span class="post-author">
          <bdi>{who}</bdi>
        </span>
        <StarToggle kind="posts" itemKey={r.key} label={t('popup.post.starLabel', who)} />
        <SafeLink
          platform={r.platform}
          url={r.url}
          class="post-open"
          label={t('popup.post.openLabel', named)}
          hideWhenUnsafe
        >
          {t('popup.post.open')}
        </SafeLink>
      </div>
      {r.text ? <p class="post-text">{r.text}</p> : null}
      <dl class="counts">
        {counts(likesAreScore(r.platform)).map(([field, label]) => {
          const v = r[field];
          const shown = formatCompact(v, locale);
          // Rounded ("12K"): the exact count stored is given on hover.
          const exact = v === null ? shown : formatNumber(v, locale);
          return (
            <div key={field}>
              <dt>{label}</dt>
              {/* A count the page did not show is unknown, not 0: said as the badge's card says it. */}
              <dd class={v === null ? 'muted' : undefined} title={exact === shown ? undefined : exact}>
                {v === null ? t('badge.notShown') : shown}
              </dd>
            </div>
          );
        })}
      </dl>
      <dl class="rates">
        {rated.map(({ field, label, value, note }) => (
          <div key={field}>
            <dt>{label}</dt>
            <dd title={note}>{value}</dd>
          </div>
        ))}
      </dl>
      {/* The formulas said out loud too: a title shows on hover only, which keyboards and touch
          screens never do. A <details> opens with either. */}
      <details class="formulas">
        <summary>{t('popup.post.formulas')}</summary>
        {rated.map(({ field, label, note }) => (
          <p key={field}>
            {label}: {note}
          </p>
        ))}
      </details>
      {hint ? <p class="muted rate-hint">{hint}</p> : null}
      {/* The counts and rates are those of the post's last reading: with PostLens off here the page
          is not read, and they may be weeks old. Said, so that they do not pass for the page's now. */}
      <p class="muted post-read">{t('popup.post.lastRead', formatDateTime(r.lastSeen, locale))}</p>
      <div class="post-foot">
        <Sparkline
          values={post.history}
          width={120}
          height={24}
          label={tn('popup.post.sparkline', post.history.length)}
        />
        <a
          href={`${dashboardUrl}#/post/${encodeURIComponent(r.key)}`}
          target="_blank"
          rel="noopener"
          aria-label={t('popup.post.historyLabel', named)}
        >
          {t('popup.post.history')}
        </a>
      </div>
      <AddToCampaign postKeys={[r.key]} dashboardUrl={dashboardUrl} />
    </li>
  );
}
